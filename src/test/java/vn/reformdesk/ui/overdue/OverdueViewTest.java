package vn.reformdesk.ui.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;

/** The board on a small database: one overdue (apology issued), one due soon, one late without an apology. */
@ExtendWith(ApplicationExtension.class)
class OverdueViewTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    OverdueView view;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("board-" + System.nanoTime()));
        BoardFixture.small(ctx);
        view = (OverdueView) FxTest.openMainWindow(ctx, stage).show("overdue");
    }

    @AfterEach
    void close() { ctx.close(); }

    private void waitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheCountsInTheTitles(FxRobot robot) throws Exception {
        waitLoaded();
        assertThat(robot.lookup("#overdue-as-of").queryAs(Label.class).getText()).isEqualTo("Tính đến 11/03/2026");
        assertThat(robot.lookup("#overdue-title-overdue").queryAs(Label.class).getText()).isEqualTo("Quá hạn (1)");
        assertThat(robot.lookup("#overdue-title-dueSoon").queryAs(Label.class).getText())
                .isEqualTo("Đến hạn trong 2 ngày làm việc (1)");
        assertThat(robot.lookup("#overdue-title-apology").queryAs(Label.class).getText())
                .isEqualTo("Trễ/quá hạn chưa có phiếu xin lỗi (1)");
        TableView<?> apology = robot.lookup("#overdue-table-apology").queryAs(TableView.class);
        assertThat(apology.getItems()).hasSize(1);
        assertThat(robot.lookup("#overdue-table-apology").lookup(".status-late").queryLabeled().getText())
                .isEqualTo("Trễ hạn");
    }

    @Test
    void exportWritesTheRowsOfAList(FxRobot robot) throws Exception {
        waitLoaded();
        Path overdue = dir.resolve("overdue-" + System.nanoTime() + ".csv");
        Path apology = dir.resolve("apology-" + System.nanoTime() + ".csv");
        AtomicReference<Task<Void>> t1 = new AtomicReference<>();
        AtomicReference<Task<Void>> t2 = new AtomicReference<>();
        robot.interact(() -> {
            t1.set(view.exportTo(BoardList.OVERDUE, overdue));
            t2.set(view.exportTo(BoardList.MISSING_APOLOGY, apology));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> t1.get().isDone() && t2.get().isDone());
        List<String> lines = Files.readAllLines(overdue, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        // the officer's file: headings and statuses in the screen's words (the machine export keeps its codes)
        assertThat(lines.get(0)).isEqualTo("\uFEFFMã hồ sơ,Mã thủ tục,Thủ tục,Người nộp,Ngày nhận,Hạn trả,Trạng thái,"
                + "Số ngày trễ,Còn lại");
        assertThat(lines.get(1)).isEqualTo("B,1.000003,Cấp Giấy chứng nhận đủ điều kiện kinh doanh,Công ty TNHH B,"
                + "2026-03-02 09:30,2026-03-05,Quá hạn,4,0");
        assertThat(Files.readAllLines(apology, StandardCharsets.UTF_8)).element(1).isEqualTo(
                "F,1.000003,Cấp Giấy chứng nhận đủ điều kiện kinh doanh,Công ty TNHH F,2026-03-02 09:30,2026-03-05,Trễ hạn,3,0");
    }
}
