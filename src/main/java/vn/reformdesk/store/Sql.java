package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Null-safe JDBC conversions shared by the repositories. */
final class Sql {
    private Sql() {}

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE); else ps.setObject(i, d);
    }

    static void setTimestamp(PreparedStatement ps, int i, LocalDateTime t) throws SQLException {
        if (t == null) ps.setNull(i, Types.TIMESTAMP); else ps.setObject(i, t);
    }

    static void setTime(PreparedStatement ps, int i, LocalTime t) throws SQLException {
        if (t == null) ps.setNull(i, Types.TIME); else ps.setTime(i, Time.valueOf(t));
    }

    static void setBoolean(PreparedStatement ps, int i, Boolean b) throws SQLException {
        if (b == null) ps.setNull(i, Types.BOOLEAN); else ps.setBoolean(i, b);
    }

    // java.time directly (JDBC 4.2): no detour through java.sql.Date/Timestamp and the default time zone,
    // which was most of the cost of reading a million dossiers.
    static LocalDate date(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    static LocalTime time(ResultSet rs, String col) throws SQLException {
        Time t = rs.getTime(col);
        return t == null ? null : t.toLocalTime();
    }

    /**
     * The names of {@code table}'s constraints of {@code type} ({@code UNIQUE}, {@code FOREIGN KEY}) on {@code column}
     * alone, from the standard INFORMATION_SCHEMA of either engine (H2 writes names in upper case, PostgreSQL in lower):
     * for constraints the database named itself.
     */
    static List<String> constraintsOn(Connection c, String table, String type, String column) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tc.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE UPPER(tc.TABLE_NAME) = UPPER(?) AND tc.TABLE_SCHEMA = CURRENT_SCHEMA AND tc.CONSTRAINT_TYPE = ?"
                + " GROUP BY tc.CONSTRAINT_NAME HAVING COUNT(*) = 1 AND MAX(UPPER(k.COLUMN_NAME)) = UPPER(?)")) {
            ps.setString(1, table);
            ps.setString(2, type);
            ps.setString(3, column);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A statement's parameters given in order, from the first (see {@link #restart}). */
    static class Params implements Engine.RowValues {
        private final PreparedStatement ps;
        private int i = 1;

        Params(PreparedStatement ps) { this.ps = ps; }

        PreparedStatement statement() { return ps; }

        /** The next value goes to the first parameter again. */
        void restart() { i = 1; }

        /** The position the next value goes to. */
        int next() { return i; }

        @Override
        public void text(String value) throws SQLException { ps.setString(i++, value); }

        @Override
        public void number(long value) throws SQLException { ps.setLong(i++, value); }

        @Override
        public void bool(Boolean value) throws SQLException { setBoolean(ps, i++, value); }

        @Override
        public void date(LocalDate value) throws SQLException { setDate(ps, i++, value); }

        @Override
        public void timestamp(LocalDateTime value) throws SQLException { setTimestamp(ps, i++, value); }
    }
}
