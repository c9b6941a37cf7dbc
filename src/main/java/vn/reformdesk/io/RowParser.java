package vn.reformdesk.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.SafeCells;
import vn.reformdesk.io.table.TableRow;

/** Reads the cells of one row, collecting every problem as {@code FILE:LINE: column NAME: what (value)}. */
final class RowParser {
    private final String file;
    private final TableRow row;
    private final List<ImportProblem> problems = new ArrayList<>(0);

    RowParser(String file, TableRow row) {
        this.file = file;
        this.row = row;
    }

    long line() { return row.line(); }

    boolean bad() { return !problems.isEmpty(); }

    List<ImportProblem> problems() { return problems; }

    void problem(String column, String message, String value) {
        problems.add(new ImportProblem(file, row.line(), column, message, value));
    }

    /** Trimmed text, null when blank; a leading apostrophe added by an export against formulas is removed. */
    String text(String column) {
        return SafeCells.unescape(row.get(column));
    }

    String requiredText(String column) {
        String v = text(column);
        if (v == null) problem(column, "required value is empty", null);
        return v;
    }

    /** The parsed value, null when the cell is blank (and then a problem if {@code required}). */
    <V> V value(String column, Function<String, V> parser, boolean required) {
        String v = row.get(column);
        if (v == null) {
            if (required) problem(column, "required value is empty", null);
            return null;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage(), v);
            return null;
        }
    }

    String raw(String column) { return row.get(column); }
}
