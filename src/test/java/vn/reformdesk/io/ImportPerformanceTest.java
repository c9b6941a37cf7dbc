package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;

/**
 * Measures a 100,000-dossier CSV import and prints the time; asserts only the counts.
 * Run with {@code mvn -B -o test -Dtest=ImportPerformanceTest -Dreformdesk.perf=true}.
 */
@EnabledIfSystemProperty(named = "reformdesk.perf", matches = "true")
class ImportPerformanceTest {
    @TempDir
    Path dir;

    @Test
    void hundredThousandDossiers() throws IOException {
        Path f = dir.resolve("dossiers.csv");
        int n = 100_000;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(ImporterTest.DOSSIER_HEADER + "\n");
            for (int i = 1; i <= n; i++) {
                int day = 1 + i % 28;
                w.write("H15.22-2609" + String.format("%02d", day) + "-" + i + ",1.00" + (1 + i % 3) + ",Nguyễn Thị Hồng " + i
                        + "," + (i % 2 == 0 ? "online" : "direct") + ",2026-09-" + String.format("%02d", day) + " 09:15,"
                        + (i % 10 == 0 ? "2026-10-01,2026-10-03" : ",") + "," + (i % 3 == 0 ? "2026-10-20,issued" : ",")
                        + ",true,yes,1,satisfied,no,\n");
            }
        }
        try (Database db = TestDb.open(dir)) {
            for (int p = 1; p <= 3; p++) {
                new ProcedureRepository(db).save(Procedure.of("1.00" + p, "Thủ tục " + p, AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
            }
            long t0 = System.nanoTime();
            String[] last = {""};
            ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false, (fr, msg) -> {
                if (!msg.equals(last[0])) System.out.printf("PERF %s at %.2f s%n", msg, (System.nanoTime() - t0) / 1e9);
                last[0] = msg;
            }, () -> false);
            long t1 = System.nanoTime();
            assertThat(r.problems()).isEmpty();
            assertThat(r.added()).isEqualTo(n);
            ImportReport again = Importer.run(db, ImportKind.DOSSIERS, f, false);
            long t2 = System.nanoTime();
            assertThat(again.unchanged()).isEqualTo(n);
            assertThat(new DossierRepository(db).count()).isEqualTo(n);
            System.out.printf("PERF import %,d dossiers (%.1f MB): first %.2f s, re-import %.2f s%n", n,
                    Files.size(f) / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }
}
