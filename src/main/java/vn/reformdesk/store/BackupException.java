package vn.reformdesk.store;

import java.nio.file.Path;

/** A backup file that cannot be used, with the reason in a form the UI can put into words. */
public class BackupException extends RuntimeException {
    public enum Reason { NOT_A_BACKUP, DAMAGED, NEWER_VERSION, WRONG_PASSWORD, IO }

    private final Reason reason;

    public BackupException(Reason reason, Path file, Throwable cause) {
        super(reason + ": " + file + ": " + cause.getMessage(), cause);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
