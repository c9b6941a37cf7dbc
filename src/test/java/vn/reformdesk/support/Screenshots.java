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

    /** Renders {@code node} on the JavaFX thread and writes it as {@code name} (PNG) in {@link #folder()}. */
    public static void write(javafx.scene.Node node, String name) throws IOException {
        try {
            var image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file(name).toFile());
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
