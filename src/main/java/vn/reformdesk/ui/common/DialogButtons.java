package vn.reformdesk.ui.common;

import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * JavaFX has no Vietnamese texts for its standard dialog buttons (it showed "Cancel" and "OK" in the Vietnamese
 * UI) nor for its alerts' default titles ("Warning"). Installed once, this gives every dialog's standard buttons
 * their words from the bundles, and an untitled alert the app's name, as it opens, so no dialog has to remember to.
 * Every window that opens also takes the officer's UI scale and theme ({@link Look}).
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "common.ok",
            ButtonType.CANCEL, "common.cancel", ButtonType.YES, "common.yes", ButtonType.NO, "common.no",
            ButtonType.CLOSE, "common.close", ButtonType.APPLY, "common.apply");
    /** The titles JavaFX gives an alert that was not given one (its own English words). */
    private static final java.util.Set<String> JAVAFX_TITLES = java.util.Set.of("Information", "Warning", "Error",
            "Confirmation", "Message");
    private static boolean installed;

    private DialogButtons() {}

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    Look.follow(w); // the officer's scale and theme, in every window of the app
                    if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                        translate(pane);
                        DialogGrowth.install(w, pane);
                        // nor for the titles it gives alerts ("Warning", "Error"...): the app's name instead
                        // (Set.of refuses to look up null: an untitled dialog failed to open)
                        if (w instanceof Stage stage && stage.getTitle() != null
                                && JAVAFX_TITLES.contains(stage.getTitle())) {
                            stage.setTitle(I18n.t("app.title"));
                        }
                    }
                }
            }
        });
    }

    /** Sets the standard buttons' texts of one dialog. */
    public static void translate(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node node = pane.lookupButton(type);
            if (key != null && node instanceof Button button) button.setText(I18n.t(key));
        }
    }
}
