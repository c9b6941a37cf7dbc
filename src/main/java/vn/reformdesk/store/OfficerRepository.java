package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officers of a server (table {@code officers}, V10): login → unit and role. The database's row-level security
 * (V10.1, PostgreSQL only) reads the same table with {@code current_user}, so what a login may see is decided by the
 * server, not by the app. On one PC the table is empty.
 */
public final class OfficerRepository {
    private final Database db;

    public OfficerRepository(Database db) { this.db = db; }

    /** The officer of this connection's login, if it is one (none on one PC, nor for the server's owner login). */
    public Optional<Officer> current() {
        try (Connection c = db.connection()) {
            return current(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public static Optional<Officer> current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT login, unit_code, role, full_name FROM officers"
                + " WHERE login = CURRENT_USER"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    public List<Officer> all() {
        try (Connection c = db.connection()) {
            return all(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public static List<Officer> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT login, unit_code, role, full_name FROM officers"
                + " ORDER BY login"); ResultSet rs = ps.executeQuery()) {
            List<Officer> out = new ArrayList<>();
            while (rs.next()) out.add(map(rs));
            return out;
        }
    }

    /**
     * Records (or changes) which unit and role a login has. On a server the login itself is created by the IT
     * officer ({@code CREATE ROLE … LOGIN}, README) or by {@link #createLogin}; only an administrator may write here.
     */
    public void save(Officer o) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            save(c, o);
            return null;
        });
    }

    public void save(Connection c, Officer o) throws SQLException {
        Officer before = all(c).stream().filter(x -> x.login().equals(o.login())).findFirst().orElse(null);
        if (o.equals(before)) return;
        try (PreparedStatement ps = c.prepareStatement(Engine.upsert(c, "officers", List.of("login"),
                List.of("unit_code", "role", "full_name"), false))) {
            ps.setString(1, o.login());
            ps.setString(2, o.unitCode());
            ps.setString(3, o.role().code());
            ps.setString(4, o.fullName());
            Engine.upsertRow(c, ps);
        }
        AuditLog audit = new AuditLog(c, o.unitCode());
        audit.record("officer", o.login(), before, o);
        audit.flush();
    }

    public void remove(String login) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM officers WHERE login = ?")) {
                ps.setString(1, login);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Officer map(ResultSet rs) throws SQLException {
        return new Officer(rs.getString(1), rs.getString(2), Officer.Role.fromCode(rs.getString(3)), rs.getString(4));
    }
}
