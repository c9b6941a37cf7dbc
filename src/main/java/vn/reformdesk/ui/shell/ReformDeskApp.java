package vn.reformdesk.ui.shell;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.AppPaths;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.DatabaseInUseException;
import vn.reformdesk.ui.common.I18n;

/** The desktop application. Started through {@link vn.reformdesk.Launcher}, never directly. */
public class ReformDeskApp extends Application {
    private static volatile Path databaseFolder;
    private AppContext context;

    /** Starts the window on the database in {@code folder} (null = the user's data folder); blocks until it closes. */
    public static void launchOn(Path folder) {
        databaseFolder = folder;
        Application.launch(ReformDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        UserPreferences prefs = UserPreferences.load();
        I18n.setLocale(prefs.locale());
        Path folder = databaseFolder != null ? databaseFolder : AppPaths.defaultDatabase();
        Database db;
        try {
            db = Database.open(folder);
        } catch (DatabaseInUseException e) {
            fail(I18n.t("db.inUse", folder));
            return;
        } catch (DatabaseException e) {
            fail(I18n.t("db.cannotOpen", folder, e.getMessage()));
            return;
        }
        context = new AppContext(db, prefs);
        MainWindow window = showMain(context, stage);
        FirstStart.offer(context, stage, window);
    }

    /** Builds the main window on an open context; also used by the UI tests. */
    public static MainWindow showMain(AppContext context, Stage stage) {
        MainWindow window = new MainWindow(context, stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1366, screen.getWidth());
        double h = Math.min(768, screen.getHeight());
        stage.setScene(window.scene(w, h));
        stage.setTitle(I18n.t("app.title"));
        stage.show();
        return window;
    }

    private static void fail(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(I18n.t("app.title"));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (context != null) context.close();
    }
}
