package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.UnitRepository;
import vn.reformdesk.support.FxTest;

/** The shell's unit choice: there when more than one unit is visible, and every screen follows it. */
@ExtendWith(ApplicationExtension.class)
class UnitChoiceTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow shell;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("units"));
        UnitRepository units = new UnitRepository(ctx.database());
        String home = units.homeCode();
        units.upsert(new Unit("2001", "Xã Chiềng Mung", UnitKind.COMMUNE, home));
        new ProcedureRepository(ctx.database()).save(Procedure.of("P1", "Cấp phép", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
        DossierRepository dossiers = new DossierRepository(ctx.database());
        dossiers.save(Dossier.received("H-1", "P1", "An", Channel.ONLINE, LocalDateTime.of(2026, 5, 4, 9, 0)));
        dossiers.save(Dossier.received("X-1", "P1", "Bình", Channel.ONLINE, LocalDateTime.of(2026, 5, 5, 9, 0))
                .withUnit("2001"));
        shell = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAUnitNarrowsTheScreensToIt(FxRobot robot) throws Exception {
        // the choice is added once the units are read in the background
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#unit-choice").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<UnitChoice.Item> box = robot.lookup("#unit-choice").queryAs(ComboBox.class);
        assertThat(box.getItems()).extracting(UnitChoice.Item::label)
                .containsExactly("Tất cả đơn vị (2)", "Đơn vị", "Xã Chiềng Mung (2001)");
        assertThat(ctx.unitScope()).isEqualTo(UnitScope.ALL);

        robot.interact(() -> box.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.unitScope()).isEqualTo(UnitScope.of("2001"));
        assertThat(ctx.recordsUnit()).isEqualTo("2001");

        robot.interact(() -> shell.show("dossiers"));
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#dossiers-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
    }
}
