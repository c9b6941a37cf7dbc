package vn.reformdesk.support;

import java.nio.file.Path;

import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.shell.MainWindow;
import vn.reformdesk.ui.shell.ReformDeskApp;

/** Opens the real main window on a temporary database for TestFX tests (headless Monocle in Maven). */
public final class FxTest {
    private FxTest() {}

    public static MainWindow openMainWindow(AppContext ctx, Stage stage) {
        I18n.setLocale(new java.util.Locale("vi"));
        return ReformDeskApp.showMain(ctx, stage);
    }

    public static AppContext context(Path dir) { return TestDb.context(dir); }
}
