package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;

/**
 * The units of the province (migration V10, table {@code units}): every dossier, score, target, calendar change,
 * exchange state and audit entry belongs to one. The <em>home unit</em> is the unit a desk writes into when nothing
 * else is said: on a server the unit of the officer's login ({@code officers}), else the unit marked home (one PC:
 * the unit of the settings' unit code and name, 'home' until one is set).
 */
public final class UnitRepository {
    /**
     * The home unit's code as an SQL expression both engines evaluate: the connection's officer's unit, else the
     * unit marked home.
     */
    public static final String HOME_SQL = "COALESCE((SELECT o.unit_code FROM officers o WHERE o.login = CURRENT_USER"
            + " AND o.unit_code IS NOT NULL), (SELECT u.code FROM units u WHERE u.home = TRUE))";

    /** The code of the home unit of a database that never had a unit code set. */
    public static final String DEFAULT_CODE = "home";

    private static final String COLUMNS = "code, name, kind, parent_code";

    private final Database db;

    public UnitRepository(Database db) { this.db = db; }

    /** Every unit, the province first, then departments, districts, communes, each by code. */
    public List<Unit> all() {
        try (Connection c = db.connection()) {
            return all(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public List<Unit> all(Connection c) throws SQLException {
        List<Unit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM units");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(map(rs));
        }
        out.sort(ORDER);
        return out;
    }

    /** The province first, then departments, districts and communes, each by code. */
    public static final java.util.Comparator<Unit> ORDER =
            java.util.Comparator.comparing(Unit::kind).thenComparing(Unit::code);

    public Optional<Unit> find(String code) {
        try (Connection c = db.connection()) {
            return find(c, code);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public Optional<Unit> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM units WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** The unit this connection writes into when nothing else is said (see the class comment). */
    public Unit home() {
        try (Connection c = db.connection()) {
            return home(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public Unit home(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM units WHERE code = " + HOME_SQL);
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) return map(rs);
        }
        // no unit marked home (a hand-edited database): the first unit, else one is made
        List<Unit> all = all(c);
        if (!all.isEmpty()) return all.get(0);
        Unit u = new Unit(DEFAULT_CODE, "Đơn vị", UnitKind.DEPARTMENT, null);
        upsert(c, u);
        return u;
    }

    /** The home unit's code. */
    public String homeCode() { return home().code(); }

    /**
     * The units whose records this connection may read: on a server an officer's own unit, a reviewer's or an
     * administrator's every unit (the database's row-level security says the same); on one PC every unit.
     */
    public List<Unit> visible() {
        try (Connection c = db.connection()) {
            return visible(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public List<Unit> visible(Connection c) throws SQLException {
        Optional<Officer> me = OfficerRepository.current(c);
        List<Unit> all = all(c);
        if (me.isPresent() && me.get().role() == Officer.Role.OFFICER) {
            return all.stream().filter(u -> u.code().equals(me.get().unitCode())).toList();
        }
        return all;
    }

    /** The units a scope covers among the visible ones (a unit out of sight covers nothing). */
    public List<Unit> covered(UnitScope scope) {
        List<Unit> visible = visible();
        if (scope instanceof UnitScope.One one) return visible.stream().filter(u -> u.code().equals(one.unitCode())).toList();
        return visible;
    }

    /** Adds or changes a unit (by code). On a server only an administrator may. */
    public void upsert(Unit u) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            upsert(c, u);
            return null;
        });
    }

    public void upsert(Connection c, Unit u) throws SQLException {
        Optional<Unit> before = find(c, u.code());
        if (before.isPresent() && before.get().equals(u)) return;
        try (PreparedStatement ps = c.prepareStatement(Engine.upsert(c, "units", List.of("code"),
                List.of("name", "kind", "parent_code"), true))) {
            ps.setString(1, u.code());
            ps.setString(2, u.name());
            ps.setString(3, u.kind().code());
            ps.setString(4, u.parentCode());
            Engine.upsertRow(c, ps);
        }
        AuditLog audit = new AuditLog(c, u.code());
        audit.record("unit", u.code(), before.orElse(null), u);
        audit.flush();
        if (db != null && db.isServer() && !u.code().equals(DEFAULT_CODE)) retirePlaceholder(c);
    }

    /** The tables whose rows name a unit. */
    private static final List<String> UNIT_TABLES = List.of("dossiers", "index_scores", "targets", "calendar_days",
            "calendar_removed_days", "calendar_replaced_years", "exchange_state", "exchange_conflicts", "audit_log",
            "officers", "period_tallies", "open_due_dates_state");

    /**
     * A server's database starts with the placeholder unit 'home' (nobody's yet); once the province's units come in,
     * a placeholder that holds nothing goes, and the unit at the top (the province, else the first) becomes the
     * default unit. (On one PC the home unit is the officer's own and stays.)
     */
    private void retirePlaceholder(Connection c) throws SQLException {
        Optional<Unit> placeholder = find(c, DEFAULT_CODE);
        if (placeholder.isEmpty()) return;
        for (String table : UNIT_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE unit_code = ?"
                    + " FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, DEFAULT_CODE);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return; // it holds records: it is a unit now
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM units WHERE parent_code = ? FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, DEFAULT_CODE);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return;
            }
        }
        List<Unit> others = all(c).stream().filter(x -> !x.code().equals(DEFAULT_CODE)).toList();
        if (others.isEmpty()) return;
        try (PreparedStatement del = c.prepareStatement("DELETE FROM units WHERE code = ?");
             PreparedStatement home = c.prepareStatement("UPDATE units SET home = TRUE WHERE code = ?")) {
            del.setString(1, DEFAULT_CODE);
            del.executeUpdate();
            home.setString(1, others.get(0).code());
            home.executeUpdate();
        }
    }

    /**
     * Makes sure the given unit codes exist: a code not yet in the list (a commune whose exchange package or dossiers
     * come in) is added as a commune under the home unit, named by its code until the units file names it.
     */
    public void ensure(Connection c, Collection<String> codes) throws SQLException {
        Set<String> missing = new LinkedHashSet<>();
        for (String code : codes) if (code != null && !code.isBlank()) missing.add(code);
        if (missing.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM units")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) missing.remove(rs.getString(1));
            }
        }
        if (missing.isEmpty()) return;
        String home = home(c).code();
        for (String code : missing) upsert(c, new Unit(code, code, UnitKind.COMMUNE, home));
    }

    /** As {@link #ensure(Connection, Collection)} for one unit, named {@code name} (null: its code) if it is new. */
    public void ensure(Connection c, String code, String name) throws SQLException {
        if (code == null || code.isBlank() || find(c, code).isPresent()) return;
        upsert(c, new Unit(code, name == null || name.isBlank() ? code : name, UnitKind.COMMUNE, home(c).code()));
    }

    /**
     * The settings' unit code or name changed (one PC): the home unit takes them. A new code renames the home unit
     * (its records follow: the foreign keys cascade), unless a unit with that code exists, which becomes home.
     */
    public void setHome(Connection c, String code, String name) throws SQLException {
        Unit home = home(c);
        String newCode = code == null || code.isBlank() ? home.code() : code.trim();
        if (!newCode.equals(home.code())) {
            if (find(c, newCode).isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE units SET home = (code = ?)")) {
                    ps.setString(1, newCode);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE units SET code = ?, row_version = row_version + 1"
                        + " WHERE code = ?")) {
                    ps.setString(1, newCode);
                    ps.setString(2, home.code());
                    ps.executeUpdate();
                }
            }
        }
        if (name != null && !name.isBlank()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE units SET name = ?, row_version = row_version + 1"
                    + " WHERE code = ? AND name <> ?")) {
                ps.setString(1, name.trim());
                ps.setString(2, newCode);
                ps.setString(3, name.trim());
                ps.executeUpdate();
            }
        }
    }

    private static Unit map(ResultSet rs) throws SQLException {
        return new Unit(rs.getString(1), rs.getString(2), UnitKind.fromCode(rs.getString(3)), rs.getString(4));
    }
}
