package vn.reformdesk.ui.report06a;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.support.Screenshots;
import vn.reformdesk.ui.overdue.BoardFixture;
import vn.reformdesk.ui.shell.MainWindow;

/**
 * The Reports screen of a register with two units (the board's hand-made dossiers and a commune's one dossier): the
 * unit choice is there, all units first; choosing the commune reloads its own table and names it.
 */
@ExtendWith(ApplicationExtension.class)
class Report06aUnitsViewTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;
    Report06aView view;

    /** The register is written before the window starts: the toolkit's start-up waits on {@link #start} alone. */
    @BeforeAll
    static void twoUnits() {
        try (AppContext c = FxTest.context(dir.resolve("units"))) {
            BoardFixture.all(c);
            c.register().units().upsert(new Unit("B", "Xã Chiềng Mung", UnitKind.COMMUNE, c.register().units().homeCode()));
            String procedure = c.register().procedures().findAll().get(0).code();
            c.register().dossiers().save(Dossier.received("B-1", procedure, "Chi", Channel.POSTAL,
                    LocalDateTime.of(2026, 3, 2, 9, 0)).withUnit("B"));
        }
    }

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("units"));
        window = FxTest.openMainWindow(ctx, stage);
        view = (Report06aView) window.show("report06a");
    }

    @AfterEach
    void close() { ctx.close(); }

    private Form06a loaded() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.viewModel().resultProperty().get() != null
                && !view.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return view.viewModel().resultProperty().get().form();
    }

    @Test
    void chooseOneUnitOrAll(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().periodProperty().set(Period.parse("2026-Q1")));
        long all = loaded().total().get(Form06a.Column.RECEIVED);
        @SuppressWarnings("unchecked")
        ChoiceBox<Report06aViewModel.UnitItem> box = robot.lookup("#report06a-unit-choice").queryAs(ChoiceBox.class);
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getValue().scope()).isEqualTo(UnitScope.ALL);
        assertThat(box.getItems()).hasSize(3);
        assertThat(robot.lookup("#report06a-unit").queryAs(Label.class).getText())
                .isEqualTo("Đơn vị báo cáo: tổng hợp 2 đơn vị");
        Screenshots.write(view.root(), "report-06a-units-vi.png");

        robot.interact(() -> box.setValue(box.getItems().stream()
                .filter(i -> i.scope().equals(UnitScope.of("B"))).findFirst().orElseThrow()));
        Form06a b = loaded();
        assertThat(view.viewModel().unitProperty().get()).isEqualTo(UnitScope.of("B"));
        assertThat(b.total().get(Form06a.Column.RECEIVED)).isEqualTo(1);
        assertThat(all).isGreaterThan(1);
        assertThat(robot.lookup("#report06a-unit").queryAs(Label.class).getText())
                .isEqualTo("Đơn vị báo cáo: Xã Chiềng Mung");
    }
}
