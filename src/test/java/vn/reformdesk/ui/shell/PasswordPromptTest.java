package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;

/** The password question of a protected register waits for a password: Enter on an empty field does not give up. */
@ExtendWith(ApplicationExtension.class)
class PasswordPromptTest {
    @org.junit.jupiter.api.BeforeEach
    void vietnamese() { vn.reformdesk.ui.common.I18n.setLocale(new java.util.Locale("vi")); }

    @Test
    void enterOnAnEmptyFieldKeepsTheQuestionOpen(FxRobot robot) throws Exception {
        PasswordField field = new PasswordField();
        Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = DatabaseDialogs.passwordDialog("Sổ đăng ký có mật khẩu", field);
            d.show();
            field.requestFocus();
            return d;
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled()).isTrue();

        robot.clickOn(field).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("an empty password is not an answer").isTrue();

        robot.write("matkhau").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(dialog.getResult()).isEqualTo(ButtonType.OK);
        assertThat(field.getText()).isEqualTo("matkhau");
    }
}
