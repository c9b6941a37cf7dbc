package vn.reformdesk.ui.presentation;

import java.util.List;

import javafx.scene.Scene;
import vn.reformdesk.service.UserPreferences;

/**
 * The display settings of the main window: one UI scale (the root font size, so every em-based size follows, as
 * in the AtlantaFX sampler) and a light or dark theme. Kept in {@link UserPreferences} and applied on start.
 */
public final class Display {
    /** The offered scales, in percent. */
    public static final List<Integer> SCALES = List.of(100, 125, 150, 175);
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    /** The base root font size of app.css at 100 %. */
    public static final double BASE_FONT_PX = vn.reformdesk.ui.common.Look.BASE_FONT_PX;

    private Display() {}

    /** The saved scale in percent (100 when missing or not one of {@link #SCALES}). */
    public static int scale(UserPreferences prefs) {
        try {
            int s = Integer.parseInt(prefs.get(UserPreferences.UI_SCALE, "100").trim().replace("%", ""));
            return SCALES.contains(s) ? s : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    public static String theme(UserPreferences prefs) {
        return DARK.equals(prefs.get(UserPreferences.THEME, LIGHT)) ? DARK : LIGHT;
    }

    /** The root font size for a scale: 13 px × scale / 100. */
    public static double fontPx(int scalePercent) { return vn.reformdesk.ui.common.Look.fontPx(scalePercent); }

    public static String rootStyle(int scalePercent) { return vn.reformdesk.ui.common.Look.rootStyle(scalePercent); }

    /** Applies the saved scale and theme to the main window's scene (and to every window opened after it). */
    public static void apply(Scene scene, UserPreferences prefs) {
        apply(scene, scale(prefs), theme(prefs));
    }

    /** Remembers the saved scale and theme for the windows that open before the main one (the opening notice, dialogs). */
    public static void remember(UserPreferences prefs) {
        vn.reformdesk.ui.common.Look.set(scale(prefs), DARK.equals(theme(prefs)));
    }

    public static void apply(Scene scene, int scalePercent, String theme) {
        vn.reformdesk.ui.common.Look.set(scalePercent, DARK.equals(theme));
        vn.reformdesk.ui.common.Look.apply(scene);
    }
}
