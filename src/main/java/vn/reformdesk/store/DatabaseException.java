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
        return new DatabaseException("Cannot open the database in " + folder + ": " + e.getMessage(), e);
    }

    public static DatabaseException wrap(SQLException e) {
        return new DatabaseException(e.getMessage(), e);
    }
}
