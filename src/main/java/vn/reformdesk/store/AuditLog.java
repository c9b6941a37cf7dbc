package vn.reformdesk.store;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit trail. Each entry keeps only the fields that changed, old and new, as "field: value" lines, so
 * an officer can read what happened to a record. Written in the same transaction as the change itself.
 */
public final class AuditLog {
    public enum Action { CREATE, UPDATE, DELETE }

    /** One change of one record. */
    public record Entry(long id, LocalDateTime changedAt, String osUser, String entity, String recordKey,
                        Action action, String oldValues, String newValues, String unitCode, String officer) {
        public Entry(long id, LocalDateTime changedAt, String osUser, String entity, String recordKey, Action action,
                     String oldValues, String newValues) {
            this(id, changedAt, osUser, entity, recordKey, action, oldValues, newValues, null, null);
        }

        /** Who made the change: the officer's login on a server, else the PC's login. */
        public String who() { return officer != null ? officer : osUser; }
    }

    private static final int MAX_TEXT = 8000;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Connection c;
    private final PreparedStatement insert;
    private final String unitCode;
    private final String officer;
    private int pending;

    /**
     * A writer for many entries in one transaction (imports); call {@link #flush()} before commit. An entry belongs
     * to the unit of the record (a record with a {@code unitCode} component, a dossier), else to the home unit.
     */
    public AuditLog(Connection c) throws SQLException { this(c, null); }

    /** As above; entries of records without a unit of their own belong to {@code unitCode} (null: the home unit). */
    public AuditLog(Connection c, String unitCode) throws SQLException {
        this.c = c;
        this.unitCode = unitCode;
        // On a server the officer is the database login (a trigger sets it there too, so no client can write
        // another's, V10.1); on one PC the PC's login is all there is.
        this.officer = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? c.getMetaData().getUserName() : null;
        this.insert = c.prepareStatement("INSERT INTO audit_log (changed_at, os_user, entity, record_key, action,"
                + " old_values, new_values, officer, unit_code) VALUES (?,?,?,?,?,?,?,?, COALESCE(?, "
                + UnitRepository.HOME_SQL + "))");
    }

    public static String osUser() {
        return Objects.requireNonNullElse(System.getProperty("user.name"), "?");
    }

    /** Records a change of a record (a Java record: its components are compared); nothing when equal. */
    public void record(String entity, String key, Object before, Object after) throws SQLException {
        Action action = before == null ? Action.CREATE : after == null ? Action.DELETE : Action.UPDATE;
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        Object shape = before != null ? before : after;
        for (RecordComponent rc : shape.getClass().getRecordComponents()) {
            if (rc.getName().equals("id")) continue;
            Object o = before == null ? null : value(rc, before);
            Object n = after == null ? null : value(rc, after);
            if (Objects.equals(o, n)) continue;
            if (o != null) oldText.append(rc.getName()).append(": ").append(o).append('\n');
            if (n != null) newText.append(rc.getName()).append(": ").append(n).append('\n');
        }
        if (action == Action.UPDATE && oldText.length() == 0 && newText.length() == 0) return;
        insert.setObject(1, LocalDateTime.now(VIETNAM));
        insert.setString(2, osUser());
        insert.setString(3, entity);
        insert.setString(4, key);
        insert.setString(5, action.name().toLowerCase(java.util.Locale.ROOT));
        insert.setString(6, clip(oldText));
        insert.setString(7, clip(newText));
        insert.setString(8, officer);
        String unit = unitOf(after != null ? after : before);
        insert.setString(9, unit != null ? unit : unitCode);
        insert.addBatch();
        if (++pending % 5_000 == 0) insert.executeBatch();
    }

    /** The unit a record names itself (a component {@code unitCode}, e.g. a dossier's), or null. */
    private static String unitOf(Object rec) {
        for (RecordComponent rc : rec.getClass().getRecordComponents()) {
            if (!rc.getName().equals("unitCode") || rc.getType() != String.class) continue;
            try {
                return (String) rc.getAccessor().invoke(rec);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }

    public void flush() throws SQLException {
        insert.executeBatch();
        insert.close();
    }

    private static Object value(RecordComponent rc, Object rec) {
        try {
            return text(rc.getAccessor().invoke(rec));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A value as the trail keeps it, without Java's type names ("SupplementCycle[requestedOn=…]" was shown as
     * is): a record as "(name=value, …)", a list as its items joined by "; ", an empty list as nothing. The
     * audit screen turns names and codes into words.
     */
    static Object text(Object v) {
        if (v instanceof List<?> list) {
            if (list.isEmpty()) return null;
            List<String> parts = new ArrayList<>();
            for (Object o : list) parts.add(String.valueOf(text(o)));
            return String.join("; ", parts);
        }
        if (v != null && v.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                try {
                    parts.add(rc.getName() + "=" + text(rc.getAccessor().invoke(v)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return "(" + String.join(", ", parts) + ")";
        }
        return v;
    }

    private static String clip(StringBuilder sb) {
        if (sb.length() == 0) return null;
        return sb.length() > MAX_TEXT ? sb.substring(0, MAX_TEXT - 1) + "…" : sb.toString().strip();
    }

    /** Entries, newest first, filtered by entity and key text (either may be null), at most {@code limit}. */
    public static List<Entry> find(Database db, String entity, String keyContains, int limit) {
        return find(db, vn.reformdesk.domain.unit.UnitScope.ALL, entity, keyContains, limit);
    }

    /** As above, of the units in {@code scope} (on a server, of those the login may see). */
    public static List<Entry> find(Database db, vn.reformdesk.domain.unit.UnitScope scope, String entity,
                                   String keyContains, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, changed_at, os_user, entity, record_key, action, old_values,"
                + " new_values, unit_code, officer FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (scope.unitCodeOrNull() != null) {
            sql.append(" AND unit_code = ?");
            args.add(scope.unitCodeOrNull());
        }
        if (entity != null) {
            sql.append(" AND entity = ?");
            args.add(entity);
        }
        if (keyContains != null && !keyContains.isBlank()) {
            sql.append(" AND LOWER(record_key) LIKE ?");
            args.add("%" + keyContains.trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                            rs.getString(4), rs.getString(5),
                            Action.valueOf(rs.getString(6).toUpperCase(java.util.Locale.ROOT)), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }
}
