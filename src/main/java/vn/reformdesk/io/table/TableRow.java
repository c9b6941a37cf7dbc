package vn.reformdesk.io.table;

import java.util.List;
import java.util.Map;

/**
 * One data row of an imported table: its 1-based line in the file (the header is line 1) and its cells by
 * lower-case header name. Blank cells are absent. {@code problems} are what the reader itself refused in the row
 * (cells beyond the header, a recurrence it cannot expand): such a row is reported as it is, not parsed.
 */
public record TableRow(long line, Map<String, String> cells, List<ImportProblem> problems) {
    public TableRow {
        problems = List.copyOf(problems);
    }

    public TableRow(long line, Map<String, String> cells) { this(line, cells, List.of()); }

    public String get(String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public String raw(String column) { return cells.get(column); }
}
