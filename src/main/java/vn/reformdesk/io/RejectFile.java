package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.reformdesk.io.table.TableRow;

/** The rows an import skipped, with the original columns and an {@code error} column, next to the input. */
final class RejectFile {
    private RejectFile() {}

    /** {@code dossiers.csv} → {@code dossiers.rejects.csv} in the same folder. */
    static Path pathFor(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.toLowerCase(Locale.ROOT).endsWith(".rejects")) base = base.substring(0, base.length() - 8);
        Path parent = input.toAbsolutePath().getParent();
        return parent.resolve(base + ".rejects.csv");
    }

    static void write(Path out, List<String> header, List<TableRow> rows, Map<Long, List<String>> errors)
            throws IOException {
        List<String> cols = new ArrayList<>(header);
        cols.add("error");
        List<List<?>> lines = new ArrayList<>(rows.size());
        for (TableRow r : rows) {
            List<Object> cells = new ArrayList<>(cols.size());
            for (String h : header) cells.add(r.raw(h));
            cells.add("line " + r.line() + ": " + String.join("; ", errors.getOrDefault(r.line(), List.of())));
            lines.add(cells);
        }
        CsvExport.writeRows(out, cols, lines);
    }
}
