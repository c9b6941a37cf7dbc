package vn.reformdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests write the images they render: target/screenshots, or the README's assets/screenshots when asked
 * with {@code -Dreformdesk.screenshots=true}. A plain test run must leave the working tree as it was.
 */
public final class Screenshots {
    private Screenshots() {}

    public static Path folder() throws IOException {
        Path folder = Boolean.getBoolean("reformdesk.screenshots") ? Path.of("assets", "screenshots")
                : Path.of("target", "screenshots");
        return Files.createDirectories(folder);
    }

    public static Path file(String name) throws IOException { return folder().resolve(name); }
}
