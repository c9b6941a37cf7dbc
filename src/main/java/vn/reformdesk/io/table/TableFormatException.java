package vn.reformdesk.io.table;

import java.io.IOException;

/** The file cannot be read as a table at all (wrong encoding, broken quoting, not a workbook). */
public class TableFormatException extends IOException {
    public TableFormatException(String message, Throwable cause) { super(message, cause); }
}
