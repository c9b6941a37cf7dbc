package vn.reformdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import picocli.CommandLine;
import vn.reformdesk.cli.RootCommand;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.io.sample.SampleScores;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.presentation.DeckData;
import vn.reformdesk.ui.presentation.PdfDeckExport;
import vn.reformdesk.ui.presentation.SlideType;
import vn.reformdesk.ui.shell.MainWindow;
import vn.reformdesk.ui.shell.ReformDeskApp;

/**
 * The dashboard on the sample department: its counters equal {@code reformdesk report --period P --format json}
 * for the same period and database; README screenshots of the dashboard and of every slide type; the deck PDF.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardSampleTest {
    static final List<String> PERIODS = List.of("2024", "2024-Q3", "2024-Q4", "2024-11");
    @TempDir
    static Path dir;
    static final java.util.Map<String, String> REPORTS = new java.util.HashMap<>();
    static AppContext ctx;
    MainWindow window;

    static String cli(String... args) {
        CommandLine cl = RootCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @BeforeAll
    static void sample() {
        Path db = dir.resolve("db");
        cli("sample", "--db", db.toString());
        for (String p : PERIODS) REPORTS.put(p, cli("report", "--period", p, "--format", "json", "--db", db.toString()));
        ctx = FxTest.context(dir); // the same folder: dir/db
        Transactions.inTransaction(ctx.database(), c -> {
            SampleScores.load(c);
            return null;
        });
        ScoreRepository scores = new ScoreRepository(ctx.database());
        scores.saveTarget(Target.rate("on_time_rate", "2024", 0.98, Direction.HIGHER));
        scores.saveTarget(Target.rate("online_rate", "2024", 0.95, Direction.HIGHER));
        scores.saveTarget(Target.rate("digitised_rate", "2024", 0.9, Direction.HIGHER));
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
    }

    @Start
    void start(Stage stage) {
        window = FxTest.openMainWindow(ctx, stage);

    }

    DashboardView dashboard(FxRobot robot) {
        DashboardView[] v = new DashboardView[1];
        robot.interact(() -> v[0] = (DashboardView) window.show("dashboard"));
        return v[0];
    }

    static DashboardData waitFor(DashboardView view, Period p) throws Exception {
        for (int i = 0; i < 300; i++) {
            DashboardData d = WaitForAsyncUtils.asyncFx(() -> view.viewModel().dataProperty().get()).get(5, TimeUnit.SECONDS);
            if (d != null && d.period().equals(p)) {
                WaitForAsyncUtils.waitForFxEvents();
                return d;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dashboard did not load " + p);
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": (\\d+)").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        return Long.parseLong(m.group(1));
    }

    static long[] rate(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \\{\\s*\"value\": ([0-9.null]+),\\s*\"numerator\": (\\d+),\\s*"
                + "\"denominator\": (\\d+)").matcher(json);
        assertThat(m.find()).as(key).isTrue();
        return new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    @Test
    void countersEqualTheReportCommand(FxRobot robot) throws Exception {
        DashboardView view = dashboard(robot);
        for (String text : PERIODS) {
            Period p = Period.parse(text);
            robot.interact(() -> view.viewModel().choose(p));
            DashboardData d = waitFor(view, p);
            String json = REPORTS.get(text);
            assertThat(json).contains("\"as_of\": \"" + d.asOf() + "\"");
            assertThat(d.current().received()).as(text).isEqualTo(number(json, "received"));
            assertThat(d.current().resolved()).as(text).isEqualTo(number(json, "resolved"));
            assertThat(d.current().overdue()).as(text).isEqualTo(number(json, "overdue"));
            assertThat(d.current().dueSoon()).as(text).isEqualTo(number(json, "due_soon"));
            for (String key : List.of("on_time_rate", "online_rate", "digitised_rate")) {
                long[] r = rate(json, key);
                assertThat(d.current().rate(key).numerator()).as(text + " " + key).isEqualTo(r[0]);
                assertThat(d.current().rate(key).denominator()).as(text + " " + key).isEqualTo(r[1]);
            }
            // and what the tiles say on screen
            assertThat(tileValue(robot, "received")).isEqualTo(Fmt.count(number(json, "received")));
            assertThat(tileValue(robot, "resolved")).isEqualTo(Fmt.count(number(json, "resolved")));
            assertThat(tileValue(robot, "overdue")).isEqualTo(Fmt.count(number(json, "overdue")));
            assertThat(tileValue(robot, "due_soon")).isEqualTo(Fmt.count(number(json, "due_soon")));
            long[] onTime = rate(json, "on_time_rate");
            assertThat(tileValue(robot, "on_time")).isEqualTo(Fmt.percent(onTime[1] == 0 ? null : (double) onTime[0] / onTime[1]));
        }
        // the year as in domain.md: 10.732 received, 99,8 % online
        assertThat(REPORTS.get("2024")).contains("\"received\": 10732");
    }

    static String tileValue(FxRobot robot, String id) {
        Node tile = robot.lookup("#tile-" + id).query();
        Node value = tile.lookup(".tile-value");
        return ((Label) value).getText();
    }

    @Test
    void aCounterOpensTheMatchingDossierList(FxRobot robot) throws Exception {
        DashboardView view = dashboard(robot);
        robot.interact(() -> view.viewModel().choose(Period.parse("2024")));
        waitFor(view, Period.parse("2024"));
        robot.clickOn("#tile-resolved");
        WaitForAsyncUtils.waitForFxEvents();
        var dossiers = (vn.reformdesk.ui.dossiers.DossiersView) WaitForAsyncUtils.asyncFx(() -> window.show("dossiers"))
                .get(5, TimeUnit.SECONDS);
        assertThat(dossiers.viewModel().statuses()).containsExactlyInAnyOrder(
                vn.reformdesk.domain.dossier.DossierStatus.EARLY, vn.reformdesk.domain.dossier.DossierStatus.ON_TIME,
                vn.reformdesk.domain.dossier.DossierStatus.LATE);
        assertThat(dossiers.viewModel().fromProperty().get()).isEqualTo(java.time.LocalDate.of(2024, 1, 1));
        assertThat(dossiers.viewModel().toProperty().get()).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
    }

    @Test
    void screenshotsOfTheDashboardAndEverySlide(FxRobot robot) throws Exception {
        // Always rendered (a check that every slide draws); written over the README's copies only on request:
        // -Dreformdesk.screenshots=true. A plain test run used to leave the working tree changed.
        Path folder = vn.reformdesk.support.Screenshots.folder();
        DashboardView view = dashboard(robot);
        Period year = Period.parse("2024");
        robot.interact(() -> view.viewModel().choose(year));
        waitFor(view, year);
        save(desk(robot, new Locale("vi")), folder.resolve("dashboard-vi.png"));
        save(desk(robot, Locale.ENGLISH), folder.resolve("dashboard-en.png"));
        robot.interact(() -> I18n.setLocale(new Locale("vi")));

        DeckData deck = DeckData.load(ctx, year);
        // the review's 06a slide is the official report of the year (15/12/2023-14/12/2024), as the Reports screen counts it
        var official = vn.reformdesk.service.Form06aService.compute(ctx.register(), year,
                vn.reformdesk.domain.period.PeriodDates.OFFICIAL, ctx.asOf()).form();
        assertThat(deck.report06a().from()).isEqualTo(java.time.LocalDate.of(2023, 12, 15));
        assertThat(deck.report06a().total()).isEqualTo(official.total());
        long received = official.total().get(vn.reformdesk.domain.report.Form06a.Column.RECEIVED);
        assertThat(received).isPositive();
        java.util.List<String> texts = WaitForAsyncUtils.asyncFx(() -> vn.reformdesk.ui.presentation.Slides
                .build(SlideType.FORM_06A, deck, 4, 9, 1024, 768).lookupAll(".label").stream()
                .map(l -> ((javafx.scene.control.Label) l).getText()).toList()).get(30, TimeUnit.SECONDS);
        assertThat(texts).contains(vn.reformdesk.ui.common.Fmt.count(received), I18n.t("report06a.total"));
        // the sample has no overdue dossier: the overdue table is shown on the hand-made dossiers as well
        DashboardData handMade = DashboardData.compute(Period.parse("2024-Q3"), java.time.LocalDate.of(2024, 10, 15),
                DashboardViewModelTest.dossiers(), List.of(DashboardViewModelTest.P), DashboardViewModelTest.CALC,
                List.of(), List.of(), List.of(), false);
        DeckData example = new DeckData(deck.unitName(), handMade, deck.indices(), deck.series(), deck.report06a());
        save(WaitForAsyncUtils.asyncFx(() -> PdfDeckExport.render(SlideType.OVERDUE, example, 3, 8, 1920, 1080))
                .get(30, TimeUnit.SECONDS), folder.resolve("slide-overdue-example-1920.png"));
        SlideType[] types = SlideType.values();
        for (int i = 0; i < types.length; i++) {
            int n = i;
            for (int[] size : new int[][] {{1920, 1080}, {1024, 768}}) {
                BufferedImage img = WaitForAsyncUtils.asyncFx(() -> PdfDeckExport.render(types[n], deck, n + 1,
                        types.length, size[0], size[1])).get(30, TimeUnit.SECONDS);
                assertThat(img.getWidth()).isEqualTo(size[0]);
                save(img, folder.resolve("slide-" + types[n].code() + "-" + size[0] + ".png"));
            }
        }
    }

    @Test
    void deckExportsAsAPdfWithOnePagePerSlide(FxRobot robot) throws Exception {
        Path pdf = Path.of("target", "review-deck.pdf");
        List<SlideType> slides = List.of(SlideType.values());
        var task = PdfDeckExport.task(ctx, Period.parse("2024-Q4"), slides, pdf);
        Thread t = new Thread(task);
        t.start();
        Path written = task.get(120, TimeUnit.SECONDS);
        assertThat(written).exists();
        byte[] bytes = Files.readAllBytes(written);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        // one unit: the rankings of units are left out
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count())
                .isEqualTo(slides.size() - SlideType.UNIT_SLIDES.size());
        assertThat(Files.exists(pdf.resolveSibling("review-deck.pdf.tmp"))).isFalse();
    }

    /** The main window at 1366×768 (a common office laptop), off-screen: the headless screen is smaller. */
    static BufferedImage desk(FxRobot robot, Locale locale) throws Exception {
        javafx.scene.Scene[] scene = new javafx.scene.Scene[1];
        robot.interact(() -> {
            I18n.setLocale(locale);
            MainWindow w = new MainWindow(ctx, new Stage());
            scene[0] = w.scene(1366, 768);
            w.show("dashboard");
        });
        for (int i = 0; i < 100; i++) { // until the counters and the chart are in
            boolean loaded = WaitForAsyncUtils.asyncFx(() -> {
                scene[0].getRoot().applyCss();
                scene[0].getRoot().layout();
                return scene[0].getRoot().lookup("#tile-digitised") != null
                        && scene[0].getRoot().lookup("#dashboard-chart766") != null;
            }).get(5, TimeUnit.SECONDS);
            if (loaded) break;
            Thread.sleep(100);
        }
        robot.sleep(200);
        return WaitForAsyncUtils.asyncFx(() -> {
            scene[0].getRoot().applyCss();
            scene[0].getRoot().layout();
            return SwingFXUtils.fromFXImage(scene[0].snapshot(null), null);
        }).get(20, TimeUnit.SECONDS);
    }

    static void save(BufferedImage img, Path file) throws Exception {
        ImageIO.write(img, "png", new File(file.toString()));
    }
}
