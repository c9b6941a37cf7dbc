package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ServerAddress;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

/** The first start's question, where the register lives: Enter keeps it on this PC; a server is typed and checked. */
@ExtendWith(ApplicationExtension.class)
class RegisterChoiceTest {
    @TempDir
    Path dir;
    Dialog<RegisterChoice.Choice> dialog;

    @Start
    void start(Stage stage) { I18n.setLocale(new java.util.Locale("vi")); }

    private void show(FxRobot robot) throws Exception {
        robot.interact(() -> {
            dialog = RegisterChoice.dialog();
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#where-this-pc").tryQuery().isPresent());
    }

    @Test
    void oneKeyPressKeepsTheRegisterOnThisPc(FxRobot robot) throws Exception {
        show(robot);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Sổ theo dõi được lưu ở đâu?");
        assertThat(robot.lookup("#where-host").query().isDisabled()).isTrue();
        robot.interact(() -> {
            try {
                vn.reformdesk.support.Screenshots.write(dialog.getDialogPane(), "where-register-lives-vi.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> dialog.getDialogPane().getScene().getWindow().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().thisPc()).isTrue();
    }

    @Test
    void aServerIsCheckedThenChosenWithoutAPassword(FxRobot robot) throws Exception {
        show(robot);
        robot.interact(() -> {
            robot.lookup("#where-server").queryAs(javafx.scene.control.RadioButton.class).setSelected(true);
            robot.lookup("#where-host").queryAs(TextField.class).setText("10.0.0.5");
            robot.lookup("#where-port").queryAs(TextField.class).setText("54x2");
            robot.lookup("#where-user").queryAs(TextField.class).setText("lan");
        });
        robot.interact(() -> robot.lookup("#where-continue").queryButton().fire());
        assertThat(dialog.isShowing()).isTrue(); // a port that is no number: said in words, nothing chosen
        assertThat(robot.lookup("#where-error").queryAs(Label.class).getText()).contains("cổng là một số");
        robot.interact(() -> robot.lookup("#where-port").queryAs(TextField.class).setText("5432"));
        robot.interact(() -> robot.lookup("#where-continue").queryButton().fire());
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().server()).isEqualTo(new ServerAddress("10.0.0.5", 5432, "reformdesk", "lan"));
    }

    @Test
    void askedOnlyOnTheFirstStartOfTheDefaultFolder() {
        Path folder = dir.resolve("db");
        UserPreferences prefs = new UserPreferences(dir.resolve("preferences.properties"));
        String was = System.getProperty(FirstStart.NO_FIRST_START_PROPERTY);
        System.clearProperty(FirstStart.NO_FIRST_START_PROPERTY); // as a person's start
        try {
            assertThat(RegisterChoice.shouldAsk(null, folder, prefs)).isTrue();
            assertThat(RegisterChoice.shouldAsk(dir.resolve("elsewhere"), folder, prefs)).isFalse(); // --db given
            prefs.set(UserPreferences.SERVER, "postgresql://lan@10.0.0.5:5432/reformdesk");
            assertThat(RegisterChoice.shouldAsk(null, folder, prefs)).isFalse(); // a server chosen before
            prefs.set(UserPreferences.SERVER, "");
            try (Database db = TestDb.open(dir)) {
                assertThat(RegisterChoice.shouldAsk(null, folder, prefs)).isFalse(); // a database here already
            }
            System.setProperty(FirstStart.NO_FIRST_START_PROPERTY, "true");
            assertThat(RegisterChoice.shouldAsk(null, dir.resolve("none"), prefs)).isFalse(); // the tests' starts
        } finally {
            if (was == null) System.clearProperty(FirstStart.NO_FIRST_START_PROPERTY);
            else System.setProperty(FirstStart.NO_FIRST_START_PROPERTY, was);
        }
    }
}
