package vn.reformdesk.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog's window keeps the size it opened with, so messages that appear later (validation under the fields)
 * pushed its buttons below the window's edge. This grows the window with its content, up to the screen.
 */
public final class DialogGrowth {
    /** What a window's frame takes beside its content, at most (Windows' borders, Linux window managers'). */
    private static final double FRAME = 16;

    private DialogGrowth() {}

    static void install(Window window, DialogPane pane) {
        // as it opens, not wider than the screen (the dossier form's 1,038 px at 1024 px): sizes set once a dialog shows
        // are not always applied on Linux (GTK), while the first size is
        double room = Screen.getPrimary().getVisualBounds().getWidth() - FRAME;
        pane.applyCss();
        if (pane.prefWidth(-1) > room) pane.setPrefWidth(room);
        pane.needsLayoutProperty().addListener((o, was, needs) -> {
            if (needs) Platform.runLater(() -> fit(window, pane));
        });
    }

    /** Shrinks {@code window} to its screen's visible area when it is larger and moves it inside. */
    public static void keepOnScreen(Window window) {
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        window.setWidth(Math.min(window.getWidth(), screen.getWidth()));
        window.setHeight(Math.min(window.getHeight(), screen.getHeight()));
        window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
    }

    static void fit(Window window, DialogPane pane) {
        Scene scene = window.getScene();
        if (scene == null || !window.isShowing() || scene.getRoot() == null) return;
        double needed = scene.getRoot().prefHeight(scene.getWidth());
        if (needed <= scene.getHeight() + 0.5) return;
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double chrome = window.getHeight() - scene.getHeight();
        double height = Math.min(needed + chrome, screen.getHeight());
        if (needed + chrome <= screen.getHeight()) {
            // sizeToScene, not setHeight: on Linux (GTK) a shown dialog kept its size on setHeight while JavaFX laid
            // it out at the new one, its buttons below the window's edge (seen under openbox, 05/12/2026)
            window.sizeToScene();
        } else {
            window.setHeight(height);
        }
        if (window.getY() + height > screen.getMaxY()) window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
    }
}
