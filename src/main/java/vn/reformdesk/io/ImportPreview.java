package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.reformdesk.io.table.TableReader;
import vn.reformdesk.io.table.TableRow;

/** The header and the first rows of an import file, for the import dialog's preview. */
public record ImportPreview(List<String> header, List<List<String>> rows) {
    private static final class Enough extends RuntimeException {
        Enough() { super(null, null, false, false); }
    }

    /** Reads at most {@code max} rows (stops reading there, so a large file previews at once). */
    public static ImportPreview read(Path file, int max) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        List<String> header;
        try {
            header = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")
                    ? IcsCalendarReader.read(file, r -> collect(rows, r, max))
                    : TableReader.read(file, r -> collect(rows, r, max));
        } catch (Enough | vn.reformdesk.io.table.TableFormatException e) {
            if (!(e instanceof Enough) && !(e.getCause() instanceof Enough)) throw e;
            header = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).cells().keySet());
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")) header = IcsCalendarReader.HEADER;
        }
        List<String> cols = header;
        if (cols.isEmpty() && !rows.isEmpty()) cols = new ArrayList<>(rows.get(0).cells().keySet());
        List<List<String>> out = new ArrayList<>();
        for (TableRow r : rows) {
            List<String> cells = new ArrayList<>(cols.size());
            for (String c : cols) cells.add(r.raw(c) == null ? "" : r.raw(c));
            out.add(cells);
        }
        return new ImportPreview(List.copyOf(cols), out);
    }

    private static void collect(List<TableRow> rows, TableRow r, int max) {
        if (rows.size() >= max) throw new Enough();
        rows.add(r);
    }
}
