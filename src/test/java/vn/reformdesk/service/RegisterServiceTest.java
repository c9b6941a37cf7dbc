package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.support.TestDb;

/** The open-dossier shortcut counts exactly what the full overdue board counts. */
class RegisterServiceTest {
    @TempDir
    Path dir;

    @Test
    void openCountsEqualTheFullBoardOnTheSampleAtSeveralDates() throws Exception {
        try (AppContext app = TestDb.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            // as-of the sample's date, a month later (its 8 open dossiers have become overdue), and mid-year
            for (LocalDate asOf : new LocalDate[] {SampleDepartment.AS_OF, SampleDepartment.AS_OF.plusMonths(1),
                LocalDate.of(2024, 6, 14)}) {
                OverdueBoard board = reg.overdueBoard(asOf);
                int[] open = reg.openCounts(asOf);
                assertThat(open[0]).as("overdue as of %s", asOf).isEqualTo(board.overdue().size());
                assertThat(open[1]).as("due soon as of %s", asOf).isEqualTo(board.dueSoon().size());
            }
            assertThat(reg.openCounts(SampleDepartment.AS_OF.plusMonths(1))[0]).isEqualTo(8);
        }
    }
}
