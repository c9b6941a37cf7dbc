package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

@ExtendWith(ApplicationExtension.class)
class FirstStartTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = FxTest.context(dir.resolve("first-start-" + System.nanoTime()));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void offeredOnlyOnAnEmptyDatabaseNotDeclinedAndNotSwitchedOff(@TempDir Path other) {
        try (AppContext c = TestDb.context(other)) {
            FirstStart.Model model = new FirstStart.Model(c);
            assertThat(model.shouldOffer()).isTrue();
            System.setProperty(FirstStart.NO_FIRST_START_PROPERTY, "true");
            try {
                assertThat(model.shouldOffer()).isFalse();
            } finally {
                System.clearProperty(FirstStart.NO_FIRST_START_PROPERTY);
            }
            model.decline();
            assertThat(model.shouldOffer()).isFalse();
        }
        try (AppContext c = TestDb.context(other.resolve("with-procedure"))) {
            c.register().procedures().save(Procedure.of("1.000001", "Thủ tục", AdminLevel.PROVINCE, 5,
                    OnlineLevel.FULL));
            assertThat(new FirstStart.Model(c).shouldOffer()).isFalse();
        }
    }

    @Test
    void startingEmptyIsRemembered(FxRobot robot) throws Exception {
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> {
            Stage d = FirstStart.dialog(new FirstStart.Model(ctx), stage, window);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#first-start-empty");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(new FirstStart.Model(ctx).shouldOffer()).isFalse();
        assertThat(ctx.register().procedures().count()).isZero();
    }

    @Test
    void loadingTheSampleRefreshesTheMainWindow(FxRobot robot) throws Exception {
        // English screenshot first, then the Vietnamese dialog that is used.
        I18n.setLocale(Locale.ENGLISH);
        Stage en = WaitForAsyncUtils.asyncFx(() -> {
            Stage d = FirstStart.dialog(new FirstStart.Model(ctx), stage, window);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(en.getScene().getRoot(), "sample-first-start-en.png");
        WaitForAsyncUtils.asyncFx(en::close).get(10, TimeUnit.SECONDS);
        I18n.setLocale(new Locale("vi"));

        Stage dialog = WaitForAsyncUtils.asyncFx(() -> {
            Stage d = FirstStart.dialog(new FirstStart.Model(ctx), stage, window);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(dialog.getScene().getRoot(), "sample-first-start-vi.png");
        robot.clickOn("#first-start-load");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.register().procedures().count()).isEqualTo(152);
        assertThat(ctx.register().dossiers().count()).isEqualTo(10_732);
        Label status = robot.lookup("#status-line").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().contains("20/12/2024"));
        assertThat(status.getText()).contains("20/12/2024");
        assertThat(new FirstStart.Model(ctx).shouldOffer()).isFalse();
        // The dashboard follows the sample's date instead of staying on an empty quarter of the real year.
        var period = robot.lookup("#dashboard-period").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2024-Q4".equals(String.valueOf(period.getValue())));
    }

    private static void snapshot(Node node, String name) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Path folder = vn.reformdesk.support.Screenshots.folder();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(folder.toFile(), name));
    }
}
