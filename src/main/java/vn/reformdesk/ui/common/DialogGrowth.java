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
    private DialogGrowth() {}

    static void install(Window window, DialogPane pane) {
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
        window.setHeight(height);
        if (window.getY() + height > screen.getMaxY()) window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
    }
}
