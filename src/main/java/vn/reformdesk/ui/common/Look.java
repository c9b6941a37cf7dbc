package vn.reformdesk.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The UI scale and theme the officer chose: both applied to the main window, the theme also to every other window
 * of the app as it opens (dialogs, the import window, the guide), which stayed light before. The presentation's
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

    /** Applies the current choice to the main window's scene: its root's font size, and the dark sheet on or off. */
    public static void apply(Scene scene) {
        Parent root = scene.getRoot();
        if (root == null || root.getStyleClass().contains(OWN_LOOK)) return;
        root.setStyle(rootStyle(scalePercent));
        theme(scene);
    }

    /** The dark sheet on or off; a dialog's pane carries app.css itself, which outranks the scene's sheets: there it goes after it. */
    private static void theme(Scene scene) {
        Parent root = scene.getRoot();
        String css = Look.class.getResource(DARK_CSS).toExternalForm();
        var sheets = root instanceof DialogPane ? root.getStylesheets() : scene.getStylesheets();
        sheets.remove(css);
        if (dark) sheets.add(css);
    }

    /**
     * A window that just opened takes the theme, except pop-ups (menus, lists), which follow their owner, and the
     * presentation. Not the scale: applied while a window shows, a dialog kept the size it had at 100 % and cut its
     * buttons (dialogs at the officer's scale are left open).
     */
    static void follow(Window window) {
        if (window instanceof PopupWindow || window.getScene() == null) return;
        Scene scene = window.getScene();
        if (scene.getRoot() == null || scene.getRoot().getStyleClass().contains(OWN_LOOK)) return;
        theme(scene);
    }
}
