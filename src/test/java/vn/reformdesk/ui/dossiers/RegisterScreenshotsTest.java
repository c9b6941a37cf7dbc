package vn.reformdesk.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.procedures.ProceduresView;
import vn.reformdesk.ui.shell.MainWindow;

/**
 * Screenshots of the procedures and dossiers screens and the dossier form at 1366×768 with a small register.
 * Written to target/screenshots; -Dreformdesk.screenshots=true refreshes assets/screenshots for the README.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenshotsTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100)); // owner of the dialogs
        ctx = FxTest.context(dir.resolve("shots"));
        RegisterTestData.seed(ctx);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        I18n.setLocale(new Locale("vi"));
        ctx.close();
    }

    private static Path out() throws java.io.IOException { return vn.reformdesk.support.Screenshots.folder(); }

    private MainWindow open(FxRobot robot, Locale locale) {
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            I18n.setLocale(locale);
            w[0] = new MainWindow(ctx, stage);
            // the headless screen is 1280×800, so the 1366×768 scene is drawn off-screen (Scene.snapshot lays it out)
            w[0].scene(1366, 768);
            stage.show();
        });
        return w[0];
    }

    private static void save(FxRobot robot, Node node, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = node.getScene().getRoot() == node ? node.getScene().snapshot(null) : node.snapshot(null, null));
        Files.createDirectories(out());
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out().resolve(name).toFile());
        assertThat(out().resolve(name)).exists();
    }

    private void screens(FxRobot robot, Locale locale, String suffix, boolean form) throws Exception {
        MainWindow w = open(robot, locale);
        DossiersView[] dv = new DossiersView[1];
        robot.interact(() -> {
            dv[0] = (DossiersView) w.show("dossiers");
            dv[0].refresh();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dv[0].table().getItems().size() == 22);
        save(robot, w.root(), "dossiers-" + suffix + ".png");

        if (form) {
            DossierForm[] f = new DossierForm[1];
            robot.interact(() -> {
                // an overdue dossier across Tết with an apology letter; a supplementation cycle typed in the form
                var row = dv[0].table().getItems().stream()
                        .filter(r -> r.dossier().apologyOn() != null && !r.dossier().resolved())
                        .findFirst().orElse(dv[0].table().getItems().get(0));
                f[0] = dv[0].openEdit(row);
                DossierFormModel m = f[0].model();
                m.requestDate.set(vn.reformdesk.ui.common.Fmt.date(row.dossier().receivedOn().plusDays(3)));
                m.addRequest();
                m.supplementDate.set(vn.reformdesk.ui.common.Fmt.date(row.dossier().receivedOn().plusDays(7)));
                m.addReceipt();
            });
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, f[0].dialog().getDialogPane().getScene().getRoot(), "dossier-form-" + suffix + ".png");
            robot.interact(() -> f[0].dialog().close());
        }

        ProceduresView[] pv = new ProceduresView[1];
        robot.interact(() -> pv[0] = (ProceduresView) w.show("procedures"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pv[0].table().getItems().size() == 7);
        save(robot, w.root(), "procedures-" + suffix + ".png");
    }

    @Test
    void vietnamese(FxRobot robot) throws Exception {
        screens(robot, new Locale("vi"), "vi", true);
    }

    @Test
    void english(FxRobot robot) throws Exception {
        screens(robot, Locale.ENGLISH, "en", false);
    }
}
