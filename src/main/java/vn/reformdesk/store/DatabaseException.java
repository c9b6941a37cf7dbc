package vn.reformdesk.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** A database failure, with a message an officer can act on. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) { super(message, cause); }

    static DatabaseException translate(Path folder, SQLException e) {
        int code = e.getErrorCode();
        // 90020: database file locked by another process
        if (code == 90020 || String.valueOf(e.getMessage()).contains("already in use")) {
            return new DatabaseInUseException(folder, e);
        }
        if (code == 90049 || code == 28000) return new WrongPasswordException(folder, e);
        if (code == 90097 || code == 90098 || String.valueOf(e.getMessage()).contains("read only")) {
            return new DatabaseException("The database in " + folder + " is read-only (a write-protected USB stick or"
                    + " folder?). Copy it to a writable folder and open it from there.", e);
        }
        return new DatabaseException("Cannot open the database in " + folder + ": " + e.getMessage(), e);
    }

    public static DatabaseException wrap(SQLException e) {
        return new DatabaseException(e.getMessage(), e);
    }
}
