package vn.reformdesk.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import vn.reformdesk.io.exchange.ExchangePackage;
import vn.reformdesk.io.exchange.ExchangeService;
import vn.reformdesk.io.exchange.ExchangeService.MergeReport;
import vn.reformdesk.io.exchange.PackageRejectedException;
import vn.reformdesk.io.exchange.TrustedUnits;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.DatePickers;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.shell.ShellContext;

/** File menu: export this unit's exchange package, import one from a commune. */
public final class ExchangeActions {
    private ExchangeActions() {}

    public static List<MenuItem> menuItems(ShellContext shell) {
        MenuItem export = new MenuItem(I18n.t("exchange.export"));
        export.setOnAction(e -> export(shell));
        MenuItem importItem = new MenuItem(I18n.t("exchange.import"));
        importItem.setOnAction(e -> importPackage(shell));
        return List.of(export, importItem);
    }

    private static void export(ShellContext shell) {
        DatePicker from = DatePickers.create(null, "dd/MM/yyyy");
        DatePicker to = DatePickers.create(null, "dd/MM/yyyy");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(I18n.t("exchange.from")), from);
        grid.addRow(1, new Label(I18n.t("exchange.to")), to);
        grid.add(new Label(I18n.t("exchange.periodHint")), 0, 2, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.t("exchange.export"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(shell.stage());
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("exchange.fileType"), "*" + ExchangePackage.EXTENSION));
        chooser.setInitialFileName("reformdesk-" + LocalDate.now(AppContext.VIETNAM) + ExchangePackage.EXTENSION);
        var file = chooser.showSaveDialog(shell.stage());
        if (file == null) return;
        Path path = file.toPath();
        Tasks.run(() -> new ExchangeService(shell.app().database()).export(path, from.getValue(), to.getValue(),
                        LocalDateTime.now(AppContext.VIETNAM)),
                pkg -> info(I18n.t("exchange.exported", path, Fmt.count(pkg.dossiers().size()))),
                err -> error(err instanceof IllegalStateException ? I18n.t("exchange.needUnitCode")
                        : I18n.t("common.error", err.getMessage())));
    }

    private static void importPackage(ShellContext shell) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("exchange.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("exchange.fileType"), "*" + ExchangePackage.EXTENSION));
        var file = chooser.showOpenDialog(shell.stage());
        if (file == null) return;
        openPackage(shell, file.toPath());
    }

    /** Checks a package, shows what it holds, and imports it after confirmation (also used for a double-clicked file). */
    public static void openPackage(ShellContext shell, Path path) {
        Tasks.run(() -> {
            ExchangePackage read = ExchangePackage.read(path);
            new TrustedUnits(shell.app().database()).verify(read); // an unknown or forged signer is refused before asking
            return read;
        }, pkg -> {
            String text = I18n.t("exchange.confirm", path.getFileName(), pkg.unitName() == null ? "" : pkg.unitName(),
                    pkg.unitCode(), Fmt.count(pkg.procedures().size()), Fmt.count(pkg.dossiers().size()),
                    pkg.appVersion(), pkg.createdAt());
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(I18n.t("exchange.import"));
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
            Tasks.run(() -> new ExchangeService(shell.app().database()).importPackage(pkg, path.getFileName().toString(),
                    LocalDateTime.now(AppContext.VIETNAM)), report -> done(shell, report), ExchangeActions::failed);
        }, ExchangeActions::failed);
    }

    /** A refused package is told with its reason in the screen's language where one is written. */
    private static void failed(Throwable err) {
        if (err instanceof PackageRejectedException p) {
            error(I18n.t("exchange.rejected", p.key() == null ? p.getMessage() : I18n.t("exchange.reason." + p.key(), p.args())));
        } else {
            error(I18n.t("common.error", err.getMessage()));
        }
    }

    private static void done(ShellContext shell, MergeReport r) {
        shell.dataChanged();
        info(I18n.t("exchange.imported", r.unitCode(), r.dossiersAdded(), r.dossiersUpdated(), r.dossiersUnchanged(),
                r.conflicts(), r.proceduresAdded(), r.proceduresDiffering(), r.calendarAdded()));
        if (r.conflicts() > 0) shell.show("conflicts");
    }

    private static void info(String text) { new Alert(Alert.AlertType.INFORMATION, text).showAndWait(); }

    private static void error(String text) { new Alert(Alert.AlertType.ERROR, text).showAndWait(); }
}
