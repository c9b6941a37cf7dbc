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

    public static AppContext context(Path tempDir) {
        try {
            Files.createDirectories(tempDir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new AppContext(open(tempDir), new UserPreferences(tempDir.resolve("preferences.properties")));
    }
}
