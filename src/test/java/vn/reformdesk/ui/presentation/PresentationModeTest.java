package vn.reformdesk.ui.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.shell.MainWindow;

/** F5 enters presentation mode, Right / Page Down move on, Page Up back, Esc leaves; the display menu scales the UI. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    @TempDir
    static Path dir;
    static int n;
    AppContext ctx;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = FxTest.context(dir.resolve("p" + (n++)));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() {
        PresentationWindow w = PresentationActions.lastWindow();
        if (w != null) WaitForAsyncUtils.asyncFx(() -> w.stage().close());
        WaitForAsyncUtils.waitForFxEvents();
        ctx.close();
    }

    static PresentationWindow waitForPresentation(PresentationWindow before) throws Exception {
        for (int i = 0; i < 100; i++) {
            PresentationWindow w = PresentationActions.lastWindow();
            if (w != null && w != before && w.stage().isShowing()) return w;
            Thread.sleep(100);
        }
        throw new AssertionError("presentation mode did not start");
    }

    static String number(FxRobot robot, PresentationWindow w) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) w.stage().getScene().lookup("#slide-number")).getText();
    }

    @Test
    void aSecondF5OpensNoSecondDeck(FxRobot robot) throws Exception {
        PresentationWindow before = PresentationActions.lastWindow();
        robot.interact(() -> {
            PresentationActions.start(window); // twice before the first deck has loaded
            PresentationActions.start(window);
        });
        PresentationWindow w = waitForPresentation(before);
        robot.interact(() -> PresentationActions.start(window)); // and once while it is open
        for (int i = 0; i < 200 && vn.reformdesk.ui.common.Tasks.pending() > 0; i++) Thread.sleep(50);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(PresentationActions.lastWindow()).isSameAs(w);
        long decks = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(x -> x.isShowing() && x.getScene() != null && x.getScene().lookup("#slide-number") != null)
                .count()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(decks).isEqualTo(1);
    }

    @Test
    void f5EntersArrowsMoveEscLeaves(FxRobot robot) throws Exception {
        PresentationWindow before = PresentationActions.lastWindow();
        robot.clickOn("#nav-dashboard");
        robot.type(KeyCode.F5);
        PresentationWindow w = waitForPresentation(before);
        int total = SlideType.values().length - SlideType.UNIT_SLIDES.size(); // one unit: nothing to rank
        assertThat(number(robot, w)).isEqualTo("1/" + total);
        assertThat(w.stage().getScene().lookup("#slide-asof")).isNotNull();
        assertThat(((Label) w.stage().getScene().lookup("#slide-asof")).getText()).startsWith("Tính đến ");
        robot.type(KeyCode.RIGHT);
        assertThat(number(robot, w)).isEqualTo("2/" + total);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(number(robot, w)).isEqualTo("3/" + total);
        robot.type(KeyCode.SPACE);
        assertThat(number(robot, w)).isEqualTo("4/" + total);
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.LEFT);
        assertThat(number(robot, w)).isEqualTo("2/" + total);
        robot.type(KeyCode.END);
        robot.type(KeyCode.RIGHT); // stays on the last slide
        assertThat(number(robot, w)).isEqualTo(total + "/" + total);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.stage().isShowing()).isFalse();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void theSavedChoiceAndOrderOfSlidesIsUsed(FxRobot robot) throws Exception {
        UserPreferences prefs = ctx.preferences();
        SetupModel m = SetupModel.load(prefs);
        int i = m.order().indexOf(SlideType.OVERDUE);
        m.moveUp(m.moveUp(i)); // overdue first
        m.setChosen(SlideType.TRENDS, false);
        m.setChosen(SlideType.RANKS, false);
        m.setRotateSeconds(30);
        m.save(prefs);
        assertThat(DeckModel.chosen(prefs)).containsExactly(SlideType.OVERDUE, SlideType.TITLE, SlideType.COUNTERS,
                SlideType.FORM_06A, SlideType.INDEX_766, SlideType.INDEX_PAR, SlideType.INDEX_SIPAS,
                SlideType.UNITS_DEPARTMENTS, SlideType.UNITS_COMMUNES); // the rankings: left out of a one-unit deck
        assertThat(DeckModel.rotateSeconds(prefs)).isEqualTo(30);
        // unchosen slides keep their place for next time
        assertThat(DeckModel.order(prefs)).hasSize(SlideType.values().length);

        PresentationWindow before = PresentationActions.lastWindow();
        robot.interact(() -> PresentationActions.start(window));
        PresentationWindow w = waitForPresentation(before);
        assertThat(w.model().slides()).first().isEqualTo(SlideType.OVERDUE);
        assertThat(number(robot, w)).isEqualTo("1/7");
        robot.type(KeyCode.ESCAPE);
    }

    static javafx.scene.control.MenuItem item(javafx.scene.control.Menu menu, String id) {
        for (javafx.scene.control.MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) return i;
            if (i instanceof javafx.scene.control.Menu sub) {
                javafx.scene.control.MenuItem found = item(sub, id);
                if (found != null) return found;
            }
        }
        return null;
    }

    @Test
    void displayScaleAndThemeApplyToTheRootAndPersist(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu view = bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst()
                .orElseThrow();
        assertThat(view.getText()).isEqualTo("Giao diện");
        robot.interact(() -> {
            item(view, "scale-150").fire();
            item(view, "theme-dark").fire();
        });
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 19.50px");
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/css/theme-dark.css"));
        assertThat(new UserPreferences(dir.resolve("p" + (n - 1)).resolve("preferences.properties"))
                .get(UserPreferences.UI_SCALE, "")).isEqualTo("150");
        robot.interact(() -> Display.apply(stage.getScene(), 100, Display.LIGHT));
        assertThat(stage.getScene().getStylesheets()).noneMatch(s -> s.endsWith("/css/theme-dark.css"));
        assertThat(Display.scale(ctx.preferences())).isEqualTo(150);
        assertThat(List.of(Display.fontPx(100), Display.fontPx(175))).containsExactly(13.0, 22.75);
    }
}
