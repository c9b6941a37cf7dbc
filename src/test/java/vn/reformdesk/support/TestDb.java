package vn.reformdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;

/** A real H2 file database with the real migrations, in a temporary folder (never the user's data folder). */
public final class TestDb {
    private TestDb() {}

    public static Database open(Path tempDir) {
        return Database.open(tempDir.resolve("db"));
    }

    /**
     * Opens (creating it if need be) the database in {@code folder} and records a migration {@code version} in its
     * Flyway history as if a newer ReformDesk had applied it ({@code success} false: applied and failed).
     */
    public static void recordFutureMigration(Path folder, String version, boolean success) {
        try (Database db = Database.open(folder); java.sql.Connection c = db.connection();
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO \"flyway_schema_history\""
                     + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                     + " \"installed_by\", \"execution_time\", \"success\")"
                     + " VALUES ((SELECT MAX(\"installed_rank\") + 1 FROM \"flyway_schema_history\"), ?, 'future', 'SQL',"
                     + " ?, 0, 'sa', 0, ?)")) {
            ps.setString(1, version);
            ps.setString(2, "V" + version.replace('.', '_') + "__future.sql");
            ps.setBoolean(3, success);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static AppContext context(Path tempDir) {
        try {
            Files.createDirectories(tempDir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return context(tempDir, open(tempDir));
    }

    /** The app's context around {@code db}, its preferences in {@code tempDir}. */
    public static AppContext context(Path tempDir, Database db) {
        return new AppContext(db, new UserPreferences(tempDir.resolve("preferences.properties")));
    }
}
