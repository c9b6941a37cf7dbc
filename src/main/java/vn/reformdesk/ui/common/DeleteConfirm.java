package vn.reformdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before deleting. The safe answer is the default: Enter (or a hurried double Enter after Delete) keeps the
 * record, only a click on "Xóa" deletes; JavaFX made the destructive OK the default.
 */
public final class DeleteConfirm {
    private DeleteConfirm() {}

    public static Alert dialog(Window owner, String title, String text) {
        ButtonType delete = new ButtonType(I18n.t("common.delete"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, delete, ButtonType.CANCEL);
        if (owner != null) confirm.initOwner(owner);
        confirm.setHeaderText(null);
        confirm.setTitle(title);
        Button deleteButton = (Button) confirm.getDialogPane().lookupButton(delete);
        deleteButton.setDefaultButton(false);
        deleteButton.setId("confirm-delete");
        Button cancel = (Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setText(I18n.t("common.cancel"));
        cancel.setDefaultButton(true);
        return confirm;
    }

    /** True when the officer chose to delete. */
    public static boolean ask(Window owner, String title, String text) {
        Alert confirm = dialog(owner, title, text);
        return confirm.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
