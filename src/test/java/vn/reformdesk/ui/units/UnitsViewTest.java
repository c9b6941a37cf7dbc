package vn.reformdesk.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.io.sample.SampleProvinceLoader;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.Database;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.support.Screenshots;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.dashboard.DashboardView;
import vn.reformdesk.ui.presentation.DeckData;
import vn.reformdesk.ui.presentation.PdfDeckExport;
import vn.reformdesk.ui.presentation.SlideType;
import vn.reformdesk.ui.shell.MainWindow;

/**
 * The comparison screen in the real window on the sample province: the seed figures on screen, a double-click opening
 * the unit's own dashboard; screenshots of the screen and its slides at 1920×1080 and 1024×768, vi and en.
 */
@ExtendWith(ApplicationExtension.class)
class UnitsViewTest {
    @TempDir
    static Path dir;
    static Path province;
    AppContext ctx;
    MainWindow window;

    @BeforeAll
    static void load() {
        province = dir.resolve("province");
        try (Database db = TestDb.open(province)) {
            SampleProvinceLoader.load(db);
        }
    }

    @Start
    void start(Stage stage) {
        ctx = TestDb.context(province);
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() {
        I18n.setLocale(new Locale("vi"));
        ctx.close();
    }

    static void waitFor(UnitsView view) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().reportProperty().get() != null
                && view.model().reportProperty().get().measure() == view.model().measureProperty().get()
                && view.model().reportProperty().get().kind() == view.model().kindProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void departmentsRankedAndADoubleClickOpensTheUnitsDashboard(FxRobot robot) throws Exception {
        robot.clickOn("#nav-units");
        UnitsView view = (UnitsView) window.currentView();
        waitFor(view);
        assertThat(view.model().summary()).contains("Trung bình: 89,05 (20 đơn vị có số liệu)",
                "Trên mức trung bình: 9/20 đơn vị", "Đứng đầu: Sở Giao thông vận tải (96,76)");
        TableView<?> table = robot.lookup("#units-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(20);
        assertThat(robot.lookup("#units-chart").tryQuery()).isPresent();
        // the keyboard's way (a double-click does the same): the first row, Enter
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.unitScope()).isEqualTo(UnitScope.of("000.00.05.H15"));
        assertThat(window.currentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void communesByTheirRegisters(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("units"));
        UnitsView view = (UnitsView) window.currentView();
        waitFor(view);
        robot.interact(() -> {
            view.model().kindProperty().set(vn.reformdesk.domain.unit.UnitKind.COMMUNE);
            view.model().measureProperty().set(vn.reformdesk.domain.unit.UnitMeasure.ON_TIME_RATE);
        });
        waitFor(view);
        assertThat(view.model().rows()).hasSize(75);
        assertThat(view.model().summary().get(0)).startsWith("Trung bình: ").endsWith("(75 đơn vị có số liệu)");
    }

    @Test
    void screenshotsOfTheScreenAndItsSlides(FxRobot robot) throws Exception {
        for (Locale locale : new Locale[] {new Locale("vi"), Locale.ENGLISH}) {
            String lang = locale.getLanguage();
            for (int[] size : new int[][] {{1920, 1080}, {1024, 768}}) {
                save(screen(robot, locale, size[0], size[1]), "units-" + lang + "-" + size[0] + ".png");
            }
            robot.interact(() -> I18n.setLocale(locale));
            DeckData deck = DeckData.load(ctx, Period.parse("2024-Q4"));
            assertThat(deck.shown(java.util.List.of(SlideType.values()))).containsAll(SlideType.UNIT_SLIDES);
            for (SlideType t : SlideType.UNIT_SLIDES) {
                for (int[] size : new int[][] {{1920, 1080}, {1024, 768}}) {
                    BufferedImage img = WaitForAsyncUtils.asyncFx(() -> PdfDeckExport.render(t, deck, 10, 11, size[0],
                            size[1])).get(60, TimeUnit.SECONDS);
                    assertThat(img.getWidth()).isEqualTo(size[0]);
                    save(img, "slide-" + t.code() + "-" + lang + "-" + size[0] + ".png");
                }
            }
        }
    }

    /** The main window at a given size, off-screen (the headless screen is smaller), on the comparison screen. */
    static BufferedImage screen(FxRobot robot, Locale locale, int w, int h) throws Exception {
        Scene[] scene = new Scene[1];
        UnitsView[] view = new UnitsView[1];
        robot.interact(() -> {
            I18n.setLocale(locale);
            MainWindow m = new MainWindow(TestDb.context(province), new Stage());
            scene[0] = m.scene(w, h);
            view[0] = (UnitsView) m.show("units");
        });
        waitFor(view[0]);
        robot.sleep(300);
        return WaitForAsyncUtils.asyncFx(() -> {
            scene[0].getRoot().applyCss();
            scene[0].getRoot().layout();
            return SwingFXUtils.fromFXImage(scene[0].snapshot(null), null);
        }).get(30, TimeUnit.SECONDS);
    }

    static void save(BufferedImage img, String name) throws Exception {
        ImageIO.write(img, "png", Screenshots.file(name).toFile());
    }
}
