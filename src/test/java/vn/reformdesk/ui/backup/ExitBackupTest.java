package vn.reformdesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.BackupService;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.common.I18n;

/** Closing the main window backs up in sight when something is new, and the officer may close without waiting. */
@ExtendWith(ApplicationExtension.class)
class ExitBackupTest {
    @TempDir
    Path dir;
    AppContext ctx;
    Stage main;
    final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        ExitBackup.forgetSkip();
        if (ctx != null) ctx.close();
    }

    private boolean requestClose(FxRobot robot) {
        WindowEvent event = new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> main.getOnCloseRequest().handle(event));
        return event.isConsumed(); // consumed: the window stays while the backup runs
    }

    @Test
    void somethingWrittenSinceTheLastAutomaticBackupIsBackedUpInSightThenTheAppExits(FxRobot robot) throws Exception {
        ctx = FxTest.context(dir.resolve("written"));
        BackupActions.automatic(ctx, false); // the day's backup, made at start
        Thread.sleep(1_100); // backups are named to the second
        ctx.register().settings().put(SettingsRepository.UNIT_NAME, "UBND xã Tân Phú"); // then an edit
        robot.interact(() -> ExitBackup.install(main, () -> ctx, exits::incrementAndGet));

        assertThat(requestClose(robot)).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exits.get() == 1);
        assertThat(new BackupService(ctx.database()).autoBackups()).hasSize(2);
        assertThat(ExitBackup.skipped()).isFalse();
        assertThat(new BackupService(ctx.database()).changedSinceNewestAutoBackup()).isFalse(); // stop(): nothing left
        // the dashboard's figures were stored for the next start, under the data as it is now
        var store = new vn.reformdesk.store.TallyRepository(ctx.database());
        var quarter = vn.reformdesk.domain.period.Period.of(vn.reformdesk.domain.period.Period.Kind.QUARTER, ctx.asOf());
        assertThat(store.findOpenDueDates(store.dataVersion())).isPresent();
        assertThat(store.find(quarter.previous(), false, store.dataVersion())).isPresent();
    }

    @Test
    void nothingNewClosesAtOnce(FxRobot robot) {
        ctx = FxTest.context(dir.resolve("unchanged"));
        BackupActions.automatic(ctx, false);
        robot.interact(() -> ExitBackup.install(main, () -> ctx, exits::incrementAndGet));

        assertThat(requestClose(robot)).isFalse();
        assertThat(robot.lookup("#exit-backup-text").tryQuery()).isEmpty();
        assertThat(new BackupService(ctx.database()).autoBackups()).hasSize(1);
    }

    @Test
    void aFailedBackupIsToldBeforeTheAppCloses(FxRobot robot) throws Exception {
        ctx = FxTest.context(dir.resolve("failing"));
        java.nio.file.Files.writeString(new BackupService(ctx.database()).autoFolder(), "a file where the folder goes");
        robot.interact(() -> ExitBackup.install(main, () -> ctx, exits::incrementAndGet));

        assertThat(requestClose(robot)).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getContentText()).startsWith(I18n.t("backup.onExit.failed", "x").substring(0, 20));
        assertThat(exits.get()).isZero(); // not before the officer has read it
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exits.get()).isEqualTo(1);
    }

    @Test
    void theOfficerMayCloseWithoutWaiting(FxRobot robot) throws Exception {
        ctx = FxTest.context(dir.resolve("skip"));
        ctx.register().settings().put(SettingsRepository.UNIT_NAME, "UBND xã Tân Phú");
        robot.interact(() -> ExitBackup.install(main, () -> ctx, exits::incrementAndGet));
        // a long backup: another automatic backup holds the lock the exit backup waits for
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (BackupActions.class) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        holder.start();
        held.await();
        try {
            assertThat(requestClose(robot)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            Label text = robot.lookup("#exit-backup-text").queryAs(Label.class);
            assertThat(text.getText()).isEqualTo(I18n.t("backup.onExit.running"));
            assertThat(exits.get()).isZero();

            robot.clickOn("#exit-backup-skip");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(exits.get()).isEqualTo(1);
            assertThat(ExitBackup.skipped()).isTrue(); // stop() will not start it again
            assertThat(robot.lookup("#exit-backup-text").tryQuery()).isEmpty();
        } finally {
            release.countDown();
            holder.join();
        }
    }
}
