package vn.reformdesk.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.ui.common.Fmt;

/** A register larger than a page, on a real H2 file: the list shows the first page and reads on as it scrolls. */
class DossiersPagingViewTest extends DossiersViewBase {
    static final int DOSSIERS = 3 * DossiersView.PAGE + 100;

    @org.testfx.framework.junit5.Start
    void start(javafx.stage.Stage stage) { open(stage); }

    @Test
    void scrollingToTheEndReadsEveryPageAndShowsTheOldestDossier(FxRobot robot) throws Exception {
        ctx.register().settings().put(SettingsRepository.SAMPLE_AS_OF, "2026-03-10");
        List<Dossier> out = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) { // HS-00000 the oldest; pairs received at the same minute
            out.add(Dossier.received(String.format("HS-%05d", i), "1.001234", "Người nộp " + i, Channel.ONLINE,
                    LocalDateTime.of(2025, 1, 1, 8, 0).plusMinutes(i / 2 * 30L)));
        }
        Transactions.inTransaction(ctx.database(), c -> {
            ctx.register().dossiers().saveAll(c, out);
            return null;
        });
        DossiersView[] v = new DossiersView[1];
        robot.interact(() -> {
            v[0] = (DossiersView) window.show("dossiers");
            v[0].refresh();
        });
        DossiersView view = v[0];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().loaded());
        // the first screen, and the page after it read ahead; not the whole register
        int ahead = DossiersView.FIRST + DossiersView.PAGE;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.table().getItems().size() == ahead);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().complete()).isFalse();
        assertThat(view.table().getItems().get(0).dossier().code()).isEqualTo(String.format("HS-%05d", DOSSIERS - 1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dossiers-count").queryAs(Label.class)
                .getText().equals(Fmt.count(DOSSIERS) + " hồ sơ"));
        // while pages remain, the list keeps its order: a click on another column does not sort what is read so far
        assertThat(view.table().getColumns().get(0).isSortable()).isFalse();

        // scrolling the list (as the wheel does) reads the next page before its rows are reached
        robot.interact(() -> view.table().scrollTo(ahead - 30));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.table().getItems().size() == ahead + DossiersView.PAGE);
        // to the end by the keyboard: End goes to the last row, and each time the next page comes in before it
        robot.interact(() -> view.table().scrollTo(0));
        robot.clickOn(String.format("HS-%05d", DOSSIERS - 1));
        for (int i = 0; i < 20 && !view.viewModel().complete(); i++) {
            robot.push(KeyCode.END);
            robot.sleep(300); // the next page is read in the background meanwhile
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().complete());
        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.table().getItems()).hasSize(DOSSIERS);
        assertThat(view.table().getItems().get(DOSSIERS - 1).dossier().code()).isEqualTo("HS-00000");
        assertThat(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> "HS-00000".equals(((Labeled) n).getText()))).isTrue();
        assertThat(robot.lookup("#dossiers-count").queryAs(Label.class).getText()).isEqualTo(Fmt.count(DOSSIERS) + " hồ sơ");
        // every page read, every column sorts again
        assertThat(view.table().getColumns().get(0).isSortable()).isTrue();
    }
}
