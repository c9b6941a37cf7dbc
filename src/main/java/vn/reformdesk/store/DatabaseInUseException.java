package vn.reformdesk.store;

import java.nio.file.Path;

/** The database file is open in another ReformDesk window or process. */
public class DatabaseInUseException extends DatabaseException {
    private final Path folder;

    public DatabaseInUseException(Path folder, Throwable cause) {
        super("The database in " + folder + " is already open in another ReformDesk window.", cause);
        this.folder = folder;
    }

    public Path folder() { return folder; }
}
