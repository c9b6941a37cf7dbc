package vn.reformdesk.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.store.UnitRepository;

/**
 * units.csv (docs/formats.md): the province's units, {@code code,name,kind,parent_code}. A parent must be in the
 * register already or on an earlier line of the file (the province first, then its departments and districts, then
 * the communes); a unit may not be its own parent. On a server only an administrator may import units.
 */
final class UnitImport extends TableImport<Unit> {
    /** The codes of the register's units, and of the file's valid rows read so far. */
    private final Set<String> known = new HashSet<>();
    private final Map<String, String> parents = new HashMap<>();
    private UnitRepository repo;

    @Override
    protected List<String> requiredColumns() { return List.of("code", "name", "kind"); }

    @Override
    protected String keyColumn() { return "code"; }

    @Override
    protected void prepare(Connection c) throws SQLException {
        for (Unit u : new UnitRepository(db).all(c)) {
            known.add(u.code());
            parents.put(u.code(), u.parentCode());
        }
    }

    @Override
    protected Unit parse(RowParser r) {
        String code = r.requiredCode("code");
        r.maxLength("code", code, 64);
        String name = r.requiredText("name");
        r.maxLength("name", name, 500);
        UnitKind kind = r.value("kind", UnitKind::fromCode, true);
        String parent = r.text("parent_code");
        if (parent != null && code != null) {
            if (parent.equals(code)) r.problem("parent_code", "a unit cannot be its own parent", parent);
            else if (!known.contains(parent)) {
                r.problem("parent_code", "no unit with this code in the register or on an earlier line"
                        + " (list a parent before its units)", parent);
            } else if (leadsTo(parent, code)) {
                r.problem("parent_code", "this parent lies under the unit itself (a loop)", parent);
            }
        }
        if (r.bad()) return null;
        known.add(code);
        parents.put(code, parent);
        return new Unit(code, name, kind, parent);
    }

    /** Whether {@code code} is {@code from} or one of its parents, grandparents … */
    private boolean leadsTo(String from, String code) {
        String u = from;
        for (int depth = 0; u != null && depth < 64; depth++) {
            if (u.equals(code)) return true;
            u = parents.get(u);
        }
        return false;
    }

    @Override
    protected Object key(Unit u) { return u.code(); }

    @Override
    protected Map<Object, Unit> existing(Connection c, Set<Object> keys) throws SQLException {
        return among(new UnitRepository(db).all(c), keys);
    }

    @Override
    protected Unit merge(Unit old, Unit parsed) { return parsed; }

    @Override
    protected void write(Connection c, List<Unit> items, Map<Object, Unit> stored) throws SQLException {
        if (repo == null) repo = new UnitRepository(db);
        for (Unit u : items) repo.upsert(c, u);
    }
}
