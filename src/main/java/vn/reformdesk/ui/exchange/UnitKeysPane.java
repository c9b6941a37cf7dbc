package vn.reformdesk.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.reformdesk.io.exchange.ExchangeService;
import vn.reformdesk.io.exchange.TrustedUnits;
import vn.reformdesk.io.exchange.TrustedUnits.Unit;
import vn.reformdesk.io.exchange.UnitKey;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * The keys part of the data exchange screen: this unit's fingerprint and its public key export, and the units whose
 * packages are accepted, each registered from its key file after the officers compared fingerprints by phone.
 */
final class UnitKeysPane {
    private final ShellContext shell;
    private final VBox root = new VBox(6);
    private final Label ownFingerprint = new Label();
    final TableView<Unit> units = new TableView<>();

    UnitKeysPane(ShellContext shell) {
        this.shell = shell;
        Label title = new Label(I18n.t("exchange.keysTitle"));
        title.getStyleClass().add("section-title");
        ownFingerprint.setId("own-fingerprint");
        ownFingerprint.setStyle("-fx-font-family: monospace; -fx-font-weight: bold");
        Button exportKey = new Button(I18n.t("exchange.exportKey"));
        exportKey.setOnAction(e -> exportKey());
        Button register = new Button(I18n.t("exchange.registerKey"));
        register.setOnAction(e -> register());
        units.setId("trusted-units");
        units.getColumns().addAll(List.of(
                column(I18n.t("exchange.unitCode"), 140, Unit::code),
                column(I18n.t("exchange.unitName"), 220, u -> u.name() == null ? "" : u.name()),
                column(I18n.t("exchange.fingerprint"), 420, Unit::fingerprint),
                column(I18n.t("exchange.registeredAt"), 140, u -> Fmt.dateTime(u.registeredAt()))));
        units.setPlaceholder(new Label(I18n.t("exchange.noUnits")));
        // room for a few registered units: beside the conflicts' table (which takes the rest of the height) it was
        // squeezed to its header and one row in a real window at 1366x768
        units.setStyle("-fx-pref-height: 9em; -fx-min-height: 7em;");
        ownFingerprint.setWrapText(true);
        ownFingerprint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vn.reformdesk.ui.common.ColumnFit.install(units, null, "trusted-units");
        root.getChildren().addAll(title, vn.reformdesk.ui.common.Toolbars.flow(new Label(I18n.t("exchange.ownKey")),
                ownFingerprint), vn.reformdesk.ui.common.Toolbars.flow(exportKey, register), units);
    }

    private static TableColumn<Unit, String> column(String title, double width, java.util.function.Function<Unit, String> value) {
        TableColumn<Unit, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    Node root() { return root; }

    void refresh() {
        var db = shell.app().database();
        Tasks.run(() -> UnitKey.existingPublicKey(db.folder()).map(UnitKey::fingerprint),
                fp -> ownFingerprint.setText(fp.orElse(I18n.t("exchange.ownKeyNone"))), this::failed);
        Tasks.run(() -> new TrustedUnits(db).list(), rows -> units.getItems().setAll(rows), this::failed);
    }

    private void exportKey() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.exportKey"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("exchange.keyFileType"), "*" + TrustedUnits.KEY_EXTENSION));
        chooser.setInitialFileName("reformdesk-unit" + TrustedUnits.KEY_EXTENSION);
        var file = chooser.showSaveDialog(shell.stage());
        if (file == null) return;
        Path path = file.toPath();
        Tasks.run(() -> new ExchangeService(shell.app().database()).writePublicKey(path), fp -> {
            refresh();
            new Alert(Alert.AlertType.INFORMATION, I18n.t("exchange.keyExported", path, fp)).showAndWait();
        }, err -> error(err instanceof IllegalStateException ? I18n.t("exchange.needUnitCode") : I18n.t("common.error", err.getMessage())));
    }

    private void register() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.registerKey"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("exchange.keyFileType"), "*" + TrustedUnits.KEY_EXTENSION));
        var file = chooser.showOpenDialog(shell.stage());
        if (file != null) register(file.toPath());
    }

    /** Reads a unit's key file, shows its fingerprint to compare by phone, and registers it once confirmed. */
    void register(Path path) {
        Tasks.run(() -> TrustedUnits.readKeyFile(path), key -> {
            String text = I18n.t("exchange.registerConfirm", key.unitName() == null ? "" : key.unitName(), key.unitCode(),
                    key.fingerprint());
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(I18n.t("exchange.registerKey"));
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
            Tasks.run(() -> new TrustedUnits(shell.app().database()).register(key, LocalDateTime.now(AppContext.VIETNAM)),
                    replaced -> {
                        refresh();
                        new Alert(Alert.AlertType.INFORMATION, I18n.t("exchange.registered", key.unitCode(), key.fingerprint())
                                + replaced.map(f -> I18n.t("exchange.replaces", f)).orElse("")).showAndWait();
                    }, this::failed);
        }, err -> error(err instanceof TrustedUnits.KeyFileException ? I18n.t("exchange.keyRefused", I18n.t("exchange.keyInvalid"))
                : I18n.t("common.error", err.getMessage())));
    }

    private void failed(Throwable err) { shell.status(I18n.t("common.error", err.getMessage())); }

    private static void error(String text) { new Alert(Alert.AlertType.ERROR, text).showAndWait(); }
}
