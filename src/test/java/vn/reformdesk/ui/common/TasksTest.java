package vn.reformdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page of a list does not wait behind long work (issue 18: at a million dossiers the first view of a new day counts
 * the figures again for seconds on both workers, and the dossier list's first screen waited behind them).
 */
@ExtendWith(ApplicationExtension.class)
class TasksTest {
    @Test
    void aPageIsReadWhileBothWorkersAreBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(2);
        Runnable[] nothing = {() -> { }};
        for (int i = 0; i < 2; i++) {
            Tasks.run(() -> {
                busy.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }, done -> nothing[0].run(), e -> nothing[0].run());
        }
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).as("both workers are busy").isTrue();
            CountDownLatch read = new CountDownLatch(1);
            AtomicReference<String> shown = new AtomicReference<>();
            Tasks.runPage(() -> {
                read.countDown();
                return "page 1";
            }, shown::set, e -> shown.set("failed: " + e));
            assertThat(read.await(10, TimeUnit.SECONDS)).as("the page was read while the workers were busy").isTrue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.get() != null);
            assertThat(shown.get()).isEqualTo("page 1");
            assertThat(busy.getCount()).isZero();
            assertThat(release.getCount()).as("the long work is still running").isEqualTo(1);
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Tasks.pending() == 0);
    }
}
