package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.cli.SampleAndReportCommandTest.Run;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;

/** {@code reformdesk bench} on the H2 file: every row with its floor, and the app's register left as the app wrote it. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchOnH2KeepsItsBareFloorsOutOfTheAppsRegister() throws Exception {
        Path work = dir.resolve("bench");
        Run r = SampleAndReportCommandTest.run("bench", "--dossiers", "600", "--db", work.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String table = r.out().substring(r.out().indexOf("step "));
        assertThat(table).contains("import dossiers (CSV → H2)", "closing after the writes (file compacted)",
                "daily backup, next start (in the background)", "closing, no write since the backup");
        assertThat(table.lines().filter(l -> l.startsWith("import dossiers (")))
                .singleElement().satisfies(l -> assertThat(l).matches(".*\\d+\\.\\d{3} +\\d+\\.\\d +\\d+ MB$"));
        assertThat(r.out()).contains("import dossiers, second floor");
        // the floors' own register is gone, and the app's holds no table of theirs: only what the app imported
        assertThat(work.resolve("floors")).doesNotExist();
        try (Database db = Database.open(work.resolve("db")); var c = db.connection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'BENCH%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
            assertThat(new DossierRepository(db).count()).isGreaterThanOrEqualTo(600);
        }
    }
}
