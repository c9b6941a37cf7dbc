package vn.reformdesk.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * Per-user preferences kept outside the database (language, UI scale, theme), so they are known before a
 * database opens, e.g. to explain in Vietnamese that it is already in use.
 */
public final class UserPreferences {
    public static final String LANGUAGE = "language";
    public static final String UI_SCALE = "ui.scale";
    public static final String THEME = "ui.theme";
    /**
     * Where the register lives: empty = this PC (the H2 file in the data folder), else a shared PostgreSQL server
     * ({@code postgresql://user@host:5432/database}). Never a password: it is asked at every start.
     */
    public static final String SERVER = "db.server";

    private final Path file;
    private final Properties props = new Properties();

    public UserPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged preferences file falls back to defaults; it holds nothing the officer typed as data.
                props.clear();
            }
        }
    }

    public static UserPreferences load() { return new UserPreferences(AppPaths.preferencesFile()); }

    /** The preferences of the register in {@code databaseFolder} (null: the default one), see {@link AppPaths#registerHome}. */
    public static UserPreferences load(Path databaseFolder) {
        return new UserPreferences(AppPaths.preferencesFile(databaseFolder));
    }

    /** The folder of the preferences file, where other per-user files (saved import mappings) live beside it. */
    public Path folder() { return file.toAbsolutePath().getParent(); }

    public Locale locale() {
        return "en".equals(props.getProperty(LANGUAGE)) ? Locale.ENGLISH : new Locale("vi");
    }

    public String get(String key, String fallback) { return props.getProperty(key, fallback); }

    public void set(String key, String value) {
        props.setProperty(key, value);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "ReformDesk preferences");
            }
            // Write then move, so a power cut never leaves a half-written file.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save preferences to " + file + ": " + e.getMessage(), e);
        }
    }
}
