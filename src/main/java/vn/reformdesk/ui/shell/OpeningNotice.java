package vn.reformdesk.ui.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.reformdesk.service.Futures;
import vn.reformdesk.ui.common.I18n;

/**
 * Says that the register is opening when that takes more than a moment, instead of nothing on screen until the main
 * window. The first start after an update upgrades the register before anything else (at 1 M dossiers on H2, V15
 * alone took 41 s); an ordinary open is done before the toolkit has started and shows nothing. The JavaFX thread
 * waits in a nested event loop, as a dialog does, so the notice paints; it closes itself once the open has ended.
 */
final class OpeningNotice {
    /** How long an open may take before the notice shows (an ordinary one ends well within it). */
    static final long QUIET_MILLIS = 400;

    private OpeningNotice() {}

    /**
     * The opened value, waiting on the JavaFX thread with the notice shown if it takes longer than
     * {@link #QUIET_MILLIS}; failures come out as the work threw them ({@link Futures#result}).
     */
    static <T> T await(CompletableFuture<T> opening) {
        if (!doneWithin(opening, QUIET_MILLIS)) {
            Stage notice = show();
            Object loop = new Object();
            // runs on the JavaFX thread once it is in the loop below, even if the open ended meanwhile
            opening.whenComplete((value, failure) -> Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null)));
            Platform.enterNestedEventLoop(loop);
            notice.hide();
        }
        return Futures.result(opening);
    }

    /** Whether the work ended (done, failed or cancelled) within {@code millis}. */
    private static boolean doneWithin(CompletableFuture<?> work, long millis) {
        try {
            work.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return true; // ended: Futures.result tells how
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static Stage show() {
        Label title = new Label(I18n.t("db.opening"));
        title.getStyleClass().add("section-title");
        Label detail = new Label(I18n.t("db.openingDetail"));
        detail.setWrapText(true);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(12, title, detail, bar);
        box.setId("opening-notice");
        box.setPadding(new Insets(20));
        box.setPrefWidth(460);
        Scene scene = new Scene(box);
        scene.getStylesheets().add(OpeningNotice.class.getResource("/css/app.css").toExternalForm());
        vn.reformdesk.ui.common.Look.apply(scene); // the officer's scale and theme
        Stage stage = new Stage();
        stage.setTitle(I18n.t("app.title"));
        stage.setScene(scene);
        stage.setResizable(false);
        // the open goes on whatever the officer clicks; the main window follows by itself
        stage.setOnCloseRequest(javafx.event.Event::consume);
        stage.show();
        return stage;
    }
}
