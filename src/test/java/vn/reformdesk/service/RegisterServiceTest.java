package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/**
 * The shortcuts (a period's facts from an index) count exactly what full passes count; the open dossiers' counts are
 * checked against the full board in {@link PeriodTalliesTest}.
 */
class RegisterServiceTest {
    @TempDir
    Path dir;

    @BothEngines
    void ratesFromThePeriodsIndexedFactsEqualRatesFromTheWholeRegister(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
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

    @BothEngines
    void figuresKeptByTheContextAreRecomputedAfterAnyWrite(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
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

    @BothEngines
    void aSecondCallerWaitsForFiguresBeingComputedAndAFailureIsNotKept(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.function.Supplier<Integer> slow = () -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return computed.incrementAndGet();
            };
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> app.cached("k", slow));
            started.await();
            var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> app.cached("k", slow));
            Thread.sleep(100); // the second call is waiting, not computing
            release.countDown();
            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isEqualTo(1);
            assertThat(computed.get()).isEqualTo(1);

            java.util.function.Supplier<Integer> failing = () -> {
                throw new IllegalStateException("disk gone");
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.cached("bad", failing))
                    .hasMessage("disk gone");
            assertThat(app.cached("bad", () -> 7)).isEqualTo(7);
        }
    }

    /** The board as one full pass over every dossier computes it (what the board did before), in order of receipt. */
    private static List<List<String>> fullPassBoard(RegisterService reg, LocalDate asOf) {
        List<DossierRow> overdue = new java.util.ArrayList<>(), dueSoon = new java.util.ArrayList<>(),
                apology = new java.util.ArrayList<>();
        reg.forEachRow(null, asOf, asOf, r -> {
            if (r.deadline().status() == vn.reformdesk.domain.dossier.DossierStatus.OVERDUE) overdue.add(r);
            if (r.deadline().status() == vn.reformdesk.domain.dossier.DossierStatus.DUE_SOON) dueSoon.add(r);
            if (r.deadline().apologyMissing()) apology.add(r);
        });
        java.util.Comparator<DossierRow> receipt = java.util.Comparator.comparing((DossierRow r) -> r.dossier().receivedAt())
                .thenComparing(r -> r.dossier().code());
        return java.util.stream.Stream.of(overdue, dueSoon, apology)
                .map(l -> l.stream().sorted(receipt).map(r -> r.dossier().code()).toList()).toList();
    }

    private static List<List<String>> board(RegisterService reg, LocalDate asOf) {
        OverdueBoard b = reg.overdueBoard(asOf);
        java.util.function.Function<List<DossierRow>, List<String>> codes =
                l -> l.stream().map(r -> r.dossier().code()).toList();
        return List.of(codes.apply(b.overdue()), codes.apply(b.dueSoon()), codes.apply(b.missingApology()));
    }

    @BothEngines
    void theBoardReadFromIndexesListsWhatAFullPassLists(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = app.register();
            reg.procedures().save(vn.reformdesk.domain.procedure.Procedure.of("P1", "Thủ tục", 
                    vn.reformdesk.domain.procedure.AdminLevel.COMMUNE, 2, vn.reformdesk.domain.procedure.OnlineLevel.NONE));
            java.time.LocalDateTime mon = LocalDate.of(2026, 11, 2).atTime(9, 0); // Monday: due Wednesday 4/11
            java.util.function.BiFunction<String, java.time.LocalDateTime, Dossier> received =
                    (code, at) -> Dossier.received(code, "P1", "Lê Văn " + code, vn.reformdesk.domain.dossier.Channel.DIRECT, at);
            var issued = vn.reformdesk.domain.dossier.Outcome.ISSUED;
            for (Dossier d : List.of(
                    received.apply("A-late", mon).withResolution(LocalDate.of(2026, 11, 6), issued),
                    received.apply("B-late-apologised", mon).withResolution(LocalDate.of(2026, 11, 6), issued)
                            .withApology(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 6)),
                    received.apply("C-apology-later", mon).withResolution(LocalDate.of(2026, 11, 6), issued)
                            .withApology(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12)),
                    received.apply("D-open", mon),
                    received.apply("E-due-tomorrow", LocalDate.of(2026, 11, 6).atTime(8, 0)),
                    received.apply("F-not-yet", LocalDate.of(2026, 11, 10).atTime(8, 0)),
                    received.apply("G-early", mon).withResolution(LocalDate.of(2026, 11, 3), issued),
                    received.apply("H-resolved-later", mon).withResolution(LocalDate.of(2026, 11, 12), issued),
                    received.apply("I-paused", mon).withSupplements(List.of(
                            new vn.reformdesk.domain.dossier.SupplementCycle(LocalDate.of(2026, 11, 3), null))))) {
                reg.dossiers().save(d);
            }
            LocalDate monday9 = LocalDate.of(2026, 11, 9);
            assertThat(board(reg, monday9)).containsExactly(
                    List.of("D-open", "H-resolved-later"),
                    List.of("E-due-tomorrow"),
                    List.of("A-late", "C-apology-later", "D-open", "H-resolved-later", "E-due-tomorrow"));
            for (LocalDate asOf = LocalDate.of(2026, 11, 1); asOf.isBefore(LocalDate.of(2026, 11, 20)); asOf = asOf.plusDays(1)) {
                assertThat(board(reg, asOf)).as("as of %s", asOf).isEqualTo(fullPassBoard(reg, asOf));
            }
        }
    }

    @BothEngines
    void theBoardOnTheSampleListsWhatAFullPassLists(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            for (LocalDate asOf : new LocalDate[] {SampleDepartment.AS_OF, SampleDepartment.AS_OF.plusMonths(1),
                LocalDate.of(2024, 6, 14)}) {
                assertThat(board(app.register(), asOf)).as("as of %s", asOf).isEqualTo(fullPassBoard(app.register(), asOf));
            }
        }
    }
}
