package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.ProcedureRepository;

/**
 * {@code export procedures}: every procedure in the procedures.csv columns, the rules that change a due date
 * included, so the file imports back unchanged (and an officer can set 150 procedures' rules in a spreadsheet).
 */
public final class ProcedureExport {
    public static final List<String> COLUMNS = List.of("code", "name", "field", "level", "processing_days",
            "online_level", "fee_vnd", "paper_result", "section", "supplement_rule", "day_unit", "cutoff");

    private ProcedureExport() {}

    /** Writes the file (.xlsx by the name, else CSV); returns how many procedures it holds. */
    public static int write(ProcedureRepository procedures, Path file) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Procedure p : procedures.findAll()) rows.add(cells(p));
        CsvExport.writeRows(file, COLUMNS, rows);
        return rows.size();
    }

    static List<Object> cells(Procedure p) {
        List<Object> c = new ArrayList<>(COLUMNS.size());
        c.add(p.code());
        c.add(p.name());
        c.add(p.field());
        c.add(p.level().code());
        c.add(p.processingDays());
        c.add(p.onlineLevel().code());
        c.add(p.feeVnd());
        c.add(p.paperResult());
        c.add(p.section());
        c.add(p.supplementRule().code());
        c.add(p.dayUnit().code());
        c.add(p.cutoff() == null ? null : p.cutoff().toString());
        return c;
    }
}
