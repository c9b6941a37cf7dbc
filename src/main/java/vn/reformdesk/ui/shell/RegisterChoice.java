package vn.reformdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ServerAddress;
import vn.reformdesk.ui.common.I18n;

/**
 * The first start's question: where does the register live? <i>On this PC</i> (the embedded H2 file in the data
 * folder; the default, Enter takes it) or <i>on the province's server</i> (host, port, database, login). The server's
 * address is saved in the preferences; its password is asked at every start and never written anywhere. Asked only
 * when the app opens its default data folder, no database is there yet and no server was chosen before.
 */
final class RegisterChoice {
    /** Where the officer chose: this PC (null address) or a server. */
    record Choice(ServerAddress server) {
        boolean thisPc() { return server == null; }
    }

    private RegisterChoice() {}

    /**
     * Whether to ask: no folder given on the command line, no database in the default folder, no server saved, and a
     * person at the screen (not a test: {@code reformdesk.noFirstStart}).
     */
    static boolean shouldAsk(Path folderGiven, Path defaultFolder, UserPreferences prefs) {
        if (folderGiven != null || Boolean.getBoolean(FirstStart.NO_FIRST_START_PROPERTY)) return false;
        if (!prefs.get(UserPreferences.SERVER, "").isBlank()) return false;
        return !Database.exists(defaultFolder);
    }

    /** Asks; empty when the officer quits. A server chosen is saved in {@code prefs} (its address only). */
    static Optional<Choice> ask(UserPreferences prefs) {
        Optional<Choice> choice = dialog().showAndWait();
        choice.filter(c -> !c.thisPc()).ifPresent(c -> prefs.set(UserPreferences.SERVER, c.server().toString()));
        return choice;
    }

    /** The dialog, not shown (the UI test drives it). */
    static Dialog<Choice> dialog() {
        ToggleGroup where = new ToggleGroup();
        RadioButton thisPc = new RadioButton(I18n.t("where.thisPc"));
        thisPc.setId("where-this-pc");
        thisPc.setToggleGroup(where);
        thisPc.setSelected(true);
        Label thisPcHint = hint(I18n.t("where.thisPcHint"));
        RadioButton server = new RadioButton(I18n.t("where.server"));
        server.setId("where-server");
        server.setToggleGroup(where);
        Label serverHint = hint(I18n.t("where.serverHint"));

        TextField host = field("where-host", "");
        TextField port = field("where-port", String.valueOf(ServerAddress.DEFAULT_PORT));
        port.setPrefColumnCount(6);
        TextField database = field("where-database", "reformdesk");
        TextField user = field("where-user", System.getProperty("user.name", ""));
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.setPadding(new Insets(0, 0, 0, 24));
        fields.addRow(0, new Label(I18n.t("where.host")), host);
        fields.addRow(1, new Label(I18n.t("where.port")), port);
        fields.addRow(2, new Label(I18n.t("where.database")), database);
        fields.addRow(3, new Label(I18n.t("where.user")), user);
        fields.disableProperty().bind(server.selectedProperty().not());
        Label error = new Label();
        error.setId("where-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);

        VBox box = new VBox(8, hint(I18n.t("where.intro")), thisPc, thisPcHint, server, serverHint, fields, error);
        box.setPadding(new Insets(12));
        box.setPrefWidth(560);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("app.title"));
        dialog.setHeaderText(I18n.t("where.heading"));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("where-dialog");
        ButtonType go = new ButtonType(I18n.t("where.continue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(I18n.t("where.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(go, quit);
        dialog.getDialogPane().lookupButton(go).setId("where-continue");
        Choice[] chosen = {null};
        dialog.getDialogPane().lookupButton(go).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            error.setText("");
            if (thisPc.isSelected()) {
                chosen[0] = new Choice(null);
                return;
            }
            try {
                int p = Integer.parseInt(port.getText().trim());
                chosen[0] = new Choice(new ServerAddress(host.getText().trim(), p, database.getText().trim(),
                        user.getText().trim()));
            } catch (IllegalArgumentException bad) { // a port that is no number, or an empty field
                error.setText(I18n.t("where.invalid"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == go ? chosen[0] : null);
        return dialog;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(22);
        return f;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("form-hint");
        return l;
    }
}
