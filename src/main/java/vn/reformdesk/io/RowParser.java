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
        problems.addAll(row.problems()); // what the reader refused (cells beyond the header, ...)
    }

    long line() { return row.line(); }

    boolean bad() { return !problems.isEmpty(); }

    List<ImportProblem> problems() { return problems; }

    void problem(String column, String message, String value) {
        problems.add(new ImportProblem(file, row.line(), column, message, value));
    }

    /**
     * Trimmed text, null when blank; a leading apostrophe added by an export against formulas is removed. Text
     * with a control character other than tab and line breaks (NUL, ESC, ...) or a stray byte-order mark is a
     * problem: it is invisible on screen, PostgreSQL cannot store NUL, and it would make look-alike codes.
     */
    String text(String column) {
        String v = SafeCells.unescape(row.get(column));
        if (v != null) {
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch != '\t' && ch != '\n' && ch != '\r' && (Character.getType(ch) == Character.CONTROL
                        || ch == '\uFEFF' || ch == '\uFFFE' || ch == '\uFFFF')) {
                    problem(column, String.format("contains the invisible control character U+%04X", (int) ch), v);
                    break;
                }
            }
        }
        return v;
    }

    String requiredText(String column) {
        String v = text(column);
        if (v == null) problem(column, "required value is empty", null);
        return v;
    }

    /** A required code: text on one line, without tabs or line breaks. */
    String requiredCode(String column) {
        boolean before = bad();
        String v = requiredText(column);
        if (v != null && (bad() == before) && v.chars().anyMatch(ch -> ch == '\t' || ch == '\n' || ch == '\r'
                || ch == '\u2028' || ch == '\u2029')) {
            problem(column, "contains a tab or a line break", v);
        }
        return v;
    }

    /** Reports text longer than the database column holds ({@code max} characters). */
    void maxLength(String column, String value, int max) {
        if (value != null && value.length() > max) problem(column, "longer than " + max + " characters", value);
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
