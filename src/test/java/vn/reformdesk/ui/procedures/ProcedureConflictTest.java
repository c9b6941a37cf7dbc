package vn.reformdesk.ui.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

/**
 * Two desks on one procedure: the form refuses a save on the version it opened once another desk saved, shows both
 * side by side with the dossier form's panel, and keeps either; nothing typed is lost.
 */
@ExtendWith(ApplicationExtension.class)
class ProcedureConflictTest {
    @TempDir
    Path dir;
    Database db;
    ProcedureRepository repo;
    ProcedureForm form;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.setLocale(new java.util.Locale("vi"));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300)); // the form's owner
        stage.show();
    }

    @AfterEach
    void close() { if (db != null) db.close(); }

    /** Opens 1.001 in the form; another desk changes its days; this desk types a name and saves. */
    private void conflictOnSave(FxRobot robot) throws Exception {
        db = TestDb.open(dir);
        repo = new ProcedureRepository(db);
        repo.saveChecked(Procedure.of("1.001", "Cấp phép", AdminLevel.PROVINCE, 15, OnlineLevel.FULL), null);
        var opened = repo.findVersioned("1.001").orElseThrow();
        robot.interact(() -> {
            form = new ProcedureForm(stage, opened.value(), opened.version(), Set.of("1.001"),
                    (p, base) -> repo.saveChecked(p, base).value());
            form.show(p -> { });
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#procedure-name").tryQuery().isPresent());
        var atOtherDesk = repo.findVersioned("1.001").orElseThrow();
        Procedure other = atOtherDesk.value();
        repo.saveChecked(new Procedure(other.id(), other.code(), other.name(), other.field(), other.level(), 10,
                other.dayUnit(), other.onlineLevel(), other.feeVnd(), other.paperResult(), other.section(),
                other.supplementRule(), other.cutoff()), atOtherDesk.version());
        robot.interact(() -> robot.lookup("#procedure-name").queryAs(TextField.class).setText("Cấp phép kinh doanh"));
        robot.interact(() -> robot.lookup("#procedure-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#procedure-conflict").query().isVisible()).isTrue();
        assertThat(robot.lookup("#procedure-save-error").queryAs(Label.class).getText()).startsWith("Chưa lưu: một bàn");
        assertThat(robot.lookup("#conflict-yours-name").queryAs(Label.class).getText()).isEqualTo("Cấp phép kinh doanh");
        assertThat(robot.lookup("#conflict-theirs-name").queryAs(Label.class).getText()).isEqualTo("Cấp phép");
        assertThat(robot.lookup("#conflict-yours-days").queryAs(Label.class).getText()).startsWith("15 ");
        assertThat(robot.lookup("#conflict-theirs-days").queryAs(Label.class).getText()).startsWith("10 ");
        assertThat(robot.lookup("#procedure-name").queryAs(TextField.class).getText()).isEqualTo("Cấp phép kinh doanh");
        assertThat(repo.findByCode("1.001").orElseThrow().processingDays()).isEqualTo(10);
    }

    @Test
    void keepWhatWasTyped(FxRobot robot) throws Exception {
        conflictOnSave(robot);
        robot.interact(() -> robot.lookup("#procedure-keep-mine").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.dialog().isShowing()).isFalse();
        Procedure stored = repo.findByCode("1.001").orElseThrow();
        assertThat(stored.name()).isEqualTo("Cấp phép kinh doanh");
        assertThat(stored.processingDays()).isEqualTo(15); // what this desk typed, over the other desk's
    }

    @Test
    void keepTheOtherDesks(FxRobot robot) throws Exception {
        conflictOnSave(robot);
        robot.interact(() -> robot.lookup("#procedure-keep-theirs").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.dialog().isShowing()).isFalse();
        assertThat(form.dialog().getResult().processingDays()).isEqualTo(10);
        Procedure stored = repo.findByCode("1.001").orElseThrow();
        assertThat(stored.name()).isEqualTo("Cấp phép");
        assertThat(stored.processingDays()).isEqualTo(10);
    }
}
