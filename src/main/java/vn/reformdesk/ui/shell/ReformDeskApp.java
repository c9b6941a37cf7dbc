package vn.reformdesk.ui.shell;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.reformdesk.io.ImportWarmup;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.AppLog;
import vn.reformdesk.service.AppPaths;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.DatabaseInUseException;
import vn.reformdesk.store.NewerVersionException;
import vn.reformdesk.store.PasswordRequiredException;
import vn.reformdesk.store.WrongPasswordException;
import vn.reformdesk.ui.backup.BackupActions;
import vn.reformdesk.ui.common.I18n;

/** The desktop application. Started through {@link vn.reformdesk.Launcher}, never directly. */
public class ReformDeskApp extends Application {
    private static volatile Path databaseFolder;
    /** The open context; replaced when a backup is restored. */
    private static volatile AppContext context;

    /** The database being opened while the toolkit starts (null when it needs a dialog first). */
    private static volatile java.util.concurrent.CompletableFuture<Database> earlyOpen;

    /** Starts the window on the database in {@code folder} (null = the user's data folder); blocks until it closes. */
    public static void launchOn(Path folder) {
        databaseFolder = folder;
        // a server needs its password asked first; this PC's file opens while the toolkit starts
        boolean onServer = folder == null && !UserPreferences.load().get(UserPreferences.SERVER, "").isBlank();
        earlyOpen = onServer ? null : openEarly(folder != null ? folder : AppPaths.defaultDatabase());
        Application.launch(ReformDeskApp.class);
    }

    /**
     * Opens an existing database without a password on its own thread while JavaFX starts (both take a good part
     * of a second). Only when no dialog can come first: a new database may get a password, a protected one asks
     * for it; those are opened in {@link #start} as before. Any failure is told there, as if opened there.
     */
    static java.util.concurrent.CompletableFuture<Database> openEarly(Path folder) {
        if (!Database.exists(folder) || Database.isEncrypted(folder)) return null;
        return openAside(folder, null, () -> {
            try {
                vn.reformdesk.ui.charts.Charts.warmUp(); // meanwhile the JavaFX thread builds the window
            } catch (RuntimeException | LinkageError e) {
                AppLog.get(ReformDeskApp.class).fine("chart warm-up: " + e);
            }
        });
    }


    @Override
    public void start(Stage stage) {
        UserPreferences prefs = UserPreferences.load(databaseFolder);
        I18n.setLocale(prefs.locale());
        vn.reformdesk.ui.presentation.Display.remember(prefs); // the windows before the main one take its look
        vn.reformdesk.ui.common.DialogButtons.install(); // before the first dialog (password, new database)
        Path folder = databaseFolder != null ? databaseFolder : AppPaths.defaultDatabase();
        java.util.concurrent.CompletableFuture<Database> early = earlyOpen;
        earlyOpen = null;
        // the first start (no database, no server chosen): this PC, or the province's server
        if (early == null && RegisterChoice.shouldAsk(databaseFolder, folder, prefs)) {
            if (RegisterChoice.ask(prefs).isEmpty()) {
                Platform.exit();
                return;
            }
        }
        String server = databaseFolder == null ? prefs.get(UserPreferences.SERVER, "").trim() : "";
        Database db = server.isEmpty() ? openDatabase(folder, early) : openServer(server);
        if (db == null) return;
        context = new AppContext(db, prefs);
        vn.reformdesk.ui.backup.ExitBackup.install(stage, () -> context, Platform::exit);
        MainWindow window = showMain(context, stage);
        StartupTimer.windowShown(stage.getScene());
        AppContext app = context;
        if (window.currentView() instanceof vn.reformdesk.ui.dashboard.DashboardView dashboard) {
            StartupTimer.whenFiguresShown(dashboard);
        }
        window.whenFirstScreenShown(() -> afterFirstScreen(app));
        FirstStart.offer(context, stage, window);
    }

    /** Builds the main window on an open context; also used by the UI tests. */
    public static MainWindow showMain(AppContext context, Stage stage) {
        vn.reformdesk.ui.common.DialogButtons.install();
        MainWindow window = new MainWindow(context, stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1366, screen.getWidth());
        double h = Math.min(768, screen.getHeight());
        stage.setScene(window.scene(w, h));
        stage.setTitle(I18n.t("app.title"));
        stage.show();
        return window;
    }

    /**
     * Opens the database on a thread of its own, which then runs {@code afterwards}: the JavaFX thread meanwhile starts
     * the toolkit, or says that a long open (an upgrade) is under way ({@link OpeningNotice}).
     */
    private static java.util.concurrent.CompletableFuture<Database> openAside(Path folder, char[] password,
                                                                           Runnable afterwards) {
        var opening = new java.util.concurrent.CompletableFuture<Database>();
        Thread t = new Thread(() -> {
            try {
                opening.complete(Database.open(folder, password));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e); // told as Database.open threw it (Futures.result)
            }
            afterwards.run();
        }, "reformdesk-open-database");
        t.setDaemon(true);
        t.start();
        return opening;
    }

    /**
     * Opens the database, asking for a password when the file is protected (three tries) and, for a new
     * database, whether to protect it. Every failure is told in words; null means the app should close.
     */
    private static Database openDatabase(Path folder, java.util.concurrent.CompletableFuture<Database> early) {
        boolean interactive = !Boolean.getBoolean("reformdesk.noFirstStart");
        char[] password = null;
        if (early == null && !Database.exists(folder) && interactive) password = DatabaseDialogs.newDatabasePassword();
        int tries = 0;
        String prompt = I18n.t("db.unlock", folder);
        while (true) {
            try {
                java.util.concurrent.CompletableFuture<Database> opening = early;
                early = null; // a retry (with a password) opens here
                if (opening == null) opening = openAside(folder, password, () -> { });
                return OpeningNotice.await(opening); // failures as Database.open threw them
            } catch (PasswordRequiredException | WrongPasswordException e) {
                if (e instanceof WrongPasswordException) prompt = I18n.t("db.wrongPassword");
                if (++tries > 3 || !interactive) {
                    fail(I18n.t("db.cannotOpen", folder, I18n.t("db.wrongPassword")));
                    return null;
                }
                var answer = DatabaseDialogs.password(prompt);
                if (answer.isEmpty()) {
                    Platform.exit();
                    return null;
                }
                password = answer.get();
            } catch (DatabaseInUseException e) {
                fail(I18n.t("db.inUse", folder));
                return null;
            } catch (NewerVersionException e) {
                fail(I18n.t("db.newerVersion", folder));
                return null;
            } catch (DatabaseException e) {
                fail(I18n.t("db.cannotOpen", folder, e.getMessage()));
                return null;
            }
        }
    }

    /**
     * Connects to the shared server named in the settings, asking the login's password (three tries; never stored).
     * Null means the app should close.
     */
    private static Database openServer(String address) {
        vn.reformdesk.store.ServerAddress where;
        try {
            where = vn.reformdesk.store.ServerAddress.parse(address, System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            fail(I18n.t("db.cannotOpen", address, e.getMessage()));
            return null;
        }
        boolean interactive = !Boolean.getBoolean("reformdesk.noFirstStart");
        String prompt = I18n.t("db.serverPassword", where.user(), where.host(), where.database());
        for (int tries = 0; ; tries++) {
            char[] password = null;
            if (interactive) {
                var answer = DatabaseDialogs.password(prompt);
                if (answer.isEmpty()) {
                    Platform.exit();
                    return null;
                }
                password = answer.get();
            }
            try {
                return Database.connect(where, password);
            } catch (WrongPasswordException e) {
                if (tries >= 2 || !interactive) {
                    fail(I18n.t("db.cannotOpen", where, e.getMessage()));
                    return null;
                }
                prompt = I18n.t("db.wrongPassword");
            } catch (DatabaseException e) {
                fail(I18n.t("db.cannotOpen", where, e.getMessage()));
                return null;
            } finally {
                if (password != null) java.util.Arrays.fill(password, ' ');
            }
        }
    }

    /** Reopens the database in {@code folder} in the same window (after a restore replaced the file). */
    public static void reopen(Stage stage, Path folder, char[] password) {
        UserPreferences prefs = UserPreferences.load(folder);
        context = new AppContext(Database.open(folder, password), prefs);
        showMain(context, stage);
    }

    /**
     * In the background once the first screen is shown: a rehearsed import, so that the officer's first import of the
     * session does not wait for the code to be compiled (ImportWarmup, a fraction of a second; nothing is kept), then
     * at most one automatic backup a day, so a power cut loses at most a day of work.
     */
    private static void afterFirstScreen(AppContext app) {
        ImportWarmup rehearsal = new ImportWarmup(app.database(), java.time.LocalDate.now(AppContext.VIETNAM));
        startRehearsal = rehearsal;
        vn.reformdesk.ui.common.Tasks.run(() -> inTheBackground(app, rehearsal), f -> { }, e -> { });
    }

    /** {@link #afterFirstScreen}'s work, off the JavaFX thread: the rehearsal, then the daily backup (its file, or null). */
    static Path inTheBackground(AppContext app, ImportWarmup rehearsal) {
        try {
            long start = System.nanoTime();
            int rows = rehearsal.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            AppLog.get(ReformDeskApp.class).info(rows > 0
                    ? String.format(java.util.Locale.ROOT, "an import of %d rows rehearsed at start in %.3f s", rows, seconds)
                    : String.format(java.util.Locale.ROOT, "no import rehearsed at start (a server, no procedure yet, or"
                            + " the app closing; %.3f s)", seconds));
        } catch (RuntimeException e) {
            // only the first import's speed is at stake: the backup goes ahead
            AppLog.get(ReformDeskApp.class).log(java.util.logging.Level.INFO, "the import's rehearsal at start failed", e);
        }
        return BackupActions.automatic(app, false);
    }

    private static void fail(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(I18n.t("app.title"));
        alert.showAndWait();
        Platform.exit();
    }

    /** The start's rehearsed import (null before the first screen): stopped before the register closes. */
    private static volatile ImportWarmup startRehearsal;

    @Override
    public void stop() {
        ImportWarmup rehearsal = startRehearsal;
        if (rehearsal != null) rehearsal.stop(); // closing must not cut it off (a fraction of a second at most)
        AppContext app = context;
        if (app == null) return;
        try {
            // Usually already made in sight by ExitBackup when the window closed; then nothing is new here.
            if (!vn.reformdesk.ui.backup.ExitBackup.skipped()) BackupActions.automatic(app, true);
        } catch (RuntimeException e) {
            System.err.println("Backup on exit failed: " + e.getMessage());
        }
        app.close();
    }
}
