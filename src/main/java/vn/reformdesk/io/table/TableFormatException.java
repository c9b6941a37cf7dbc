package vn.reformdesk.io.table;

import java.io.IOException;

/** The file cannot be read as a table at all (wrong encoding, broken quoting, not a workbook). */
public class TableFormatException extends IOException {
    private final long line;

    public TableFormatException(String message, Throwable cause) { this(message, cause, 0); }

    /** @param line the 1-based line the problem is on, 0 when it cannot be told */
    public TableFormatException(String message, Throwable cause, long line) {
        super(message, cause);
        this.line = line;
    }

    /** The 1-based line the problem is on, 0 when unknown. */
    public long line() { return line; }
}
