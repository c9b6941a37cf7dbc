package vn.reformdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.shell.MainWindow;

/** The dashboard, the first screen, reads its figures once when the window opens (not twice in parallel). */
@ExtendWith(ApplicationExtension.class)
class DashboardFirstLoadTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("first-load"));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void theFirstShowLoadsOnceAndARefreshOnceMore(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        DashboardView dashboard = (DashboardView) window.currentView();
        assertThat(dashboard.loadsStarted()).isEqualTo(1);
        assertThat(dashboard.viewModel().periodProperty().get()).isNotNull();
        robot.interact(dashboard::refresh);
        assertThat(dashboard.loadsStarted()).isEqualTo(2);
    }
}
