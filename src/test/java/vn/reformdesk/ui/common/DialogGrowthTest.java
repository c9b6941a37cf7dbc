package vn.reformdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Every dialog opens no wider than the screen and grows with what appears in it later, its buttons in sight. */
@ExtendWith(ApplicationExtension.class)
class DialogGrowthTest {
    @Start
    void start(Stage stage) {
        DialogButtons.install();
        stage.setScene(new javafx.scene.Scene(new VBox(), 200, 100));
        stage.show();
    }

    @Test
    void aDialogWiderThanTheScreenOpensWithinItAndGrowsWithALateMessage(FxRobot robot) throws Exception {
        Region wide = new Region();
        wide.setPrefSize(5_000, 200); // wider than any screen
        VBox content = new VBox(wide);
        @SuppressWarnings("unchecked")
        Dialog<Void>[] made = new Dialog[1];
        robot.interact(() -> {
            Dialog<Void> dialog = new Dialog<>();
            made[0] = dialog;
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Dialog<Void> dialog = made[0];
        Window window = dialog.getDialogPane().getScene().getWindow();
        double screen = Screen.getPrimary().getVisualBounds().getWidth();
        assertThat(window.getWidth()).isLessThanOrEqualTo(screen);

        // a message that appears later (validation under a field): the window grows, the button stays inside it
        double before = window.getHeight();
        robot.interact(() -> {
            Label late = new Label("Một dòng xuất hiện sau");
            late.setMinHeight(150);
            content.getChildren().add(late);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.getHeight() > before);
        WaitForAsyncUtils.waitForFxEvents();
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Bounds b = ok.localToScene(ok.getBoundsInLocal());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(window.getScene().getHeight());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(window.getScene().getWidth());
        robot.interact(dialog::close);
    }
}
