package vn.reformdesk.ui.backup;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.AppLog;
import vn.reformdesk.store.BackupService;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;

/**
 * The backup on exit, in sight. At a million dossiers it takes half a minute or more; made in {@code stop()} after
 * the window had gone, it kept the database busy unseen, and starting ReformDesk again meanwhile said the database
 * was open in another window. Closing the main window now shows what is happening while the backup runs in the
 * background, then exits; "close now" exits at once without it (the database itself is complete, and the shutdown
 * abandons the unfinished copy, whose part file the next automatic backup removes).
 */
public final class ExitBackup {
    /** Set when the officer closed without waiting: {@code stop()} must not start the backup again. */
    private static volatile boolean skipped;

    private ExitBackup() {}

    /**
     * Makes closing {@code main} back up first when something was written since the newest automatic
     * backup; {@code exit} ends the app (Platform.exit; the tests pass their own).
     */
    public static void install(Stage main, java.util.function.Supplier<AppContext> app, Runnable exit) {
        main.setOnCloseRequest(e -> {
            AppContext current = app.get(); // a restore replaces the context in the same window
            // nothing written since the newest automatic backup, in this session or an earlier one: close at once
            if (current == null || !new BackupService(current.database()).changedSinceNewestAutoBackup()) return;
            e.consume();
            show(main, current, exit);
        });
    }

    /**
     * Something was written: the dashboard's stored figures are out of date. Counting them now, before the backup
     * (a second at a million dossiers, nothing at a department's size), saves the next start from doing it.
     */
    private static void storeFiguresForNextStart(AppContext app) {
        try {
            app.register().storeDashboardFigures(app.asOf());
        } catch (RuntimeException e) {
            AppLog.get(ExitBackup.class).warning("figures for the next start not stored: " + e.getMessage());
        }
    }

    /** Whether the officer chose to close without the backup on exit. */
    public static boolean skipped() { return skipped; }

    /** For the tests, which close more than once in one process. */
    static void forgetSkip() { skipped = false; }

    static Stage show(Stage main, AppContext app, Runnable exit) {
        Stage dialog = new Stage();
        dialog.initOwner(main);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(I18n.t("app.title"));
        dialog.setResizable(false);

        Label text = new Label(I18n.t("backup.onExit.running"));
        text.setId("exit-backup-text");
        text.setWrapText(true);
        text.setMaxWidth(440);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label elapsed = new Label(I18n.t("backup.onExit.elapsed", 0));
        elapsed.setId("exit-backup-elapsed");
        int[] seconds = {0};
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1),
                ev -> elapsed.setText(I18n.t("backup.onExit.elapsed", ++seconds[0]))));
        clock.setCycleCount(Timeline.INDEFINITE);
        Button closeNow = new Button(I18n.t("backup.onExit.skip"));
        closeNow.setId("exit-backup-skip");
        HBox buttons = new HBox(10, elapsed, new javafx.scene.layout.Region(), closeNow);
        HBox.setHgrow(buttons.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(12, text, bar, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(480);
        Scene scene = new Scene(root);
        var css = ExitBackup.class.getResource("/css/app.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        dialog.setScene(scene);
        dialog.setOnCloseRequest(e -> e.consume()); // the choice is the button: wait, or close now

        boolean[] done = {false};
        Runnable finish = () -> {
            if (done[0]) return;
            done[0] = true;
            clock.stop();
            dialog.close();
            exit.run(); // stop() finds nothing new to back up, or that the officer skipped it
        };
        closeNow.setOnAction(e -> {
            skipped = true;
            AppLog.get(ExitBackup.class).info("closed without the backup on exit, after " + seconds[0] + " s");
            finish.run();
        });
        Tasks.run(() -> {
            storeFiguresForNextStart(app);
            return BackupActions.automatic(app, true);
        }, file -> finish.run(), err -> {
            if (skipped) return; // the shutdown of "close now" cut it off, as asked
            AppLog.get(ExitBackup.class).warning("backup on exit failed: " + err.getMessage());
            // Told, not only logged: a backup that fails at every exit (a full disk) must not go unnoticed.
            clock.stop();
            dialog.close();
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.WARNING, I18n.t("backup.onExit.failed", err.getMessage()));
            alert.setHeaderText(I18n.t("app.title"));
            alert.initOwner(main);
            alert.setOnHidden(h -> finish.run());
            alert.show();
        });
        clock.play();
        dialog.show();
        return dialog;
    }
}
