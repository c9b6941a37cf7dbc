package vn.reformdesk.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The UI scale and theme the officer chose, applied to the main window and, as they open, to every other window of
 * the app (dialogs, the import window, the guide), which kept the light theme and 100 % before. The presentation's
 * slides keep their own high-contrast light look. Set through {@code presentation.Display}, which reads the
 * preferences; this only holds and applies the choice.
 */
public final class Look {
    /** The dark theme's sheet: looked-up colours (app.css's palette) for a dark background, and Modena's base. */
    public static final String DARK_CSS = "/css/theme-dark.css";
    /** A window's root with this style class keeps its own look (the presentation). */
    public static final String OWN_LOOK = "presentation-root";
    /** The base root font size of app.css at 100 %. */
    public static final double BASE_FONT_PX = 13;

    private static volatile int scalePercent = 100;
    private static volatile boolean dark;

    private Look() {}

    /** Remembers the choice for the windows that open from now on. */
    public static void set(int scale, boolean darkTheme) {
        scalePercent = scale;
        dark = darkTheme;
    }

    public static int scale() { return scalePercent; }

    public static boolean dark() { return dark; }

    /** The root font size for a scale: 13 px × scale / 100. */
    public static double fontPx(int scale) { return BASE_FONT_PX * scale / 100.0; }

    public static String rootStyle(int scale) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", fontPx(scale));
    }

    /** Applies the current choice to a scene: its root's font size, and the dark sheet on or off. */
    public static void apply(Scene scene) {
        Parent root = scene.getRoot();
        if (root == null || root.getStyleClass().contains(OWN_LOOK)) return;
        root.setStyle(rootStyle(scalePercent));
        String css = Look.class.getResource(DARK_CSS).toExternalForm();
        // a dialog's pane carries app.css itself, which outranks the scene's sheets: the dark sheet goes after it there
        var sheets = root instanceof DialogPane ? root.getStylesheets() : scene.getStylesheets();
        sheets.remove(css);
        if (dark) sheets.add(css);
    }

    /**
     * A window that just opened follows the choice, except pop-ups (menus, lists), which follow their owner. At another
     * scale than 100 % it is sized again once shown (a dialog to its content, a window given a size in pixels by the
     * scale), within the screen.
     */
    static void follow(Window window) {
        if (window instanceof PopupWindow || window.getScene() == null) return;
        Scene scene = window.getScene();
        if (scene.getRoot() == null || scene.getRoot().getStyleClass().contains(OWN_LOOK)) return;
        if (rootStyle(scalePercent).equals(scene.getRoot().getStyle()) && !dark) return; // as built: nothing to do
        boolean resize = scalePercent != 100 && !rootStyle(scalePercent).equals(scene.getRoot().getStyle());
        apply(scene);
        if (!resize) return;
        double f = scalePercent / 100.0;
        boolean dialog = scene.getRoot() instanceof DialogPane;
        javafx.application.Platform.runLater(() -> {
            if (!window.isShowing()) return;
            if (dialog) {
                window.sizeToScene();
            } else {
                window.setWidth(window.getWidth() * f);
                window.setHeight(window.getHeight() * f);
            }
            DialogGrowth.keepOnScreen(window);
        });
    }
}
