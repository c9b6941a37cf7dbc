package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import picocli.CommandLine;
import vn.reformdesk.cli.RootCommand;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.support.LayoutGuard;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.presentation.Display;
import vn.reformdesk.ui.procedures.ProcedureForm;

/**
 * Every screen and the main dialogs on the sample department at 1024×768 and at 150 %, in Vietnamese and in English:
 * no text cut without its tooltip, no button outside its window. 150 % is checked at 1280×768, narrower than an
 * office laptop's 1366, because Monocle's headless screen is 1280×800 and a window beyond it fails to draw.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutGuardTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    Stage stage;

    @BeforeAll
    static void sample() {
        CommandLine cl = RootCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("sample", "--db", dir.resolve("db").toString())).as(err.toString()).isZero();
        ctx = FxTest.context(dir);
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
        vn.reformdesk.ui.common.Look.set(100, false); // the windows of the next test classes open at 100 %
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    record Setting(Locale locale, double width, double height, int scale) {
        @Override
        public String toString() { return locale.getLanguage() + " " + (int) width + "×" + (int) height + " " + scale + " %"; }
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting(new Locale("vi"), 1024, 768, 100),
            new Setting(new Locale("vi"), 1280, 768, 150),
            new Setting(Locale.ENGLISH, 1024, 768, 100),
            new Setting(Locale.ENGLISH, 1280, 768, 150));

    @Test
    void everyScreenReadsWhole(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Setting s : SETTINGS) {
            MainWindow window = open(robot, s);
            for (Screen screen : Screens.all()) {
                robot.interact(() -> window.show(screen.id()));
                settle();
                problems.addAll(check(robot, stage.getScene(), s + " " + screen.id()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theProcedureFormKeepsItsButtonsWithMessages(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Setting s : SETTINGS) {
            open(robot, s);
            ProcedureForm form = WaitForAsyncUtils.asyncFx(() -> {
                ProcedureForm f = new ProcedureForm(stage, null, Set.of("1"), (p, base) -> p);
                f.dialog().getDialogPane().setStyle(Display.rootStyle(s.scale()));
                f.show(p -> { });
                return f;
            }).get(60, TimeUnit.SECONDS);
            settle();
            robot.interact(() -> {
                var pane = form.dialog().getDialogPane();
                ((javafx.scene.control.TextField) pane.lookup("#procedure-code")).setText("1");
                ((javafx.scene.control.TextField) pane.lookup("#procedure-days")).setText("-3 ngày");
                ((javafx.scene.control.TextField) pane.lookup("#procedure-fee")).setText("nhiều");
                ((javafx.scene.control.TextField) pane.lookup("#procedure-cutoff")).setText("25:99");
            });
            Button save = (Button) form.dialog().getDialogPane().lookupButton(form.dialog().getDialogPane().getButtonTypes().get(0));
            robot.interact(save::fire); // refused: four messages under their fields
            settle();
            Scene scene = form.dialog().getDialogPane().getScene();
            problems.addAll(check(robot, scene, s + " procedure form"));
            double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
            assertThat(scene.getWindow().getHeight()).as(s + " procedure form height").isLessThanOrEqualTo(screen);
            robot.interact(() -> form.dialog().close());
        }
        assertThat(problems).isEmpty();
    }

    MainWindow open(FxRobot robot, Setting s) throws Exception {
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            I18n.setLocale(s.locale());
            MainWindow w = ReformDeskApp.showMain(ctx, stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(s.width());
            stage.setHeight(s.height());
            Display.apply(stage.getScene(), s.scale(), Display.LIGHT);
            return w;
        }).get(60, TimeUnit.SECONDS);
        settle();
        return window;
    }

    /** Until the screen's background loading is done and laid out (no fixed pause: it waits for the work itself). */
    static void settle() {
        for (int round = 0; round < 3; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            for (int i = 0; i < 600 && Tasks.pending() > 0; i++) sleep();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    static List<String> check(FxRobot robot, Scene scene, String where) throws Exception {
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return LayoutGuard.problems(scene);
        }).get(60, TimeUnit.SECONDS);
        return found.stream().map(p -> where + ": " + p).toList();
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
