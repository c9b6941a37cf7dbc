package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.cli.SampleAndReportCommandTest.Run;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;

/** {@code reformdesk bench} on the H2 file: every row with its floors, and the app's register left as the app wrote it. */
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
        assertThat(r.out()).contains("import dossiers, second floor", "import 1,000 dossiers, second floor");
        // the floors' register was shut down without leaving a connection behind: once collected, H2 wrote that it was
        // "not closed by the application" into the trace of the app's register
        Path trace = work.resolve("db").resolve(Database.FILE_NAME + ".trace.db");
        if (java.nio.file.Files.exists(trace)) assertThat(java.nio.file.Files.readString(trace)).doesNotContain("90018");
        // the floors' own register is gone, and the app's holds no table of theirs: only what the app imported
        assertThat(work.resolve("floors")).doesNotExist();
        try (Database db = Database.open(work.resolve("db")); var c = db.connection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'BENCH%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
            assertThat(new DossierRepository(db).count()).isGreaterThanOrEqualTo(600);
            // the small import's second floor wrote into the register itself, and deleted its rows and their cycles
            try (var bare = st.executeQuery("SELECT (SELECT COUNT(*) FROM dossiers WHERE code LIKE 'F-%'),"
                    + " (SELECT COUNT(*) FROM supplement_cycles WHERE dossier_id NOT IN (SELECT id FROM dossiers))")) {
                bare.next();
                assertThat(bare.getLong(1)).isZero();
                assertThat(bare.getLong(2)).isZero();
            }
        }

        // the first imports after a start, on the register this run left: three imports through the app, kept
        long before = count(work);
        Run after = SampleAndReportCommandTest.run("bench", "--after-start", "--db", work.toString());
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains("start: dashboard and overdue board", "start: an import rehearsed (background)",
                "import 1,000 dossiers, first after start", "import 1,000 dossiers, second", "import 1,000 dossiers, third");
        assertThat(count(work)).as("the start's rehearsal kept nothing").isEqualTo(before + 3_000);
        // as before the app rehearsed an import at start
        Run cold = SampleAndReportCommandTest.run("bench", "--after-start", "--no-warmup", "--db", work.toString());
        assertThat(cold.code()).as(cold.err()).isZero();
        assertThat(cold.out()).contains("import 1,000 dossiers, first after start").doesNotContain("rehearsed");
        assertThat(count(work)).isEqualTo(before + 6_000);
        before = count(work);
        // the same three bare into the register, each deleted after it
        Run bare = SampleAndReportCommandTest.run("bench", "--after-start", "--bare", "--db", work.toString());
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(bare.out()).contains("bare 1,000 rows into the register, first after start").doesNotContain("rehearsed");
        assertThat(count(work)).isEqualTo(before);
    }

    @Test
    void afterStartNeedsTheRegisterOfAnEarlierBench() {
        Run none = SampleAndReportCommandTest.run("bench", "--after-start", "--db", dir.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--after-start needs --db DIR");
        assertThat(dir.resolve("db")).doesNotExist();
        Run server = SampleAndReportCommandTest.run("bench", "--after-start", "--server", "postgresql://x@localhost/y");
        assertThat(server.code()).isEqualTo(2);
        // a register the bench did not make (the sample department): refused before anything is written
        Path sample = dir.resolve("sample");
        assertThat(SampleAndReportCommandTest.run("sample", "--db", sample.resolve("db").toString()).code()).isZero();
        long before = count(sample);
        Run notBench = SampleAndReportCommandTest.run("bench", "--after-start", "--db", sample.toString());
        assertThat(notBench.code()).as(notBench.out()).isEqualTo(2);
        assertThat(notBench.err()).contains("holds a register that no bench made");
        assertThat(count(sample)).isEqualTo(before);
        Run bareAlone = SampleAndReportCommandTest.run("bench", "--bare", "--db", dir.toString());
        assertThat(bareAlone.code()).isEqualTo(2);
        assertThat(bareAlone.err()).contains("--bare goes with --after-start");
        Run warmupAlone = SampleAndReportCommandTest.run("bench", "--no-warmup", "--db", dir.toString());
        assertThat(warmupAlone.code()).isEqualTo(2);
        assertThat(warmupAlone.err()).contains("--no-warmup goes with --after-start");
    }

    private static long count(Path work) {
        try (Database db = Database.open(work.resolve("db"))) {
            return new DossierRepository(db).count();
        }
    }
}
