package vn.reformdesk.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the user's data lives. Java's user.home ignores $HOME, so tests and installers redirect the folder
 * with the {@code reformdesk.home} system property (or the REFORMDESK_HOME environment variable).
 */
public final class AppPaths {
    private AppPaths() {}

    public static Path home() {
        String prop = System.getProperty("reformdesk.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("REFORMDESK_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        return perUser("APPDATA", "AppData/Roaming", "ReformDesk", "Library/Application Support/ReformDesk",
                "XDG_DATA_HOME", ".local/share");
    }

    /**
     * The per-user cache folder ({@code reformdesk.cache} moves it): what is kept there is derived from the
     * program (the class archive of {@link vn.reformdesk.ClassArchive}), never the officer's data, and may be deleted at any time.
     */
    public static Path cache() {
        String prop = System.getProperty("reformdesk.cache");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        return perUser("LOCALAPPDATA", "AppData/Local", "ReformDesk/cache", "Library/Caches/ReformDesk",
                "XDG_CACHE_HOME", ".cache");
    }

    /** A folder of the user's by the conventions of each OS: Windows' environment folders, macOS, XDG on Linux. */
    private static Path perUser(String windowsEnv, String windowsDefault, String windowsName, String macFolder,
            String xdgEnv, String xdgDefault) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String env = System.getenv(windowsEnv);
            return (env != null ? Path.of(env) : userHome.resolve(windowsDefault)).resolve(windowsName);
        }
        if (os.contains("mac")) return userHome.resolve(macFolder);
        String xdg = System.getenv(xdgEnv);
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(xdgDefault)).resolve("reformdesk");
    }

    /** The default database folder inside the data folder. */
    public static Path defaultDatabase() { return home().resolve("db"); }

    /**
     * The folder that keeps a register together: its preferences, logs, automatic backups and saved import mappings.
     * The data folder for the default database (which is its {@code db} subfolder); the database folder itself for
     * one given with {@code --db DIR}, so a register on a USB stick or a second register never shares them.
     */
    public static Path registerHome(Path databaseFolder) {
        if (databaseFolder == null) return home();
        Path given = databaseFolder.toAbsolutePath().normalize();
        return given.equals(defaultDatabase().toAbsolutePath().normalize()) ? home() : given;
    }

    public static Path logs() { return logs(null); }

    public static Path logs(Path databaseFolder) { return registerHome(databaseFolder).resolve("logs"); }

    public static Path preferencesFile() { return preferencesFile(null); }

    public static Path preferencesFile(Path databaseFolder) {
        return registerHome(databaseFolder).resolve("preferences.properties");
    }

    /** Where the automatic backups of the register whose preferences are in {@code home} go. */
    public static Path backups(Path home) { return home.resolve("backups"); }
}
