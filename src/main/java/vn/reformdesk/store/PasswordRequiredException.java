package vn.reformdesk.store;

import java.nio.file.Path;

/** The database file is protected with a password and none was given. */
public class PasswordRequiredException extends DatabaseException {
    public PasswordRequiredException(Path folder) {
        super("The database in " + folder + " is protected with a password.", null);
    }
}
