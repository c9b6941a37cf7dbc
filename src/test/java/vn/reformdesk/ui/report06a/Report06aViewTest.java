package vn.reformdesk.ui.report06a;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.dossiers.DossiersView;
import vn.reformdesk.ui.overdue.BoardFixture;
import vn.reformdesk.ui.shell.MainWindow;

/** The Reports screen in the real window: the table of Q1 2026 (official), a click on a count, an export. */
@ExtendWith(ApplicationExtension.class)
class Report06aViewTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;
    Report06aView view;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("report-" + System.nanoTime()));
        BoardFixture.all(ctx);
        window = FxTest.openMainWindow(ctx, stage);
        view = (Report06aView) window.show("report06a");
    }

    @AfterEach
    void close() { ctx.close(); }

    private void waitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.viewModel().resultProperty().get() != null
                && !view.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickOnACountOpensExactlyThoseDossiers(FxRobot robot) throws Exception {
        robot.clickOn("#nav-report06a");
        robot.interact(() -> view.viewModel().periodProperty().set(Period.parse("2026-Q1")));
        waitLoaded();
        assertThat(view.table().getItems()).hasSize(3);
        assertThat(robot.lookup("#report06a-period-line").queryAs(Label.class).getText())
                .contains("Quý 1/2026", "15/12/2025", "14/03/2026");
        // the total row's column 13 (overdue at the end): A and B; the table scrolls sideways to it on a small screen
        robot.interact(() -> view.table().scrollToColumn(view.table().getVisibleLeafColumns()
                .get(view.table().getVisibleLeafColumns().size() - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#report06a-table .report06a-total .report06a-link").queryAll().stream()
                .filter(n -> "2".equals(((javafx.scene.control.Labeled) n).getText())).reduce((a, b) -> b).orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentView()).isInstanceOf(DossiersView.class);
        DossiersView dossiers = (DossiersView) window.currentView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dossiers.viewModel().loaded());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dossiers.viewModel().filtered()).extracting(r -> r.dossier().code()).containsExactlyInAnyOrder("A", "B");
        assertThat(robot.lookup("#dossiers-only-note").queryAs(Label.class).getText())
                .isEqualTo("Biểu II.06a, Quý 1/2026: Tổng cộng — cột 13 (Quá hạn)");
        robot.interact(() -> dossiers.viewModel().clearFilters());
        assertThat(dossiers.viewModel().filtered()).hasSize(9);
        assertThat(robot.lookup("#dossiers-only-note").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void exportsRunInTheBackground(FxRobot robot) throws Exception {
        waitLoaded();
        Path xlsx = dir.resolve("q4-" + System.nanoTime() + ".xlsx");
        Path csv = dir.resolve("q4-" + System.nanoTime() + ".csv");
        AtomicReference<Task<Void>> t1 = new AtomicReference<>();
        AtomicReference<Task<Void>> t2 = new AtomicReference<>();
        robot.interact(() -> {
            t1.set(view.exportTo("xlsx", xlsx));
            t2.set(view.exportTo("csv", csv));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t1.get().isDone() && t2.get().isDone());
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(Files.readString(csv)).contains("Tổng cộng,,");
    }
}
