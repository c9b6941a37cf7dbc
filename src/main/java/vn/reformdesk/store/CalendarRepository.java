package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.calendar.WorkingCalendar;

/**
 * The officer's changes to the default days off ({@link CalendarOverrides}): the days typed or imported
 * ({@code calendar_days}), the default days removed and the years an import replaced whole (migration V7).
 */
public final class CalendarRepository {
    private final Database db;

    public CalendarRepository(Database db) { this.db = db; }

    /** The audit trail's name for calendar entries. */
    public static final String ENTITY = "calendar";

    /** The audit trail's record of a year replaced whole. */
    private record ReplacedYear(int replacedYear) {}

    /** The days the officer typed or imported (not the defaults). */
    public List<CalendarDay> findAll() {
        try (Connection c = db.connection()) {
            return findAll(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public List<CalendarDay> findAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT day_date, kind, name FROM calendar_days ORDER BY day_date")) {
            List<CalendarDay> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new CalendarDay(Sql.date(rs, "day_date"), DayKind.fromCode(rs.getString("kind")),
                        rs.getString("name")));
            }
            return out;
        }
    }

    /** The officer's changes as a whole: with the defaults, the unit's calendar. */
    public CalendarOverrides overrides() {
        try (Connection c = db.connection()) {
            return overrides(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public CalendarOverrides overrides(Connection c) throws SQLException {
        Set<LocalDate> removed = new HashSet<>();
        Set<Integer> replaced = new HashSet<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT day_date FROM calendar_removed_days")) {
                while (rs.next()) removed.add(Sql.date(rs, "day_date"));
            }
            try (ResultSet rs = st.executeQuery("SELECT year_no FROM calendar_replaced_years")) {
                while (rs.next()) replaced.add(rs.getInt(1));
            }
        }
        return new CalendarOverrides(findAll(c), removed, replaced);
    }

    /** The unit's calendar: every year's defaults with the officer's changes on top. */
    public WorkingCalendar workingCalendar() { return overrides().workingCalendar(); }

    /** Adds or replaces a day typed by the officer. */
    public void save(CalendarDay day) {
        Transactions.inTransaction(db, c -> {
            saveAll(c, List.of(day));
            return null;
        });
    }

    /** Upserts entered days by date inside the caller's transaction; a removed default of the same date comes back as this day. */
    public void saveAll(Connection c, Collection<CalendarDay> days) throws SQLException {
        StoredFigures.invalidate(c); // due dates are computed from the calendar: the figures are counted again
        Map<LocalDate, CalendarDay> before = new HashMap<>();
        for (CalendarDay d : findAll(c)) before.put(d.date(), d);
        AuditLog audit = new AuditLog(c);
        for (CalendarDay d : days) audit.record(ENTITY, d.date().toString(), before.get(d.date()), d);
        audit.flush();
        // an upsert, not DELETE + INSERT: two desks editing the calendar at once both succeed
        try (PreparedStatement unremove = c.prepareStatement("DELETE FROM calendar_removed_days WHERE day_date = ?");
             PreparedStatement ins = c.prepareStatement(Engine.upsert(c, "calendar_days", java.util.List.of("day_date"),
                     java.util.List.of("kind", "name"), false))) {
            for (CalendarDay d : days) {
                Sql.setDate(unremove, 1, d.date());
                unremove.addBatch();
                Sql.setDate(ins, 1, d.date());
                ins.setString(2, d.kind().code());
                ins.setString(3, d.name());
                ins.addBatch();
            }
            unremove.executeBatch();
            ins.executeBatch();
        }
    }

    /**
     * Takes a day out of the unit's calendar: its entered row goes, and a default day of that date is remembered
     * as removed so it does not come back.
     */
    public void remove(LocalDate date) {
        Transactions.inTransaction(db, c -> {
            removeAll(c, List.of(date));
            return null;
        });
    }

    /** {@link #remove} for several days inside the caller's transaction, each recorded in the audit trail. */
    public void removeAll(Connection c, Collection<LocalDate> dates) throws SQLException {
        if (dates.isEmpty()) return;
        StoredFigures.invalidate(c);
        CalendarOverrides now = overrides(c);
        Map<LocalDate, CalendarDay> entered = new HashMap<>();
        for (CalendarDay d : now.entered()) entered.put(d.date(), d);
        AuditLog audit = new AuditLog(c);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM calendar_days WHERE day_date = ?");
             PreparedStatement rem = c.prepareStatement("INSERT INTO calendar_removed_days (day_date) VALUES (?)")) {
            for (LocalDate date : dates) {
                if (entered.containsKey(date)) {
                    Sql.setDate(del, 1, date);
                    del.addBatch();
                    audit.record(ENTITY, date.toString(), entered.get(date), null);
                }
                var byDefault = now.defaultDay(date);
                if (byDefault.isPresent() && !now.removed().contains(date)) {
                    Sql.setDate(rem, 1, date);
                    rem.addBatch();
                    if (!entered.containsKey(date)) audit.record(ENTITY, date.toString(), byDefault.get(), null);
                }
            }
            del.executeBatch();
            rem.executeBatch();
        }
        audit.flush();
    }

    /**
     * Replaces each of {@code years} whole with the given days (an import of the year's official announcement): the
     * year's entered days and removals go, its defaults stop applying, and {@code days} are its only entries.
     */
    public void replaceYears(Connection c, Collection<Integer> years, Collection<CalendarDay> days) throws SQLException {
        clearYears(c, years);
        AuditLog audit = new AuditLog(c);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO calendar_replaced_years (year_no) VALUES (?)")) {
            for (int y : new TreeSet<>(years)) {
                ins.setInt(1, y);
                ins.addBatch();
                audit.record(ENTITY, String.valueOf(y), null, new ReplacedYear(y));
            }
            ins.executeBatch();
        }
        audit.flush();
        saveAll(c, days);
    }

    /** Resets {@code years} to their default days: the officer's entries, removals and replacements of them go. */
    public void restoreDefaults(Connection c, Collection<Integer> years) throws SQLException {
        clearYears(c, years);
    }

    public void restoreDefaults(int year) {
        Transactions.inTransaction(db, c -> {
            restoreDefaults(c, List.of(year));
            return null;
        });
    }

    private void clearYears(Connection c, Collection<Integer> years) throws SQLException {
        StoredFigures.invalidate(c);
        List<CalendarDay> entered = findAll(c);
        AuditLog audit = new AuditLog(c);
        try (PreparedStatement days = c.prepareStatement("DELETE FROM calendar_days WHERE day_date BETWEEN ? AND ?");
             PreparedStatement removed = c.prepareStatement("DELETE FROM calendar_removed_days WHERE day_date BETWEEN ? AND ?");
             PreparedStatement replaced = c.prepareStatement("DELETE FROM calendar_replaced_years WHERE year_no = ?")) {
            for (int y : new TreeSet<>(years)) {
                for (PreparedStatement ps : List.of(days, removed)) {
                    Sql.setDate(ps, 1, LocalDate.of(y, 1, 1));
                    Sql.setDate(ps, 2, LocalDate.of(y, 12, 31));
                    ps.addBatch();
                }
                replaced.setInt(1, y);
                replaced.addBatch();
                for (CalendarDay d : entered) {
                    if (d.date().getYear() == y) audit.record(ENTITY, d.date().toString(), d, null);
                }
            }
            days.executeBatch();
            removed.executeBatch();
            replaced.executeBatch();
        }
        audit.flush();
    }
}
