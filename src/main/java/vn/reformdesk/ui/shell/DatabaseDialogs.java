package vn.reformdesk.ui.shell;

import java.util.Arrays;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import vn.reformdesk.ui.common.I18n;

/** The password questions around opening a database: protect a new one, unlock a protected one. */
final class DatabaseDialogs {
    private DatabaseDialogs() {}

    /**
     * For a new database: empty = no password (the default), else the chosen password. Cancel = no password.
     * The two fields must match and be at least 6 characters; the warning says a lost password is lost data.
     */
    static char[] newDatabasePassword() {
        CheckBox protect = new CheckBox(I18n.t("db.protect"));
        PasswordField first = new PasswordField();
        PasswordField second = new PasswordField();
        first.setPromptText(I18n.t("db.password"));
        second.setPromptText(I18n.t("db.passwordAgain"));
        Label warning = new Label(I18n.t("db.passwordWarning"));
        warning.setWrapText(true);
        warning.getStyleClass().add("warning-text");
        Label error = new Label();
        error.getStyleClass().add("error-text");
        first.disableProperty().bind(protect.selectedProperty().not());
        second.disableProperty().bind(protect.selectedProperty().not());
        VBox box = new VBox(8, new Label(I18n.t("db.newIntro")), protect, first, second, warning, error);
        box.setPadding(new Insets(12));
        box.setPrefWidth(460);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("db.newTitle"));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!protect.isSelected()) return;
            if (first.getText().length() < 6) {
                error.setText(I18n.t("db.passwordTooShort"));
                e.consume();
            } else if (!first.getText().equals(second.getText())) {
                error.setText(I18n.t("db.passwordMismatch"));
                e.consume();
            }
        });
        dialog.showAndWait();
        return protect.isSelected() && first.getText().length() >= 6 ? first.getText().toCharArray() : null;
    }

    /**
     * Asks for the password of a protected database; empty when the user gives up (Cancel). OK waits for a password:
     * confirming an empty field closed the app as Cancel does.
     */
    static Optional<char[]> password(String message) {
        PasswordField field = new PasswordField();
        Dialog<ButtonType> dialog = passwordDialog(message, field);
        field.requestFocus();
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) return Optional.empty();
        char[] pw = field.getText().toCharArray();
        return pw.length == 0 ? Optional.empty() : Optional.of(Arrays.copyOf(pw, pw.length));
    }

    /** The password question around {@code field}: its OK is enabled once something is typed. */
    static Dialog<ButtonType> passwordDialog(String message, PasswordField field) {
        VBox box = new VBox(8, new Label(message), field);
        box.setPadding(new Insets(12));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("db.unlockTitle"));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        return dialog;
    }
}
