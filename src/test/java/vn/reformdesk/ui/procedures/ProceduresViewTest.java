package vn.reformdesk.ui.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.shell.MainWindow;

@ExtendWith(ApplicationExtension.class)
class ProceduresViewTest {
    private static final AtomicInteger RUN = new AtomicInteger();
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("procedures-" + RUN.incrementAndGet()));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w != window.root().getScene().getWindow())
                .toList().forEach(Window::hide));
        ctx.close();
    }

    private ProceduresView show(FxRobot robot) {
        ProceduresView[] v = new ProceduresView[1];
        robot.interact(() -> v[0] = (ProceduresView) window.show("procedures"));
        WaitForAsyncUtils.waitForFxEvents();
        return v[0];
    }

    @Test
    void emptyScreenSaysHowToAddOrImport(FxRobot robot) throws Exception {
        show(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                robot.lookup("#procedures-placeholder").queryAs(Label.class).getText().contains("Tệp → Nhập dữ liệu"));
    }

    @Test
    void addsAProcedureThroughTheFormAndShowsItInTheTable(FxRobot robot) throws Exception {
        ProceduresView view = show(robot);
        robot.clickOn("#procedure-add");
        robot.clickOn("#procedure-code").write("1.003136");
        robot.clickOn("#procedure-name").write("Cấp Giấy phép hoạt động điện lực");
        robot.clickOn("#procedure-days").write("7");
        robot.clickOn("#procedure-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.table().getItems().size() == 1);
        Procedure p = view.table().getItems().get(0);
        assertThat(p.code()).isEqualTo("1.003136");
        assertThat(p.processingDays()).isEqualTo(7);
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(n ->
                assertThat(((javafx.scene.control.Labeled) n).getText()).isEqualTo("Cấp Giấy phép hoạt động điện lực"));
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(n ->
                assertThat(((javafx.scene.control.Labeled) n).getText()).isEqualTo("Miễn phí"));
        assertThat(ctx.register().procedures().findByCode("1.003136")).isPresent();
    }

    @Test
    void refusesANegativeProcessingTimeWithAVisibleMessage(FxRobot robot) {
        show(robot);
        robot.clickOn("#procedure-add");
        robot.clickOn("#procedure-code").write("1.003136");
        robot.clickOn("#procedure-name").write("Cấp Giấy phép hoạt động điện lực");
        robot.clickOn("#procedure-days").write("-3");
        robot.clickOn("#procedure-save");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#procedure-days-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Không được là số âm (-3); nhập số nguyên từ 0 trở lên.");
        assertThat(robot.lookup("#procedure-days").queryAs(TextField.class).getText()).isEqualTo("-3");
        assertThat(robot.lookup("#procedure-save").tryQuery()).isPresent(); // the form is still open
        assertThat(ctx.register().procedures().count()).isZero();
    }

    @Test
    void refusesToDeleteAProcedureWithDossiersAndSaysHowMany(FxRobot robot) throws Exception {
        Procedure p = ctx.register().procedures().save(Procedure.of("2.001254", "Đăng ký thực hiện khuyến mại",
                AdminLevel.PROVINCE, 3, OnlineLevel.FULL));
        for (int i = 1; i <= 2; i++) {
            ctx.register().dossiers().save(Dossier.received("HS-" + i, p.code(), "Nguyễn Văn An", Channel.ONLINE,
                    LocalDateTime.of(2026, 3, 2, 9, 0)));
        }
        ProceduresView view = show(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.table().getItems().size() == 1);
        robot.interact(() -> view.deleteConfirmed(p));
        assertThat(view.message().getText())
                .isEqualTo("Không xóa được thủ tục 2.001254: có 2 hồ sơ thuộc thủ tục này. Hãy xóa hoặc chuyển các hồ sơ đó trước.");
        assertThat(ctx.register().procedures().count()).isEqualTo(1);
    }
}
