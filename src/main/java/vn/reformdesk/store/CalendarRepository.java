package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.calendar.WorkingCalendar;

/** The unit's working-calendar entries (holidays and swapped working days). */
public final class CalendarRepository {
    private final Database db;

    public CalendarRepository(Database db) { this.db = db; }

    /** The audit trail's name for calendar entries. */
    public static final String ENTITY = "calendar";

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

    public WorkingCalendar workingCalendar() { return new WorkingCalendar(findAll()); }

    public void save(CalendarDay day) {
        Transactions.inTransaction(db, c -> {
            saveAll(c, List.of(day));
            return null;
        });
    }

    /** Upserts entries by date inside the caller's transaction. */
    public void saveAll(Connection c, Collection<CalendarDay> days) throws SQLException {
        java.util.Map<LocalDate, CalendarDay> before = new java.util.HashMap<>();
        for (CalendarDay d : findAll(c)) before.put(d.date(), d);
        AuditLog audit = new AuditLog(c);
        for (CalendarDay d : days) audit.record(ENTITY, d.date().toString(), before.get(d.date()), d);
        audit.flush();
        // an upsert, not DELETE + INSERT: two desks editing the calendar at once both succeed
        try (PreparedStatement ins = c.prepareStatement(Engine.upsert(c, "calendar_days", java.util.List.of("day_date"),
                java.util.List.of("kind", "name"), false))) {
            for (CalendarDay d : days) {
                Sql.setDate(ins, 1, d.date());
                ins.setString(2, d.kind().code());
                ins.setString(3, d.name());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** Deletes entries by date inside the caller's transaction, each recorded in the audit trail. */
    public void deleteAll(Connection c, Collection<LocalDate> dates) throws SQLException {
        if (dates.isEmpty()) return;
        java.util.Map<LocalDate, CalendarDay> before = new java.util.HashMap<>();
        for (CalendarDay d : findAll(c)) before.put(d.date(), d);
        AuditLog audit = new AuditLog(c);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM calendar_days WHERE day_date = ?")) {
            for (LocalDate date : dates) {
                Sql.setDate(ps, 1, date);
                ps.addBatch();
                if (before.containsKey(date)) audit.record(ENTITY, date.toString(), before.get(date), null);
            }
            ps.executeBatch();
        }
        audit.flush();
    }

    public void delete(LocalDate date) {
        Transactions.inTransaction(db, c -> {
            CalendarDay before = findAll(c).stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM calendar_days WHERE day_date = ?")) {
                Sql.setDate(ps, 1, date);
                ps.executeUpdate();
            }
            if (before != null) {
                AuditLog audit = new AuditLog(c);
                audit.record(ENTITY, date.toString(), before, null);
                audit.flush();
            }
            return null;
        });
    }

    public boolean hasYear(int year) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM calendar_days WHERE day_date BETWEEN ? AND ?")) {
            Sql.setDate(ps, 1, LocalDate.of(year, 1, 1));
            Sql.setDate(ps, 2, LocalDate.of(year, 12, 31));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }
}
