package vn.reformdesk.ui.help;

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
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;

/** F1 in the main window opens the Vietnamese user guide, with its headings and screenshots. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    @TempDir
    static Path dir;
    AppContext ctx;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("help-" + System.nanoTime()));
        FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void f1OpensTheGuide(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage guide = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Hướng dẫn sử dụng ReformDesk".equals(s.getTitle()))
                .findFirst().orElseThrow();
        assertThat(guide.isShowing()).isTrue();
        var root = guide.getScene().getRoot();
        assertThat(robot.from(root).lookup((Label l) -> l.getText().equals("1. Bắt đầu")).tryQuery()).isPresent();
        assertThat(robot.from(root).lookup((Label l) -> l.getText().equals("11. Sau khi mất điện")).tryQuery()).isPresent();
        var images = robot.from(root).lookup((ImageView v) -> v.getImage() != null && !v.getImage().isError()).queryAll();
        assertThat(images).hasSizeGreaterThanOrEqualTo(10);
        vn.reformdesk.support.Screenshots.write(root, "help-guide-vi.png");

        robot.interact(() -> HelpWindow.show(null)); // again: the same window, not a second one
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Hướng dẫn sử dụng ReformDesk".equals(s.getTitle()))).hasSize(1);
        robot.interact(guide::close);
    }
}
