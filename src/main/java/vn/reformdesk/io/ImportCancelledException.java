package vn.reformdesk.io;

import java.util.concurrent.CancellationException;

/** The user cancelled an import; nothing was written (the transaction was rolled back or never begun). */
public class ImportCancelledException extends CancellationException {
    public ImportCancelledException() { super("import cancelled; nothing was written"); }
}
