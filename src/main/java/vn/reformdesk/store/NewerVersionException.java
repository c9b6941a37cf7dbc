package vn.reformdesk.store;

import java.nio.file.Path;

/** The database was written by a newer ReformDesk version; this one must not change it. */
public class NewerVersionException extends DatabaseException {
    public NewerVersionException(Path folder) { this(folder.toString()); }

    /** {@code where}: the folder or the server address. */
    public NewerVersionException(String where) {
        super("The database in " + where + " was made by a newer version of ReformDesk. Install that version"
                + " (or newer) to open it; nothing was changed.", null);
    }
}
