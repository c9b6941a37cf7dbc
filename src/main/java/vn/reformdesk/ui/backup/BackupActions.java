package vn.reformdesk.ui.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import vn.reformdesk.store.BackupException;
import vn.reformdesk.store.BackupInfo;
import vn.reformdesk.store.BackupService;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.shell.ReformDeskApp;
import vn.reformdesk.ui.shell.ShellContext;

/** File menu: back up now (to any folder or USB stick) and restore from a backup file. */
public final class BackupActions {
    public static final String KEEP = "backup.keep";
    public static final int DEFAULT_KEEP = 10;

    private BackupActions() {}

    public static List<MenuItem> menuItems(ShellContext shell) {
        MenuItem backup = new MenuItem(I18n.t("backup.now"));
        backup.setOnAction(e -> backupNow(shell));
        MenuItem restore = new MenuItem(I18n.t("backup.restore"));
        restore.setOnAction(e -> restore(shell));
        return List.of(backup, restore);
    }

    /**
     * The daily automatic backup (skipped when today's exists) or the one on exit (forced). One at a time: the daily
     * one runs in the background once the dashboard shows, and a quick exit must not write the same file with it.
     */
    public static synchronized Path automatic(AppContext app, boolean onExit) {
        int keep = app.register().settings().getInt(KEEP, DEFAULT_KEEP);
        return backups(app).autoBackup(keep, LocalDateTime.now(AppContext.VIETNAM), onExit);
    }

    /** The register's backups, kept with its preferences and logs (the data folder, or the folder given by --db). */
    public static BackupService backups(AppContext app) {
        return new BackupService(app.database(), vn.reformdesk.service.AppPaths.backups(app.preferences().folder()));
    }

    private static void backupNow(ShellContext shell) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("backup.chooseFolder"));
        var folder = chooser.showDialog(shell.stage());
        if (folder == null) return;
        shell.status(I18n.t("backup.running"));
        Tasks.run(() -> backups(shell.app()).backupTo(folder.toPath(), "",
                        LocalDateTime.now(AppContext.VIETNAM)),
                file -> {
                    shell.status(I18n.t("backup.done", file));
                    alert(Alert.AlertType.INFORMATION, "backup.title", I18n.t("backup.done", file));
                },
                err -> alert(Alert.AlertType.ERROR, "backup.title", I18n.t("backup.failed", err.getMessage())));
    }

    private static void restore(ShellContext shell) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("backup.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("backup.fileType"), "*.zip"));
        chooser.setInitialDirectory(existing(backups(shell.app()).autoFolder()));
        var file = chooser.showOpenDialog(shell.stage());
        if (file == null) return;
        Path zip = file.toPath();
        char[] password = shell.app().database().password();
        Tasks.run(() -> BackupService.inspect(zip, password), info -> confirmRestore(shell, info),
                err -> alert(Alert.AlertType.ERROR, "backup.restoreTitle", explain(err)));
    }

    private static java.io.File existing(Path folder) {
        java.io.File f = folder.toFile();
        return f.isDirectory() ? f : null;
    }

    private static void confirmRestore(ShellContext shell, BackupInfo info) {
        String unit = info.unitName() == null ? I18n.t("common.unknown") : info.unitName();
        String text = I18n.t("backup.confirm", info.file().getFileName(), unit, Fmt.count(info.procedures()),
                Fmt.count(info.dossiers()), Fmt.date(info.newestDossier()),
                Fmt.dateTime(LocalDateTime.ofInstant(info.written(), AppContext.VIETNAM)));
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(I18n.t("backup.restore"));
        alert.setTitle(I18n.t("backup.restoreTitle"));
        if (alert.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        AppContext app = shell.app();
        Path dbFolder = app.database().folder();
        Path safetyFolder = backups(app).autoFolder();
        char[] password = app.database().password();
        app.close();
        try {
            Path safety = BackupService.restore(info.file(), dbFolder, safetyFolder, LocalDateTime.now(AppContext.VIETNAM),
                    password);
            ReformDeskApp.reopen(shell.stage(), dbFolder, password);
            alert(Alert.AlertType.INFORMATION, "backup.restoreTitle", I18n.t("backup.restored", safety));
        } catch (BackupException e) {
            ReformDeskApp.reopen(shell.stage(), dbFolder, password);
            alert(Alert.AlertType.ERROR, "backup.restoreTitle", explain(e));
        }
    }

    /** A message titled with what was being done ("Sao lưu dữ liệu"), not JavaFX's "Message". */
    private static void alert(Alert.AlertType type, String titleKey, String text) {
        Alert a = new Alert(type, text);
        a.setTitle(I18n.t(titleKey));
        a.setHeaderText(null);
        a.showAndWait();
    }

    static String explain(Throwable err) {
        if (err instanceof BackupException b) {
            return I18n.t("backup.error." + b.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
        return I18n.t("backup.failed", err.getMessage());
    }

    /** For the settings: how many automatic backups to keep. */
    public static int keep(SettingsRepository settings) { return settings.getInt(KEEP, DEFAULT_KEEP); }
}
