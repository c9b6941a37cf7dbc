package vn.reformdesk.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.reformdesk.domain.dossier.Codes;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.ProcedureRepository;

/**
 * procedures.csv (formats.md), with the optional trailing columns {@code supplement_rule}, {@code day_unit} and
 * {@code cutoff}. A blank or missing one leaves an updated procedure's setting as it is (files written before these
 * columns existed change nothing) and gives a new one the default (pause, working days, no cut-off); {@code cutoff}
 * {@code none} takes a cut-off away.
 */
final class ProcedureImport extends TableImport<ProcedureImport.Row> {
    /** A parsed row: the procedure and which of the optional rules the file gave (the others keep their setting). */
    record Row(Procedure procedure, boolean ruleGiven, boolean unitGiven, boolean cutoffGiven) {
        static Row stored(Procedure p) { return new Row(p, true, true, true); }
    }

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");

    private ProcedureRepository repo;

    @Override
    protected List<String> requiredColumns() {
        return List.of("code", "name", "level", "processing_days", "online_level");
    }

    @Override
    protected String keyColumn() { return "code"; }

    @Override
    protected Row parse(RowParser r) {
        String code = r.requiredCode("code");
        String name = r.requiredText("name");
        String field = r.text("field");
        AdminLevel level = r.value("level", AdminLevel::fromCode, true);
        Integer days = r.value("processing_days", Values::nonNegativeInt, true);
        OnlineLevel online = r.value("online_level", OnlineLevel::fromCode, true);
        Long fee = r.value("fee_vnd", Values::nonNegativeLong, false);
        Boolean paper = r.value("paper_result", Values::bool, false);
        String section = r.text("section");
        SupplementRule rule = r.value("supplement_rule", SupplementRule::fromCode, false);
        DayUnit unit = r.value("day_unit", DayUnit::fromCode, false);
        String cutoffText = r.raw("cutoff") == null ? null : r.raw("cutoff").trim();
        boolean noCutoff = "none".equalsIgnoreCase(cutoffText);
        LocalTime cutoff = noCutoff ? null : r.value("cutoff", ProcedureImport::hour, false);
        r.maxLength("code", code, 64);
        r.maxLength("name", name, 2000);
        r.maxLength("field", field, 500);
        r.maxLength("section", section, 500);
        if (r.bad()) return null;
        return new Row(new Procedure(null, code, name, field, level, days, unit, online, fee == null ? 0 : fee,
                paper != null && paper, section, rule, cutoff), rule != null, unit != null, cutoff != null || noCutoff);
    }

    /** {@code HH:mm}, e.g. 15:00. */
    static LocalTime hour(String s) {
        try {
            return LocalTime.parse(s.trim(), HOUR);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an hour HH:mm (e.g. 15:00) or none");
        }
    }

    @Override
    protected Object key(Row r) { return Codes.key(r.procedure().code()); } // BADX-P and badx-p are one procedure

    @Override
    protected Map<Object, Row> existing(Connection c, Set<Object> keys) throws SQLException {
        Map<Object, Row> out = new HashMap<>();
        for (Procedure p : new ProcedureRepository(db).findAll(c)) {
            Object k = Codes.key(p.code()); // two spellings kept from before V11: the first one stands for both
            if (keys.contains(k)) out.putIfAbsent(k, Row.stored(p));
        }
        return out;
    }

    @Override
    protected Row merge(Row old, Row row) {
        Procedure p = row.procedure();
        if (old == null) return Row.stored(p);
        Procedure o = old.procedure();
        // the stored spelling of the code stays: an import of badx-p updates BADX-P
        return Row.stored(new Procedure(o.id(), o.code(), p.name(), p.field(), p.level(), p.processingDays(),
                row.unitGiven() ? p.dayUnit() : o.dayUnit(), p.onlineLevel(), p.feeVnd(), p.paperResult(), p.section(),
                row.ruleGiven() ? p.supplementRule() : o.supplementRule(), row.cutoffGiven() ? p.cutoff() : o.cutoff()));
    }

    @Override
    protected void write(Connection c, List<Row> items, Map<Object, Row> stored) throws SQLException {
        if (repo == null) repo = new ProcedureRepository(db);
        for (Row r : items) repo.save(c, r.procedure());
    }
}
