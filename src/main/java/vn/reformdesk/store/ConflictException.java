package vn.reformdesk.store;

/**
 * A save refused because another desk saved (or deleted, or registered) the same record since it was read: nothing
 * was written. Carries what the other desk saved ({@code theirs}, null when it was deleted), so both can be shown.
 */
public class ConflictException extends DatabaseException {
    private final transient Versioned<?> theirs;

    public ConflictException(String message, Versioned<?> theirs) {
        super(message, null);
        this.theirs = theirs;
    }

    /** What is stored now (null: the record was deleted). */
    public Versioned<?> theirs() { return theirs; }
}
