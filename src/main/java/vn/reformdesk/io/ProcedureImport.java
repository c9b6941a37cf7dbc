package vn.reformdesk.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.ProcedureRepository;

/**
 * procedures.csv (formats.md). The file has no columns for the day unit, the supplementation rule and the
 * cut-off hour: an updated procedure keeps the values set in the app; a new one gets the defaults.
 */
final class ProcedureImport extends TableImport<Procedure> {
    private ProcedureRepository repo;

    @Override
    protected List<String> requiredColumns() {
        return List.of("code", "name", "level", "processing_days", "online_level");
    }

    @Override
    protected String keyColumn() { return "code"; }

    @Override
    protected Procedure parse(RowParser r) {
        String code = r.requiredCode("code");
        String name = r.requiredText("name");
        String field = r.text("field");
        AdminLevel level = r.value("level", AdminLevel::fromCode, true);
        Integer days = r.value("processing_days", Values::nonNegativeInt, true);
        OnlineLevel online = r.value("online_level", OnlineLevel::fromCode, true);
        Long fee = r.value("fee_vnd", Values::nonNegativeLong, false);
        Boolean paper = r.value("paper_result", Values::bool, false);
        String section = r.text("section");
        r.maxLength("code", code, 64);
        r.maxLength("name", name, 2000);
        r.maxLength("field", field, 500);
        r.maxLength("section", section, 500);
        if (r.bad()) return null;
        return new Procedure(null, code, name, field, level, days, null, online, fee == null ? 0 : fee,
                paper != null && paper, section, null, null);
    }

    @Override
    protected Object key(Procedure p) { return p.code(); }

    @Override
    protected Map<Object, Procedure> existing(Connection c, Set<Object> keys) throws SQLException {
        Map<Object, Procedure> out = new HashMap<>();
        for (Procedure p : new ProcedureRepository(db).findAll(c)) {
            if (keys.contains(p.code())) out.put(p.code(), p);
        }
        return out;
    }

    @Override
    protected Procedure merge(Procedure old, Procedure p) {
        if (old == null) return p;
        return new Procedure(old.id(), p.code(), p.name(), p.field(), p.level(), p.processingDays(), old.dayUnit(),
                p.onlineLevel(), p.feeVnd(), p.paperResult(), p.section(), old.supplementRule(), old.cutoff());
    }

    @Override
    protected void write(Connection c, List<Procedure> items, Map<Object, Procedure> stored) throws SQLException {
        if (repo == null) repo = new ProcedureRepository(db);
        for (Procedure p : items) repo.save(c, p);
    }
}
