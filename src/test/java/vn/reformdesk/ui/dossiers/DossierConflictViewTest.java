package vn.reformdesk.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import vn.reformdesk.domain.dossier.Dossier;

/** Two desks on one dossier: the form shows what the other desk saved beside what was typed, and keeps either. */
class DossierConflictViewTest extends DossiersViewBase {
    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) { open(stage); }

    /** Opens the seeded dossier's form; meanwhile another desk resolves it; this desk types an applicant and saves. */
    private void conflictOnSave(FxRobot robot) throws Exception {
        seedOne();
        show(robot, 1);
        robot.moveTo("HS-260302-0001");
        robot.doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dossier-applicant").tryQuery().isPresent());
        var repo = ctx.register().dossiers();
        var atOtherDesk = repo.findVersioned("HS-260302-0001").orElseThrow();
        repo.saveChecked(atOtherDesk.value().withResolution(LocalDate.of(2026, 3, 4),
                vn.reformdesk.domain.dossier.Outcome.ISSUED), atOtherDesk.version());
        robot.interact(() -> robot.lookup("#dossier-applicant").queryAs(TextField.class).setText("Trần Thị Bích Ngọc"));
        robot.clickOn("#dossier-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dossier-conflict").query().isVisible()).isTrue();
        assertThat(robot.lookup("#dossier-save-error").queryAs(Label.class).getText()).startsWith("Chưa lưu: một bàn");
        assertThat(robot.lookup("#conflict-yours-applicant").queryAs(Label.class).getText()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(robot.lookup("#conflict-theirs-applicant").queryAs(Label.class).getText()).isEqualTo("Trần Thị Bích");
        assertThat(robot.lookup("#conflict-yours-resolved").queryAs(Label.class).getText()).isEqualTo("—");
        assertThat(robot.lookup("#conflict-theirs-resolved").queryAs(Label.class).getText()).isEqualTo("04/03/2026");
        // nothing typed is thrown away, nothing was overwritten
        assertThat(robot.lookup("#dossier-applicant").queryAs(TextField.class).getText()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(repo.findByCode("HS-260302-0001").orElseThrow().resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aSaveAfterAnotherDesksSaveShowsBothAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        conflictOnSave(robot);
        robot.clickOn("#dossier-keep-mine");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dossier-save").tryQuery().isEmpty());
        load(robot, 1); // the list reloaded after the save, before the register is closed under it
        Dossier stored = ctx.register().dossiers().findByCode("HS-260302-0001").orElseThrow();
        assertThat(stored.applicant()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(stored.resolvedOn()).isNull(); // the officer chose what they typed, over the other desk's
    }

    @Test
    void theOtherDesksVersionCanBeKeptInstead(FxRobot robot) throws Exception {
        conflictOnSave(robot);
        robot.clickOn("#dossier-keep-theirs");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dossier-save").tryQuery().isEmpty());
        load(robot, 1); // the list reloaded after the save, before the register is closed under it
        Dossier stored = ctx.register().dossiers().findByCode("HS-260302-0001").orElseThrow();
        assertThat(stored.applicant()).isEqualTo("Trần Thị Bích");
        assertThat(stored.resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

}
