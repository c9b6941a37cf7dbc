package vn.reformdesk.io.table;

import java.io.IOException;

/**
 * The file cannot be read as a table at all (wrong encoding, broken quoting, a NUL byte, not a workbook, a workbook
 * too large to unpack safely). Reported as one problem, {@code FILE:LINE: [column NAME: ]what (value)}.
 */
public class TableFormatException extends IOException {
    private final long line;
    private final String column;
    private final String value;

    public TableFormatException(String message, Throwable cause) { this(message, cause, 0); }

    /** @param line the 1-based line the problem is on, 0 when it cannot be told */
    public TableFormatException(String message, Throwable cause, long line) { this(message, cause, line, null, null); }

    /** A problem in one cell: its line, its column (name, or letter when the column has no heading) and its value. */
    public TableFormatException(String message, Throwable cause, long line, String column, String value) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.value = value;
    }

    /** The 1-based line the problem is on, 0 when unknown. */
    public long line() { return line; }

    /** The column the problem is in, null when it is not in one cell. */
    public String column() { return column; }

    /** The value that is wrong, null when none. */
    public String value() { return value; }
}
