package vn.reformdesk.ui.common;

import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * JavaFX has no Vietnamese texts for its standard dialog buttons (it showed "Cancel" and "OK" in the Vietnamese
 * UI). Installed once, this gives every dialog's standard buttons their words from the bundles as it opens,
 * so no dialog has to remember to.
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "common.ok",
            ButtonType.CANCEL, "common.cancel", ButtonType.YES, "common.yes", ButtonType.NO, "common.no",
            ButtonType.CLOSE, "common.close", ButtonType.APPLY, "common.apply");
    private static boolean installed;

    private DialogButtons() {}

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) translate(pane);
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
