package vn.reformdesk.ui.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.BoardPages;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.common.Tasks;

/**
 * The board with more overdue dossiers than its first page (issue 18): the first rows and the count show at once, the
 * rest is read in the background, and scrolled to the end the list holds every dossier once, in the board's order.
 */
@ExtendWith(ApplicationExtension.class)
class OverdueViewPagesTest {
    @TempDir
    static Path dir;
    static final int OVERDUE = OverdueViewModel.FIRST * 2 + 37;
    AppContext ctx;
    OverdueView view;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("pages-" + System.nanoTime()));
        BoardFixture.procedures(ctx);
        List<Dossier> many = new ArrayList<>();
        for (int i = 0; i < OVERDUE; i++) {
            // received on ten days of February, several at the same minute: ties of due date and receipt
            many.add(Dossier.received(String.format("QH-%04d", OVERDUE - i), i % 3 == 0 ? BoardFixture.P5 : BoardFixture.P3,
                    "Hộ kinh doanh " + i, Channel.ONLINE, LocalDate.of(2026, 2, 2).plusDays(i % 10).atTime(8, i % 2)));
        }
        many.forEach(ctx.register().dossiers()::save);
        view = (OverdueView) FxTest.openMainWindow(ctx, stage).show("overdue");
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void scrolledToTheEndTheListHoldsEveryDossierInTheBoardsOrder(FxRobot robot) throws Exception {
        OverdueViewModel vm = view.viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.loadingProperty().get());
        assertThat(robot.lookup("#overdue-title-overdue").queryAs(Label.class).getText())
                .isEqualTo("Quá hạn (" + OVERDUE + ")");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.completeProperty(BoardList.OVERDUE).get()
                && Tasks.pending() == 0);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<DossierRow> table = robot.lookup("#overdue-table-overdue").queryAs(TableView.class);
        robot.clickOn(table);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        List<DossierRow> expected = new ArrayList<>(ctx.register()
                .overdueBoardCounted(UnitScope.ALL, BoardFixture.AS_OF).overdue());
        expected.sort(BoardPages.ORDER);
        assertThat(expected).hasSize(OVERDUE);
        assertThat(table.getItems().stream().map(r -> r.dossier().code()).toList())
                .isEqualTo(expected.stream().map(r -> r.dossier().code()).toList());
        // the last dossier is on the screen, in the last row
        String last = expected.get(expected.size() - 1).dossier().code();
        assertThat(robot.lookup("#overdue-table-overdue").lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.isVisible())
                .map(r -> ((DossierRow) r.getItem()).dossier().code())).contains(last);
        assertThat(robot.lookup("#overdue-reading-overdue").queryAs(Label.class).isVisible()).isFalse();
        // once complete, the columns sort again
        assertThat(table.getColumns().get(0).isSortable()).isTrue();
    }
}
