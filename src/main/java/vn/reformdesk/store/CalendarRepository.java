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
 * ({@code calendar_days}), the default days removed and the years an import replaced whole (migration V7), each of
 * one unit (V10). A unit that has changed nothing uses its parent's calendar, up to the province (the province sets
 * the calendar once for all its units); its first change copies the calendar it used, then changes its own copy.
 */
public final class CalendarRepository {
    private final Database db;
    /** The unit whose calendar this is; null: the home unit (the officer's on a server). */
    private final String unitCode;

    public CalendarRepository(Database db) { this(db, null); }

    /** The calendar of one unit (null: the home unit). */
    public CalendarRepository(Database db, String unitCode) {
        this.db = db;
        this.unitCode = unitCode;
    }

    /** The same repository for another unit's calendar. */
    public CalendarRepository forUnit(String unit) { return new CalendarRepository(db, unit); }

    private static final String[] TABLES = {"calendar_days", "calendar_removed_days", "calendar_replaced_years"};

    /** The unit this calendar belongs to. */
    private String own(Connection c) throws SQLException {
        return unitCode != null ? unitCode : new UnitRepository(db).home(c).code();
    }

    private static boolean hasChanges(Connection c, String unit) throws SQLException {
        for (String t : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + t + " WHERE unit_code = ?"
                    + " FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, unit);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return true;
                }
            }
        }
        return false;
    }

    /** The unit whose changes apply: this one if it has any, else the nearest parent that has. */
    private String source(Connection c) throws SQLException {
        String own = own(c);
        String u = own;
        UnitRepository units = new UnitRepository(db);
        for (int depth = 0; u != null && depth < 8; depth++) {
            if (hasChanges(c, u)) return u;
            u = units.find(c, u).map(vn.reformdesk.domain.unit.Unit::parentCode).orElse(null);
        }
        return own;
    }

    /** Before this unit's first change: its own copy of the calendar it used (its parent's). Returns its code. */
    private String claim(Connection c) throws SQLException {
        String own = own(c);
        String from = source(c);
        if (from.equals(own)) return own;
        try (PreparedStatement a = c.prepareStatement("INSERT INTO calendar_days (unit_code, day_date, kind, name)"
                + " SELECT ?, day_date, kind, name FROM calendar_days WHERE unit_code = ?");
             PreparedStatement b = c.prepareStatement("INSERT INTO calendar_removed_days (unit_code, day_date)"
                     + " SELECT ?, day_date FROM calendar_removed_days WHERE unit_code = ?");
             PreparedStatement y = c.prepareStatement("INSERT INTO calendar_replaced_years (unit_code, year_no)"
                     + " SELECT ?, year_no FROM calendar_replaced_years WHERE unit_code = ?")) {
            for (PreparedStatement ps : List.of(a, b, y)) {
                ps.setString(1, own);
                ps.setString(2, from);
                ps.executeUpdate();
            }
        }
        return own;
    }

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

    public List<CalendarDay> findAll(Connection c) throws SQLException { return findAll(c, source(c)); }

    private static List<CalendarDay> findAll(Connection c, String unit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT day_date, kind, name FROM calendar_days WHERE unit_code = ?"
                + " ORDER BY day_date")) {
            st.setString(1, unit);
            ResultSet rs = st.executeQuery();
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
        String unit = source(c);
        Set<LocalDate> removed = new HashSet<>();
        Set<Integer> replaced = new HashSet<>();
        try (PreparedStatement a = c.prepareStatement("SELECT day_date FROM calendar_removed_days WHERE unit_code = ?");
             PreparedStatement b = c.prepareStatement("SELECT year_no FROM calendar_replaced_years WHERE unit_code = ?")) {
            a.setString(1, unit);
            try (ResultSet rs = a.executeQuery()) {
                while (rs.next()) removed.add(Sql.date(rs, "day_date"));
            }
            b.setString(1, unit);
            try (ResultSet rs = b.executeQuery()) {
                while (rs.next()) replaced.add(rs.getInt(1));
            }
        }
        return new CalendarOverrides(findAll(c, unit), removed, replaced);
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
        String unit = claim(c);
        Map<LocalDate, CalendarDay> before = new HashMap<>();
        for (CalendarDay d : findAll(c, unit)) before.put(d.date(), d);
        AuditLog audit = new AuditLog(c, unit);
        for (CalendarDay d : days) audit.record(ENTITY, d.date().toString(), before.get(d.date()), d);
        audit.flush();
        // an upsert, not DELETE + INSERT: two desks editing the calendar at once both succeed
        try (PreparedStatement unremove = c.prepareStatement("DELETE FROM calendar_removed_days WHERE day_date = ?"
                + " AND unit_code = ?");
             PreparedStatement ins = c.prepareStatement(Engine.upsert(c, "calendar_days",
                     java.util.List.of("unit_code", "day_date"), java.util.List.of("kind", "name"), false))) {
            for (CalendarDay d : days) {
                Sql.setDate(unremove, 1, d.date());
                unremove.setString(2, unit);
                unremove.addBatch();
                ins.setString(1, unit);
                Sql.setDate(ins, 2, d.date());
                ins.setString(3, d.kind().code());
                ins.setString(4, d.name());
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
        String unit = claim(c);
        CalendarOverrides now = overrides(c);
        Map<LocalDate, CalendarDay> entered = new HashMap<>();
        for (CalendarDay d : now.entered()) entered.put(d.date(), d);
        AuditLog audit = new AuditLog(c, unit);
        try (PreparedStatement del = c.prepareStatement("DELETE FROM calendar_days WHERE day_date = ? AND unit_code = ?");
             PreparedStatement rem = c.prepareStatement("INSERT INTO calendar_removed_days (day_date, unit_code)"
                     + " VALUES (?, ?)")) {
            del.setString(2, unit);
            rem.setString(2, unit);
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
        String unit = own(c);
        AuditLog audit = new AuditLog(c, unit);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO calendar_replaced_years (year_no, unit_code)"
                + " VALUES (?, ?)")) {
            for (int y : new TreeSet<>(years)) {
                ins.setInt(1, y);
                ins.setString(2, unit);
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
        String unit = claim(c);
        List<CalendarDay> entered = findAll(c, unit);
        AuditLog audit = new AuditLog(c, unit);
        try (PreparedStatement days = c.prepareStatement("DELETE FROM calendar_days WHERE day_date BETWEEN ? AND ?"
                + " AND unit_code = ?");
             PreparedStatement removed = c.prepareStatement("DELETE FROM calendar_removed_days WHERE day_date BETWEEN ? AND ?"
                     + " AND unit_code = ?");
             PreparedStatement replaced = c.prepareStatement("DELETE FROM calendar_replaced_years WHERE year_no = ?"
                     + " AND unit_code = ?")) {
            for (int y : new TreeSet<>(years)) {
                for (PreparedStatement ps : List.of(days, removed)) {
                    Sql.setDate(ps, 1, LocalDate.of(y, 1, 1));
                    Sql.setDate(ps, 2, LocalDate.of(y, 12, 31));
                    ps.setString(3, unit);
                    ps.addBatch();
                }
                replaced.setInt(1, y);
                replaced.setString(2, unit);
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
