package vn.reformdesk.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.shell.MainWindow;

/**
 * The form's due-date panel follows every event typed in it, on a database whose date is the sample's 20/12/2024
 * (issue 12): received Monday 30/11/2026, supplement asked 30/11 and received Wednesday 2/12, resolved 2/12.
 * Hand-worked, N = 3, pause rule, no holiday in those weeks: due Thu 3/12, moved by the working days d with
 * 30/11 < d ≤ 2/12 (1/12, 2/12) to Mon 7/12; resolved 2/12, before it: early, as of the resolution.
 */
@ExtendWith(ApplicationExtension.class)
class DossierFormPanelTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        ctx = FxTest.context(dir.resolve("form-" + System.nanoTime()));
        ctx.register().settings().put(SettingsRepository.SAMPLE_AS_OF, "2024-12-20");
        ctx.register().procedures().save(Procedure.of("1.000003", "Thủ tục 3 ngày", AdminLevel.PROVINCE, 3, OnlineLevel.FULL));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        ctx.close();
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    /** Fills a field of the form as typed (the headless screen is smaller than the dialog, so no mouse). */
    private static void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    private static void press(FxRobot robot, String id) {
        javafx.scene.control.Button b = robot.lookup(id).queryAs(javafx.scene.control.Button.class);
        robot.interact(b::fire);
    }

    @Test
    void thePanelFollowsTheSupplementCycleAndTheResolution(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#sample-banner").queryAs(Label.class).getText()).contains("20/12/2024");
        DossiersView[] view = new DossiersView[1];
        robot.interact(() -> view[0] = (DossiersView) window.show("dossiers"));
        DossierForm[] form = new DossierForm[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> { if (form[0] == null) form[0] = view[0].openNew(); });
            return form[0] != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // a new dossier is received on the date the lists use
        assertThat(robot.lookup("#dossier-received-date").queryAs(TextField.class).getText()).isEqualTo("20/12/2024");

        type(robot, "#dossier-procedure", "1.000003");
        type(robot, "#dossier-received-date", "30/11/2026");
        type(robot, "#dossier-received-time", "09:00");
        type(robot, "#dossier-request-date", "30/11/2026");
        press(robot, "#dossier-add-request");
        assertThat(text(robot, "#dossier-preview-due")).isEqualTo("03/12/2026");
        assertThat(text(robot, "#dossier-preview-asof")).contains("30/11/2026");

        type(robot, "#dossier-supplement-date", "02/12/2026");
        press(robot, "#dossier-add-receipt");
        // the supplement counts: no longer waiting, due moved by 1/12 and 2/12
        assertThat(text(robot, "#dossier-preview-due")).isEqualTo("07/12/2026");
        assertThat(text(robot, "#dossier-preview-asof")).contains("02/12/2026");
        assertThat(text(robot, "#dossier-preview-status")).doesNotContain("Chờ bổ sung");

        type(robot, "#dossier-resolved", "02/12/2026");
        @SuppressWarnings("unchecked")
        ComboBox<Outcome> outcome = robot.lookup("#dossier-outcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.setValue(Outcome.ISSUED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#dossier-preview-due")).isEqualTo("07/12/2026");
        assertThat(text(robot, "#dossier-preview-status")).startsWith("Trước hạn");
        assertThat(text(robot, "#dossier-preview-asof")).contains("02/12/2026");
        assertThat(form[0].model().status.get()).isEqualTo(vn.reformdesk.domain.dossier.DossierStatus.EARLY);
    }
}
