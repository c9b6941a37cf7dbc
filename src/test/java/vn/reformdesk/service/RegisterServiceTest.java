package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.support.TestDb;

/** The shortcuts (open dossiers only, a period's facts from an index) count exactly what full passes count. */
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

    @Test
    void ratesFromThePeriodsIndexedFactsEqualRatesFromTheWholeRegister() throws Exception {
        try (AppContext app = TestDb.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            List<Dossier> all = reg.dossiers().findAll();
            assertThat(all).anySatisfy(d -> assertThat(d.supplements()).isNotEmpty());
            for (String period : new String[] {"2024", "2024-Q1", "2024-Q4", "2024-06", "2024-12", "2025-Q1"}) {
                Period p = Period.parse(period);
                for (LocalDate asOf : new LocalDate[] {p.end(), SampleDepartment.AS_OF, LocalDate.of(2024, 7, 3)}) {
                    ServiceRates full = ServiceRates.compute(p, asOf, all, reg.procedures().findAll(), reg.calculator());
                    assertThat(reg.serviceRates(p, asOf)).as("%s as of %s", period, asOf).isEqualTo(full);
                }
            }
            assertThat(reg.serviceRates(Period.parse("2024"), SampleDepartment.AS_OF).received()).isEqualTo(10_732);
        }
    }

    @Test
    void figuresKeptByTheContextAreRecomputedAfterAnyWrite() throws Exception {
        try (AppContext app = TestDb.context(dir)) {
            int[] computed = {0};
            java.util.function.Supplier<Integer> figures = () -> ++computed[0];
            assertThat(app.cached("k", figures)).isEqualTo(1);
            assertThat(app.cached("k", figures)).isEqualTo(1);
            assertThat(app.cached("other", figures)).isEqualTo(2);
            app.register().settings().put(vn.reformdesk.store.SettingsRepository.DUE_SOON_DAYS, "3");
            assertThat(app.cached("k", figures)).isEqualTo(3);
            assertThat(app.cached("k", figures)).isEqualTo(3);
        }
    }
}
