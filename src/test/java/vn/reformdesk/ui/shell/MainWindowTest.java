package vn.reformdesk.ui.shell;

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

import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("main-window"));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void statusLineSaysHowManyDossiersAreOverdue(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#status-line").queryAs(Label.class);
        assertThat(status.getText()).contains("0 hồ sơ quá hạn");
    }

    @Test
    void standardDialogButtonsSpeakVietnamese(FxRobot robot) throws Exception {
        var alert = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION, "?");
            a.show();
            return a;
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var pane = alert.getDialogPane();
        assertThat(((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).getText())
                .isEqualTo("Đồng ý");
        assertThat(((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).getText())
                .isEqualTo("Hủy");
        assertThat(((javafx.stage.Stage) pane.getScene().getWindow()).getTitle())
                .isEqualTo(vn.reformdesk.ui.common.I18n.t("app.title")); // not JavaFX's "Confirmation"
        robot.interact(alert::close);
    }

    @Test
    void whatTheOfficerJustDidStaysWhenTheCountsAreReadAgain(FxRobot robot) throws Exception {
        Label status = robot.lookup("#status-line").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> status.getText().contains("quá hạn"));
        robot.interact(() -> {
            status.setText(""); // to see the counts come back
            window.status("Đã lưu hồ sơ 000.00.01.H15-241220-0001.");
            window.dataChanged(); // as after a save: the counts are read again in the background
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> status.getText().contains("quá hạn"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#action-line").queryAs(Label.class).getText())
                .isEqualTo("Đã lưu hồ sơ 000.00.01.H15-241220-0001.");
    }
}
