package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.scene.control.Label;
import vn.reformdesk.store.DatabaseInUseException;

/**
 * A register that takes long to open (an upgrade) says so in a window of its own, which closes once the open has
 * ended; a quick open shows nothing; a failure comes out as the open threw it.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningNoticeTest {
    private final AtomicReference<Object> result = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    @org.junit.jupiter.api.BeforeEach
    void vietnamese() { vn.reformdesk.ui.common.I18n.setLocale(new java.util.Locale("vi")); }

    private void awaitOnFxThread(CompletableFuture<String> opening) {
        Platform.runLater(() -> {
            try {
                result.set(OpeningNotice.await(opening));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
    }

    private static boolean noticeShown(FxRobot robot) {
        return robot.lookup("#opening-notice").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void aQuickOpenShowsNothing(FxRobot robot) throws Exception {
        awaitOnFxThread(CompletableFuture.completedFuture("register"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isEqualTo("register");
        assertThat(noticeShown(robot)).isFalse();
    }

    @Test
    void aLongOpenSaysSoUntilItEnds(FxRobot robot) throws Exception {
        CompletableFuture<String> opening = new CompletableFuture<>();
        awaitOnFxThread(opening);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noticeShown(robot));
        Label title = (Label) robot.lookup("#opening-notice").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0);
        assertThat(title.getText()).isEqualTo("Đang mở sổ đăng ký…");
        assertThat(result.get()).as("still waiting").isNull();

        opening.complete("register");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get()).isEqualTo("register");
        assertThat(noticeShown(robot)).as("closed once open").isFalse();
    }

    @Test
    void aFailedOpenComesOutAsItFailed(FxRobot robot) throws Exception {
        CompletableFuture<String> opening = new CompletableFuture<>();
        awaitOnFxThread(opening);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> noticeShown(robot));
        opening.completeExceptionally(new DatabaseInUseException(java.nio.file.Path.of("db"), null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> failure.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failure.get()).isInstanceOf(DatabaseInUseException.class);
        assertThat(noticeShown(robot)).isFalse();
    }
}
