package vn.reformdesk.store;

import java.sql.SQLException;

/** A database failure, with a message an officer can act on. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) { super(message, cause); }

    public static DatabaseException wrap(SQLException e) {
        return new DatabaseException(Engine.words(e), e);
    }
}
