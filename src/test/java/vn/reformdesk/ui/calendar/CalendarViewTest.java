package vn.reformdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.FxTest;

/** Adding a holiday on the calendar screen moves a pending dossier's due date. */
@ExtendWith(ApplicationExtension.class)
class CalendarViewTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 11);
    @TempDir
    static Path dir;
    AppContext ctx;
    Dossier dossier;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("calendar-" + System.nanoTime()));
        ctx.register().settings().put(SettingsRepository.SAMPLE_AS_OF, AS_OF.toString());
        ctx.register().procedures().save(Procedure.of("1.000003", "Thủ tục 3 ngày", AdminLevel.PROVINCE, 3, OnlineLevel.FULL));
        // received Monday 09/03/2026, 3 working days → due Thursday 12/03
        dossier = ctx.register().dossiers().save(Dossier.received("HS-1", "1.000003", "Nguyễn Văn An", Channel.DIRECT,
                LocalDateTime.of(2026, 3, 9, 8, 0)));
        FxTest.openMainWindow(ctx, stage).show("calendar");
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void addingAHolidayMovesAPendingDossiersDueDate(FxRobot robot) {
        assertThat(ctx.register().row(dossier, AS_OF).deadline().dueOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        TableView<?> table = robot.lookup("#calendar-table").queryAs(TableView.class);
        assertThat(table.getItems()).as("the official 2026 days, nothing pressed").hasSize(14);
        assertThat(robot.lookup("#calendar-defaults").query().isDisabled()).as("nothing to restore").isTrue();

        DatePicker date = robot.lookup("#calendar-add-date").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.of(2026, 3, 10)));
        robot.clickOn("#calendar-add-name").write("Nghi dot xuat");
        robot.clickOn("#calendar-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).hasSize(15);
        assertThat(ctx.register().calendar().findAll()).singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("Nghi dot xuat"));
        assertThat(ctx.register().row(dossier, AS_OF).deadline().dueOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(robot.lookup("#calendar-defaults").query().isDisabled()).isFalse();
    }

    @Test
    void importButtonOpensTheImportDialogOnCalendarFiles(FxRobot robot) {
        robot.clickOn("#calendar-import");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> kind = robot.lookup("#import-kind").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(kind.getValue()).isEqualTo(vn.reformdesk.io.ImportKind.CALENDAR);
        robot.interact(() -> ((Stage) kind.getScene().getWindow()).close());
    }
}
