package vn.reformdesk.store;

import java.nio.file.Path;

/** The password given does not open the database file. */
public class WrongPasswordException extends DatabaseException {
    public WrongPasswordException(Path folder, Throwable cause) {
        super("The password does not open the database in " + folder + ".", cause);
    }

    /** On a server: the login or its password was refused. */
    public WrongPasswordException(String server, Throwable cause) {
        super("The server refused the login or password for " + server + ".", cause);
    }
}
