package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.BoardPages.Kind;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/**
 * The overdue board read by pages (issue 18) equals the board counted whole, row by row, in the lists' order: for
 * every page size, across units, ties of urgency, due date and receipt, a Saturday and a holiday, and the counts.
 */
class BoardPagesTest {
    @TempDir
    Path dir;

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 11);

    @BothEngines
    void pagesOfEverySizeGiveTheCountedBoardInItsOrder(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = app.register();
            reg.units().upsert(new Unit("UBND-A", "UBND xã A", UnitKind.COMMUNE, null));
            reg.calendar().save(CalendarDay.holiday(LocalDate.of(2026, 3, 6), "Nghỉ bù")); // Friday: a day off
            reg.procedures().save(Procedure.of("P0", "Xác nhận", AdminLevel.COMMUNE, 0, OnlineLevel.FULL));
            reg.procedures().save(Procedure.of("P2", "Cấp bản sao", AdminLevel.PROVINCE, 2, OnlineLevel.FULL));
            reg.procedures().save(Procedure.of("P5", "Cấp giấy phép", AdminLevel.PROVINCE, 5, OnlineLevel.PARTIAL));
            String home = reg.units().homeCode();
            Random rnd = new Random(18);
            List<String> procs = List.of("P0", "P2", "P5");
            for (int i = 0; i < 70; i++) {
                // three receipts a day at the very same minute: ties of due date and receipt, broken by id
                LocalDateTime at = LocalDate.of(2026, 2, 23).plusDays(i / 3).atTime(9, 0);
                Dossier d = Dossier.received(String.format("HS-%03d", 69 - i), procs.get(rnd.nextInt(3)), "Công dân " + i,
                        Channel.ONLINE, at).withUnit(i % 4 == 0 ? "UBND-A" : home);
                int what = rnd.nextInt(6);
                LocalDate day = at.toLocalDate();
                if (what == 0) d = d.withResolution(day.plusDays(4 + rnd.nextInt(10)), Outcome.ISSUED);
                if (what == 1) d = d.withApology(day.plusDays(rnd.nextInt(12)), day.plusDays(20));
                if (what == 2) d = d.withSupplements(List.of(new SupplementCycle(day.plusDays(1),
                        rnd.nextBoolean() ? null : day.plusDays(3))));
                reg.dossiers().save(d);
            }
            for (LocalDate asOf : List.of(WEDNESDAY, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 5))) {
                for (UnitScope scope : List.of(UnitScope.ALL, UnitScope.of(home), UnitScope.of("UBND-A"))) {
                    OverdueBoard counted = reg.overdueBoardCounted(scope, asOf);
                    // the first read counts and stores the candidates, the second reads them as stored
                    for (int read = 0; read < 2; read++) {
                        BoardPages pages = reg.overdueBoardPages(scope, asOf);
                        String what = scope + " as of " + asOf + ", read " + read;
                        assertThat(pages.readsStored()).as(what).isTrue();
                        assertPagesEqual(pages, Kind.OVERDUE, counted.overdue(), what);
                        assertPagesEqual(pages, Kind.DUE_SOON, counted.dueSoon(), what);
                        assertPagesEqual(pages, Kind.MISSING_APOLOGY, counted.missingApology(), what);
                    }
                }
            }
            OverdueBoard wednesday = reg.overdueBoardCounted(UnitScope.ALL, WEDNESDAY);
            assertThat(wednesday.overdue()).hasSizeGreaterThan(10);
            assertThat(wednesday.dueSoon()).hasSizeGreaterThan(2);
            assertThat(reg.overdueBoardCounted(UnitScope.ALL, WEDNESDAY).missingApology().stream()
                    .filter(r -> r.dossier().resolvedOn() != null)).as("resolved late among the apology list").isNotEmpty();
        }
    }

    /**
     * A unit's board counted again reads the unit's supplementation cycles whatever their number. On H2 a unit with
     * more dossiers than the engine keeps in memory (MAX_MEMORY_ROWS, here 4) failed with "General error:
     * ArrayIndexOutOfBoundsException" (`bench --province`: 95 units, 2,000,000 dossiers): H2 turned the unit's
     * dossier ids of an IN subquery into a list kept on disk, and broke on it.
     */
    @BothEngines
    void aUnitsBoardReadsItsCyclesBeyondWhatTheEngineKeepsInMemory(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = app.register();
            if (kind == DbKind.H2) {
                try (var c = app.database().connection(); var st = c.createStatement()) {
                    st.execute("SET MAX_MEMORY_ROWS 4");
                }
            }
            reg.procedures().save(Procedure.of("P2", "Cấp bản sao", AdminLevel.PROVINCE, 2, OnlineLevel.FULL));
            String home = reg.units().homeCode();
            for (int i = 0; i < 12; i++) {
                LocalDate day = LocalDate.of(2026, 3, 2).plusDays(i % 5);
                Dossier d = Dossier.received("CYC-" + i, "P2", "Công dân " + i, Channel.ONLINE, day.atTime(8, 0))
                        .withSupplements(List.of(new SupplementCycle(day.plusDays(1), day.plusDays(2)),
                                new SupplementCycle(day.plusDays(3), null)));
                // resolved late, without an apology letter: read with its cycles by the count of the resolved ones
                if (i % 2 == 0) d = d.withSupplements(List.of(new SupplementCycle(day, day))).withResolution(day.plusDays(9), Outcome.ISSUED);
                reg.dossiers().save(d);
            }
            OverdueBoard counted = reg.overdueBoardCounted(UnitScope.of(home), WEDNESDAY.plusDays(7));
            assertThat(counted.missingApology()).as("resolved late without a letter").hasSize(6);
            assertThat(counted.missingApology()).allSatisfy(r -> assertThat(r.dossier().supplements()).hasSize(1));
            assertThat(reg.overdueBoardCounted(UnitScope.ALL, WEDNESDAY.plusDays(7)).missingApology()).hasSize(6);
        }
    }

    /** What the board shows of each dossier, and its whole deadline (a stored row carries no index facts). */
    private static List<List<Object>> shown(List<DossierRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (DossierRow r : rows) {
            Dossier d = r.dossier();
            out.add(java.util.Arrays.asList(d.id(), d.code(), d.procedureCode(), d.applicant(), d.receivedAt(),
                    d.resolvedOn(), d.apologyOn(), d.unitCode(), r.procedure(), r.deadline()));
        }
        return out;
    }

    /** Every page size from 1 to past the end gives the whole list, in ORDER, and the count is its size. */
    static void assertPagesEqual(BoardPages pages, Kind kind, List<DossierRow> counted, String what) {
        List<DossierRow> expected = new ArrayList<>(counted);
        expected.sort(BoardPages.ORDER);
        List<Long> ids = expected.stream().map(r -> r.dossier().id()).toList();
        assertThat(pages.count(kind)).as("%s count, %s", kind, what).isEqualTo(expected.size());
        for (int size = 1; size <= expected.size() + 1; size++) {
            List<DossierRow> all = new ArrayList<>();
            BoardPages.Page page = pages.first(kind, size);
            for (int guard = 0; ; guard++) {
                assertThat(page.rows().size()).isLessThanOrEqualTo(size);
                all.addAll(page.rows());
                if (page.last()) break;
                assertThat(guard).as("paging ends").isLessThan(1_000);
                page = pages.next(kind, page.next(), size);
            }
            assertThat(all.stream().map(r -> r.dossier().id()).toList()).as("%s pages of %s, %s", kind, size, what)
                    .isEqualTo(ids);
            assertThat(shown(all)).as("%s rows, %s", kind, what).isEqualTo(shown(expected));
        }
    }
}
