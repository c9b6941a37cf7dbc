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

    /** A new, migrated database made once per test JVM and closed, which {@link #openCopy} copies. */
    private static Path template;

    /**
     * As {@link #open}, a database of its own in {@code tempDir}, but copied from one migrated once per JVM: the
     * same real H2 file, without the migrations' second or so per test (import tests open dozens).
     */
    public static Database openCopy(Path tempDir) {
        try {
            Path folder = tempDir.resolve("db");
            Files.createDirectories(folder);
            Path from = template();
            try (var files = Files.list(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.getFileName().toString().endsWith(".mv.db")) Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            return Database.open(folder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("reformdesk-test-template");
            Path folder = dir.resolve("db");
            Database.open(folder).close();
            dir.toFile().deleteOnExit(); // deleted in the reverse order: the files, then their folders
            folder.toFile().deleteOnExit();
            try (var files = Files.list(folder)) {
                files.forEach(f -> f.toFile().deleteOnExit());
            }
            template = folder;
        }
        return template;
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
