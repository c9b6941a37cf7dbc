package vn.reformdesk.io;

/**
 * The user cancelled an import; nothing was written (the transaction was rolled back or never begun).
 * Not an IllegalStateException on purpose: the table reader turns those into format errors.
 */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() { super("import cancelled; nothing was written"); }
}
