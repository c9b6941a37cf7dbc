package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.io.ImportWarmup;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.support.TestDb;

/** What the app's start does in the background once its first screen is shown (issue 18). */
class AfterFirstScreenTest {
    @TempDir
    Path dir;

    @Test
    void itRehearsesAnImportThenMakesTheDailyBackup() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord r) { logged.add(r.getMessage()); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger log = Logger.getLogger(ReformDeskApp.class.getName());
        log.addHandler(handler);
        try (AppContext app = TestDb.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            long stored = new DossierRepository(app.database()).count();
            LocalDate today = SampleDepartment.AS_OF;

            Path backup = ReformDeskApp.inTheBackground(app, new ImportWarmup(app.database(), today));

            assertThat(logged).anyMatch(m -> m.startsWith("an import of 300 rows rehearsed at start in "));
            assertThat(backup).as("the day's backup, after it").isNotNull().isRegularFile().startsWith(dir);
            assertThat(new DossierRepository(app.database()).count()).isEqualTo(stored);
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void aRehearsalStoppedBeforeItStartsLeavesTheBackupToRun() {
        try (AppContext app = TestDb.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            ImportWarmup rehearsal = new ImportWarmup(app.database(), SampleDepartment.AS_OF);
            rehearsal.stop(); // the app closed at once
            assertThat(ReformDeskApp.inTheBackground(app, rehearsal)).isNotNull();
        }
    }
}
