package vn.reformdesk.ui.indexcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.shell.MainWindow;

@ExtendWith(ApplicationExtension.class)
class IndexChartsViewTest {
    @TempDir
    static Path dir;
    static AppContext sample;
    Stage stage;

    @BeforeAll
    static void loadSample() {
        sample = TestDb.context(dir.resolve("sample"));
        SampleLoader.load(sample.database(), (f, m) -> { }); // procedures, dossiers, calendar and index scores
    }

    @AfterAll
    static void close() {
        sample.close();
        I18n.setLocale(new Locale("vi"));
    }

    @Start
    void start(Stage stage) { this.stage = stage; }

    Scene scene;

    /**
     * The main window on the charts screen after the figures have loaded: shown at 1270×760 for clicking (the
     * headless screen is 1280×800), or off screen at 1366×768 — a common office laptop — for screenshots.
     */
    IndexChartsView open(FxRobot robot, Locale locale, boolean laptop) {
        IndexChartsView[] view = new IndexChartsView[1];
        robot.interact(() -> {
            I18n.setLocale(locale);
            MainWindow window = new MainWindow(sample, stage);
            scene = laptop ? window.scene(1366, 768) : window.scene(1270, 760);
            if (!laptop) {
                stage.setScene(scene);
                stage.show();
            }
            view[0] = (IndexChartsView) window.show("charts");
        });
        waitLoaded(robot, view[0]);
        return view[0];
    }

    IndexChartsView open(FxRobot robot, Locale locale) { return open(robot, locale, false); }

    static <T extends Node> T find(IndexChartsView view, String id) {
        @SuppressWarnings("unchecked")
        T n = (T) view.root().lookup(id);
        return n;
    }

    void waitLoaded(FxRobot robot, IndexChartsView view) {
        for (int i = 0; i < 200; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Label p = find(view, "#indexcharts-progress");
            if (view.model().reportProperty().get() != null && !p.getParent().isVisible()) break;
            robot.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        robot.interact(() -> { // an off-screen scene gets its skins (the scroll pane's content) only from a CSS pass
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void snapshot(FxRobot robot, String name) throws Exception {
        File file = vn.reformdesk.support.Screenshots.file(name).toFile();
        robot.interact(() -> {
            try {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void sampleShowsTheFourChartsWithPeriodAndAsOf(FxRobot robot) throws Exception {
        IndexChartsView view = open(robot, new Locale("vi"), true);
        assertThat(view.model().periodTextProperty().get()).isEqualTo("2024");
        assertThat(view.model().frameworkProperty().get().code()).isEqualTo("service766");
        for (String id : new String[] {"bullet", "trend", "rank", "rates"}) {
            assertThat((Node) find(view, "#indexcharts-chart-" + id)).as(id).isNotNull();
        }
        assertThat(((Label) find(view, "#indexcharts-caption")).getText())
                .contains("Năm 2024").contains("20/12/2024");
        snapshot(robot, "charts-vi.png");
    }

    @Test
    void englishScreenshot(FxRobot robot) throws Exception {
        IndexChartsView view = open(robot, Locale.ENGLISH, true);
        robot.interact(() -> view.model().frameworkProperty().set(view.model().frameworks().stream()
                .filter(f -> f.code().equals("sipas")).findFirst().orElseThrow()));
        waitLoaded(robot, view);
        assertThat((Node) find(view, "#indexcharts-chart-bullet")).isNotNull();
        assertThat(((Label) find(view, "#indexcharts-empty-rank")).getText()).contains("No rank yet");
        snapshot(robot, "charts-en.png");
        robot.interact(() -> I18n.setLocale(new Locale("vi")));
    }

    @Test
    void aPeriodWithoutScoresSaysWhatToEnter(FxRobot robot) {
        IndexChartsView view = open(robot, new Locale("vi"));
        robot.interact(() -> {
            view.model().periodTextProperty().set("2026-Q3");
            view.load();
        });
        waitLoaded(robot, view);
        assertThat(robot.lookup("#indexcharts-empty-bullet").queryAs(Label.class).getText())
                .startsWith("Chưa có điểm cho kỳ này").contains("Chỉ số và mục tiêu");
        assertThat(robot.lookup("#indexcharts-empty-rates").queryAs(Label.class).getText()).contains("2026");
    }

    @Test
    void aWrongPeriodIsExplainedAndTheTypedTextKept(FxRobot robot) {
        IndexChartsView view = open(robot, new Locale("vi"));
        robot.clickOn("#indexcharts-period");
        robot.interact(() -> view.model().periodTextProperty().set("2024-Q5"));
        robot.clickOn("#indexcharts-show");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#indexcharts-period-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("2024-Q3");
        assertThat(view.model().periodTextProperty().get()).isEqualTo("2024-Q5");
    }

    @Test
    void exportWritesThePdfOfThePeriodInTheBackground(FxRobot robot) throws Exception {
        IndexChartsView view = open(robot, new Locale("vi"));
        Path file = dir.resolve("out/report-2024.pdf");
        @SuppressWarnings("unchecked")
        Task<Path>[] task = new Task[1];
        robot.interact(() -> task[0] = view.export(file, "pdf"));
        assertThat(task[0].get(120, TimeUnit.SECONDS)).isEqualTo(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        Node progressRow = robot.lookup("#indexcharts-progress").queryAs(Label.class).getParent();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progressRow.isVisible()).isFalse();
    }
}
