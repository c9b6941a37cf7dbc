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
import vn.reformdesk.domain.period.Period;
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

    @Test
    void whileFiguresAreComputedTheTableSaysSoAndTheOldFiguresFade(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        DashboardView dashboard = (DashboardView) window.currentView();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !dashboard.showsComputing());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#dashboard-top").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.Node tiles = robot.lookup("#dashboard-tiles").query();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .isEqualTo(vn.reformdesk.ui.common.I18n.t("dashboard.topProcedures.empty"));
        assertThat(tiles.getOpacity()).isEqualTo(1.0);

        // The next load of the same figures finds a computation in progress (AppContext.cached) and waits for it.
        Period period = dashboard.viewModel().periodProperty().get();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ctx.register().settings().put(vn.reformdesk.store.SettingsRepository.DUE_SOON_DAYS, "3"); // figures stale
        var slow = java.util.concurrent.CompletableFuture.runAsync(() -> ctx.cached(
                DashboardLoader.key(vn.reformdesk.domain.unit.UnitScope.ALL, period, ctx.asOf(), DashboardData.TOP), () -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return DashboardLoader.compute(ctx, period, ctx.asOf(), DashboardData.TOP);
                }));
        Thread.sleep(200);
        robot.interact(dashboard::refresh);
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .isEqualTo(vn.reformdesk.ui.common.I18n.t("dashboard.loading"));
        assertThat(dashboard.showsComputing()).isTrue();
        assertThat(tiles.getOpacity()).isLessThan(1.0);

        release.countDown();
        slow.get();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !dashboard.showsComputing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .isEqualTo(vn.reformdesk.ui.common.I18n.t("dashboard.topProcedures.empty"));
        assertThat(tiles.getOpacity()).isEqualTo(1.0);
    }
}
