package vn.reformdesk.io.table;

import java.util.Map;

/**
 * One data row of an imported table: its 1-based line in the file (the header is line 1) and its cells by
 * lower-case header name. Blank cells are absent.
 */
public record TableRow(long line, Map<String, String> cells) {
    public String get(String column) {
        String v = cells.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public String raw(String column) { return cells.get(column); }
}
