package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/** The dossier list's keyset pages (issue 18): every dossier once, in order, across page boundaries and ties. */
class DossierPagesTest {
    @TempDir
    Path dir;

    /** Reads every page of {@code size} and returns the codes in the order they came. */
    private static List<String> allPages(DossierRepository repo, UnitScope scope, LocalDate from, LocalDate to, int size) {
        List<String> out = new ArrayList<>();
        DossierRepository.ListKey after = null;
        for (int guard = 0; guard < 1_000; guard++) {
            List<Dossier> page = repo.findPage(scope, from, to, after, size);
            assertThat(page.size()).isLessThanOrEqualTo(size);
            page.forEach(d -> out.add(d.code()));
            if (page.size() < size) return out;
            after = DossierRepository.ListKey.of(page.get(page.size() - 1));
        }
        throw new AssertionError("paging did not end");
    }

    @BothEngines
    void pagesGiveEveryDossierOnceNewestFirstWithTiesOnTheReceiptBrokenById(DbKind kind) {
        try (Database db = kind.open(dir)) {
            UnitRepository units = new UnitRepository(db);
            units.upsert(new Unit("A", "Sở A", UnitKind.DEPARTMENT, null));
            units.upsert(new Unit("B", "Sở B", UnitKind.DEPARTMENT, null));
            new ProcedureRepository(db).save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 3, OnlineLevel.FULL));
            DossierRepository repo = new DossierRepository(db);
            List<Dossier> saved = new ArrayList<>();
            // 40 dossiers on 10 days, four received at the very same minute each day: pages of 3 cut through the ties
            for (int i = 0; i < 40; i++) {
                LocalDateTime at = LocalDateTime.of(2026, 3, 2 + i / 4, 9, 0);
                Dossier d = Dossier.received(String.format("D%02d", i), "P1", "Người " + i, Channel.ONLINE, at)
                        .withUnit(i % 2 == 0 ? "A" : "B");
                if (i == 5) d = d.withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5))));
                saved.add(repo.save(d));
            }
            List<Dossier> expected = new ArrayList<>(repo.findAll());
            expected.sort(Comparator.comparing(Dossier::receivedAt).thenComparing(Dossier::id).reversed());
            List<String> codes = expected.stream().map(Dossier::code).toList();

            for (int size : new int[] {1, 3, 4, 7, 40, 100}) {
                assertThat(allPages(repo, UnitScope.ALL, null, null, size)).as("pages of " + size).isEqualTo(codes);
            }
            // a unit's pages, and a received period (both ends included)
            assertThat(allPages(repo, UnitScope.of("A"), null, null, 3)).isEqualTo(expected.stream()
                    .filter(d -> "A".equals(d.unitCode())).map(Dossier::code).toList());
            assertThat(allPages(repo, UnitScope.ALL, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 6), 5))
                    .isEqualTo(expected.stream().filter(d -> !d.receivedOn().isBefore(LocalDate.of(2026, 3, 4))
                            && !d.receivedOn().isAfter(LocalDate.of(2026, 3, 6))).map(Dossier::code).toList());
            assertThat(repo.countReceived(UnitScope.ALL, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 6))).isEqualTo(12);
            assertThat(repo.countReceived(UnitScope.of("B"), null, null)).isEqualTo(20);
            // the day's codes, for the form's next free code when the list has not read them all
            assertThat(repo.codesReceivedOn(LocalDate.of(2026, 3, 2))).containsExactlyInAnyOrder("D00", "D01", "D02", "D03");
            // the page carries the whole dossier, its supplementation cycles too
            assertThat(repo.findPage(UnitScope.ALL, null, null, null, 40).stream()
                    .filter(d -> d.code().equals("D05")).findFirst().orElseThrow().supplements()).hasSize(1);
        }
    }

    @org.junit.jupiter.api.Test
    void onH2ThePagesReadTheReceiptIndexInOrderAndStopAfterThePage() throws Exception {
        try (Database db = Database.open(dir.resolve("plan"))) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                String next = "SELECT * FROM dossiers d WHERE 1 = 1 AND d.received_at <= TIMESTAMP '2026-03-02 09:00:00'"
                        + " AND (d.received_at < TIMESTAMP '2026-03-02 09:00:00' OR d.id < 5)";
                assertThat(plan(st, next + " ORDER BY d.received_at DESC, d.id DESC FETCH FIRST 500 ROWS ONLY"))
                        .contains("IX_DOSSIERS_RECEIVED: RECEIVED_AT <=").contains("index sorted");
                assertThat(plan(st, next + " AND unit_code = 'A' ORDER BY d.unit_code DESC, d.received_at DESC, d.id DESC"
                        + " FETCH FIRST 500 ROWS ONLY")).contains("IX_DOSSIERS_UNIT").contains("index sorted");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void onPostgreSqlThePagesReadTheReceiptIndexBackwardsAndStopAfterThePage() throws Exception {
        try (Database db = DbKind.POSTGRES.open(dir)) {
            new ProcedureRepository(db).save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 3, OnlineLevel.FULL));
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                // enough rows that a sort of them all would cost more than the index (each minute twice: ties)
                st.execute("INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code)"
                        + " SELECT 'X' || g, (SELECT MIN(id) FROM procedures), 'online',"
                        + " TIMESTAMP '2020-01-01 00:00:00' + (g / 2) * INTERVAL '1 minute', 'home'"
                        + " FROM generate_series(1, 50000) g");
                st.execute("ANALYZE dossiers");
                String next = "SELECT * FROM dossiers d WHERE 1 = 1 AND d.received_at <= TIMESTAMP '2020-01-10 00:00:00'"
                        + " AND (d.received_at < TIMESTAMP '2020-01-10 00:00:00' OR d.id < 20000)";
                String all = pgPlan(st, next + " ORDER BY d.received_at DESC, d.id DESC FETCH FIRST 500 ROWS ONLY");
                assertThat(all).contains("Index Scan Backward using ix_dossiers_received").doesNotContain("Seq Scan")
                        .doesNotContainPattern("(?m)^\\s*->\\s+Sort "); // an incremental sort of the ties only
                String unit = pgPlan(st, next + " AND unit_code = 'home' ORDER BY d.unit_code DESC, d.received_at DESC,"
                        + " d.id DESC FETCH FIRST 500 ROWS ONLY");
                // one unit holds every row here, so PostgreSQL may take either index; read in order, either way
                assertThat(unit).containsPattern("Index Scan Backward using ix_dossiers_(unit|received)")
                        .doesNotContain("Seq Scan").doesNotContainPattern("(?m)^\\s*->\\s+Sort ");
            }
        }
    }

    private static String pgPlan(Statement st, String sql) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) out.append(rs.getString(1)).append('\n');
        }
        return out.toString();
    }

    private static String plan(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
