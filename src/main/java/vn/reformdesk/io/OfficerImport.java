package vn.reformdesk.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.store.Officer;
import vn.reformdesk.store.OfficerRepository;
import vn.reformdesk.store.UnitRepository;

/**
 * officers.csv (docs/formats.md): which unit and role each officer's server login has, {@code login,unit_code,role,
 * full_name}. The logins themselves are the server's (README: the IT officer creates them); only an administrator
 * may import officers.
 */
final class OfficerImport extends TableImport<Officer> {
    private final Set<String> units = new HashSet<>();
    private OfficerRepository repo;

    @Override
    protected List<String> requiredColumns() { return List.of("login", "role"); }

    @Override
    protected String keyColumn() { return "login"; }

    @Override
    protected void prepare(Connection c) throws SQLException {
        for (Unit u : new UnitRepository(db).all(c)) units.add(u.code());
    }

    @Override
    protected Officer parse(RowParser r) {
        String login = r.requiredCode("login");
        r.maxLength("login", login, 63);
        Officer.Role role = r.value("role", Officer.Role::fromCode, true);
        String unit = r.text("unit_code");
        String name = r.text("full_name");
        r.maxLength("full_name", name, 500);
        if (unit != null && !units.contains(unit)) {
            r.problem("unit_code", "no unit with this code in the register (import the units first)", unit);
        }
        if (role == Officer.Role.OFFICER && unit == null) r.problem("unit_code", "an officer needs a unit", null);
        if (r.bad()) return null;
        return new Officer(login, unit, role, name);
    }

    @Override
    protected Object key(Officer o) { return o.login(); }

    @Override
    protected Map<Object, Officer> existing(Connection c, Set<Object> keys) throws SQLException {
        return among(OfficerRepository.all(c), keys);
    }

    @Override
    protected Officer merge(Officer old, Officer parsed) { return parsed; }

    @Override
    protected void write(Connection c, List<Officer> items, Map<Object, Officer> stored) throws SQLException {
        if (repo == null) repo = new OfficerRepository(db);
        for (Officer o : items) repo.save(c, o);
    }
}
