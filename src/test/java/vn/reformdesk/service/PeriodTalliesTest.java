package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.service.PeriodTallies.Found;
import vn.reformdesk.service.PeriodTallies.Source;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.TallyRepository;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/** Stored period tallies give exactly what counting every dossier of the period gives, and never outlive a write. */
class PeriodTalliesTest {
    @TempDir
    Path dir;

    /** The reference: every dossier of the register, counted one by one. */
    private static RateTally counted(Period p, LocalDate asOf, List<Dossier> all, Map<String, Procedure> byCode,
                                     DeadlineCalculator calc) {
        return RateTally.of(p, asOf, all, byCode::get, calc);
    }

    @BothEngines
    void storedTalliesEqualAFullCountForEveryPeriodAndDateOfTheSample(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            List<Dossier> all = reg.dossiers().findAll();
            Map<String, Procedure> byCode = reg.proceduresByCode();
            DeadlineCalculator calc = reg.calculator();
            Set<Source> seen = EnumSet.noneOf(Source.class);
            for (String period : new String[] {"2024", "2024-Q1", "2024-Q3", "2024-Q4", "2024-06", "2024-12", "2025-Q1"}) {
                Period p = Period.parse(period);
                // running periods on days in order (the stored resolved part is reused on later days), then ended
                List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2024, 7, 3), SampleDepartment.AS_OF,
                        LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 30), p.end(), p.end().plusDays(40)));
                for (LocalDate asOf : days) {
                    RateTally expected = counted(p, asOf, all, byCode, calc);
                    for (int i = 0; i < 2; i++) {
                        // the report's way: the months' settled tallies and the open dossiers
                        Found m = reg.tallies().byMonths(vn.reformdesk.domain.unit.UnitScope.ALL, p, asOf, byCode,
                                unit -> calc);
                        seen.add(m.source());
                        assertThat(m.tally()).as("%s as of %s by months (%s)", period, asOf, m.source()).isEqualTo(expected);
                        Found f = reg.tallies().tally(p, asOf, byCode, calc);
                        seen.add(f.source());
                        assertThat(f.tally()).as("%s as of %s (%s)", period, asOf, f.source()).isEqualTo(expected);
                        assertThat(ServiceRates.of(p, asOf, f.tally(), byCode.values()))
                                .isEqualTo(ServiceRates.compute(p, asOf, all, byCode.values(), calc));
                    }
                }
                // one whole tally per period: the latest date asked replaced the end's; asked again, it is stored
                reg.tallies().tally(p, p.end(), byCode, calc);
                assertThat(reg.tallies().tally(p, p.end(), byCode, calc).source()).isEqualTo(Source.STORED_WHOLE);
            }
            assertThat(seen).as("every way of finding a tally was tried").containsExactlyInAnyOrder(Source.values());
        }
    }

    @BothEngines
    void aSavedDossierIsAppliedToTheStoredTallyAndACalendarEditMakesItBeCountedAgain(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            Map<String, Procedure> byCode = reg.proceduresByCode();
            DeadlineCalculator calc = reg.calculator();
            Period q4 = Period.parse("2024-Q4");
            LocalDate asOf = LocalDate.of(2024, 12, 31);
            reg.tallies().tally(q4, asOf, byCode, calc);
            Found before = reg.tallies().tally(q4, asOf, byCode, calc);
            assertThat(before.source()).isEqualTo(Source.STORED_WHOLE);

            // resolve one of the dossiers still open at the period's end
            Dossier open = reg.dossiers().findAll().stream()
                    .filter(d -> !d.receivedOn().isBefore(q4.start()) && d.resolvedOn() == null).findFirst().orElseThrow();
            reg.dossiers().save(open.withResolution(LocalDate.of(2024, 12, 23), Outcome.ISSUED));

            // applied to the stored tally in the save's own transaction: read back, not counted again
            Found after = reg.tallies().tally(q4, asOf, byCode, calc);
            assertThat(after.source()).isEqualTo(Source.STORED_WHOLE);
            assertThat(after.tally()).isEqualTo(counted(q4, asOf, reg.dossiers().findAll(), byCode, calc));
            assertThat(after.tally().total(RateTally.Count.RECEIVED)).isEqualTo(before.tally().total(RateTally.Count.RECEIVED));
            assertThat(after.tally().total(RateTally.Count.ISSUED)).isEqualTo(before.tally().total(RateTally.Count.ISSUED) + 1);

            // a holiday moves due dates: the stored tally is left behind and the period counted again
            reg.calendar().save(vn.reformdesk.domain.calendar.CalendarDay.holiday(LocalDate.of(2024, 10, 21), "Nghỉ"));
            DeadlineCalculator edited = reg.calculator();
            Found recounted = reg.tallies().tally(q4, asOf, byCode, edited);
            assertThat(recounted.source()).isEqualTo(Source.COMPUTED);
            assertThat(recounted.tally()).isEqualTo(counted(q4, asOf, reg.dossiers().findAll(), byCode, edited));
        }
    }

    @BothEngines
    void aTallyComputedBeforeAWriteIsNotStoredUnderTheNewData(DbKind kind) throws Exception {
        try (Database db = kind.open(dir)) {
            TallyRepository store = new TallyRepository(db);
            long version = store.dataVersion();
            new RegisterService(db).settings().put(vn.reformdesk.store.SettingsRepository.DUE_SOON_DAYS, "3");
            assertThat(store.dataVersion()).isGreaterThan(version);
            Period q = Period.parse("2024-Q1");
            assertThat(store.save(q, false, q.end(), version, new RateTally())).isFalse();
            assertThat(store.find(q, false, version)).isEmpty();
            assertThat(store.save(q, false, q.end(), store.dataVersion(), new RateTally())).isTrue();
            assertThat(store.find(q, false, store.dataVersion())).isPresent();
        }
    }

    @BothEngines
    void storedDueDatesGiveTheSameOpenCountsAsTheFullBoardOnLaterDays(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            TallyRepository store = new TallyRepository(app.database());
            // in order: the due dates stored on the sample's date are counted from on the days after it (its
            // register has no later event), and moved to each day asked, with their end (none); then an earlier day
            // is computed again
            LocalDate[] days = {LocalDate.of(2024, 6, 14), SampleDepartment.AS_OF, LocalDate.of(2024, 12, 23),
                LocalDate.of(2024, 12, 27), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 2, 10), LocalDate.of(2024, 11, 1)};
            for (LocalDate asOf : days) {
                int[] open = reg.openCounts(asOf);
                OverdueBoard board = reg.overdueBoard(asOf);
                assertThat(open[0]).as("overdue as of %s", asOf).isEqualTo(board.overdue().size());
                assertThat(open[1]).as("due soon as of %s", asOf).isEqualTo(board.dueSoon().size());
                TallyRepository.OpenDueDates stored = store.findOpenDueDates(store.dataVersion()).orElseThrow();
                assertThat(stored.asOf()).as("stored due dates after asking for %s", asOf).isEqualTo(asOf);
                if (asOf.isAfter(SampleDepartment.AS_OF)) assertThat(stored.validUntil()).as("moved, not counted").isNull();
            }
            // an event after the stored day ends their validity: here, the 2024-06-14 ones end at the next event
            assertThat(store.findOpenDueDates(store.dataVersion()).orElseThrow().validUntil()).isNotNull();
            assertThat(reg.openCounts(SampleDepartment.AS_OF.plusMonths(1))[0]).isEqualTo(8);
        }
    }

    @BothEngines
    void figuresStoredOnExitServeTheNextStartOnALaterDay(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            reg.storeDashboardFigures(SampleDepartment.AS_OF); // Friday 20/12/2024, on exit

            LocalDate monday = LocalDate.of(2024, 12, 23); // the next start
            Map<String, Procedure> byCode = reg.proceduresByCode();
            DeadlineCalculator calc = reg.calculator();
            Period q4 = Period.parse("2024-Q4");
            Found running = reg.tallies().tally(q4, monday, byCode, calc);
            assertThat(running.source()).isEqualTo(Source.STORED_SETTLED);
            assertThat(running.tally()).isEqualTo(counted(q4, monday, reg.dossiers().findAll(), byCode, calc));
            assertThat(reg.tallies().tally(q4.previous(), q4.previous().end(), byCode, calc).source())
                    .isEqualTo(Source.STORED_WHOLE);
            TallyRepository store = new TallyRepository(app.database());
            assertThat(store.findOpenDueDates(store.dataVersion()).orElseThrow().holdsOn(monday)).isTrue();
        }
    }

    @BothEngines
    void aLongWriteDoesNotMakeOtherWritersWaitOnTheDataVersion(DbKind kind) throws Exception {
        try (Database db = kind.open(dir)) {
            TallyRepository store = new TallyRepository(db);
            long before = store.dataVersion();
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            // Own threads: the common pool may have a single thread on a 2-core machine.
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                // a write transaction held open, as a million-row import is while it commits
                var longWrite = writers.submit(() -> vn.reformdesk.store.Transactions.inTransaction(db, c -> {
                    inside.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
                inside.await();
                var settings = new RegisterService(db).settings();
                writers.submit(() -> settings.put(vn.reformdesk.store.SettingsRepository.DUE_SOON_DAYS, "3"))
                        .get(5, java.util.concurrent.TimeUnit.SECONDS); // not held up by the open transaction
                assertThat(store.dataVersion()).isEqualTo(before + 1); // the open one is not counted until it commits
                release.countDown();
                longWrite.get(5, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                release.countDown();
                writers.shutdownNow();
            }
            assertThat(store.dataVersion()).isEqualTo(before + 2);
        }
    }

    @BothEngines
    void startingTheAppWritesNothingSoStoredFiguresSurviveARestart(DbKind kind) {
        long version;
        Database first = kind.open(dir);
        try (first) {
            version = new TallyRepository(first).dataVersion();
        }
        try (Database db = kind.reopen(first, dir)) {
            assertThat(new TallyRepository(db).dataVersion()).isEqualTo(version);
        }
    }
}
