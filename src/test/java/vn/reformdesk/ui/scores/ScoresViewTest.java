package vn.reformdesk.ui.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.io.sample.SampleScores;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

@ExtendWith(ApplicationExtension.class)
class ScoresViewTest {
    @TempDir
    static Path dir;
    static int n;
    Database db;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = TestDb.open(dir.resolve("db" + (n++)));
        Transactions.inTransaction(db, c -> { SampleScores.load(c); return null; });
    }

    @AfterEach
    void close() { db.close(); }

    ScoresView show(FxRobot robot, Locale locale) {
        ScoresView[] view = new ScoresView[1];
        robot.interact(() -> {
            I18n.setLocale(locale);
            view[0] = new ScoresView(null, db);
            view[0].refresh();
            Scene scene = new Scene((Parent) view[0].root(), 1270, 760); // the headless screen is 1280x800
            scene.getStylesheets().add(ScoresView.class.getResource("/css/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    @Test
    void leavingWithUnsavedScoresAsksAndStayIsTheDefault(FxRobot robot) throws Exception {
        ScoresView view = show(robot, new Locale("vi"));
        robot.interact(() -> view.model().row("timelines").orElseThrow().official().setText("19,5"));
        java.util.concurrent.atomic.AtomicReference<Boolean> left = new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(() -> left.set(view.canLeave()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button stay = robot.lookup("#scores-leave .button").match(
                n -> ((javafx.scene.control.Button) n).getText().equals("Ở lại")).queryButton();
        assertThat(stay.isDefaultButton()).isTrue();
        robot.clickOn(stay);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.get()).isFalse();
        assertThat(view.model().dirtyProperty().get()).isTrue();

        javafx.application.Platform.runLater(() -> left.set(view.canLeave()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Bỏ thay đổi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.get()).isTrue();
        assertThat(view.model().row("timelines").orElseThrow().official().text()).isEqualTo("16,39");
        assertThat(view.canLeave()).isTrue(); // nothing unsaved: no question
    }

    @Test
    void typingAScoreAboveTheMaxShowsTheReasonKeepsTheTextAndSavesNothing(FxRobot robot) {
        ScoresView view = show(robot, new Locale("vi"));
        Label warnings = robot.lookup("#scores-warnings").queryAs(Label.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).contains("86,94").contains("83,63");

        TextField cell = robot.lookup("#score-official-timelines").queryAs(TextField.class);
        robot.clickOn(cell);
        robot.interact(cell::selectAll);
        robot.write("21");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getText()).isEqualTo("21");
        assertThat(cell.getStyleClass()).contains("field-error");
        Label errors = robot.lookup("#scores-errors").queryAs(Label.class);
        assertThat(errors.isVisible()).isTrue();
        assertThat(errors.getText()).contains("vượt điểm tối đa 20");
        Button save = robot.lookup("#scores-save").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();
        assertThat(new ScoreRepository(db).find("service766", "2024")).filteredOn(s -> s.component().equals("timelines"))
                .singleElement().extracting(Score::official).isEqualTo(16.39);

        robot.clickOn(cell);
        robot.interact(cell::selectAll);
        robot.write("16,5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getStyleClass()).doesNotContain("field-error");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new ScoreRepository(db).find("service766", "2024")).filteredOn(s -> s.component().equals("timelines"))
                .singleElement().extracting(Score::official).isEqualTo(16.5);
        assertThat(view.model().warnings()).singleElement().asString().contains("83,74");
    }

    @Test
    void frameworkAndTargetTabsRender(FxRobot robot) throws Exception {
        show(robot, new Locale("vi"));
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        for (String tab : new String[] {"Bộ chỉ số", "Mục tiêu"}) {
            robot.interact(() -> tabs.getSelectionModel().select(tab.startsWith("B") ? 1 : 2));
            WaitForAsyncUtils.waitForFxEvents();
            BufferedImage[] img = new BufferedImage[1];
            robot.interact(() -> img[0] = SwingFXUtils.fromFXImage(stage.getScene().getRoot().snapshot(null, null), null));
            Path file = Path.of("target/scores-tab-" + (tab.startsWith("B") ? "framework" : "targets") + ".png");
            ImageIO.write(img[0], "png", new File(file.toString()));
        }
        assertThat(robot.lookup("#targets-table").queryTableView().getItems()).hasSize(2);
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        for (String lang : new String[] {"vi", "en"}) {
            // an office laptop's 1366x768, rendered off screen (the headless screen is smaller)
            Scene[] scene = new Scene[1];
            ScoresView[] view = new ScoresView[1];
            robot.interact(() -> {
                I18n.setLocale(new Locale(lang));
                view[0] = new ScoresView(null, db);
                view[0].refresh();
                scene[0] = new Scene((Parent) view[0].root(), 1366, 768);
                scene[0].getStylesheets().add(ScoresView.class.getResource("/css/app.css").toExternalForm());
                view[0].model().row("tr_synced").orElseThrow().official().setText("7");
            });
            WaitForAsyncUtils.waitForFxEvents();
            BufferedImage[] img = new BufferedImage[1];
            robot.interact(() -> {
                ((Parent) view[0].root()).applyCss();
                ((Parent) view[0].root()).layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> img[0] = SwingFXUtils.fromFXImage(scene[0].snapshot(null), null));
            Path file = vn.reformdesk.support.Screenshots.file("scores-" + lang + ".png");
            ImageIO.write(img[0], "png", new File(file.toString()));
            assertThat(file).exists();
        }
        I18n.setLocale(new Locale("vi"));
    }

}
