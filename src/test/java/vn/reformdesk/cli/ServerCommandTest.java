package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.cli.SampleAndReportCommandTest.Run;
import vn.reformdesk.support.TestPostgres;

/** The commands against a PostgreSQL server (--server) give what they give on this PC's H2 file, byte for byte. */
class ServerCommandTest {
    @TempDir
    Path dir;

    @Test
    void sampleReportAndExportOnAServerEqualTheSameOnThisPc() throws Exception {
        String server = TestPostgres.emptyDatabase().toString(); // migrated by the first command, as a new file is
        String h2 = dir.resolve("db").toString();
        Run onServer = SampleAndReportCommandTest.run("sample", "--server", server);
        assertThat(onServer.code()).as(onServer.err()).isZero();
        assertThat(onServer.out()).contains("10732 received").contains(server);
        assertThat(SampleAndReportCommandTest.run("sample", "--db", h2).code()).isZero();

        Run reportServer = SampleAndReportCommandTest.run("report", "--period", "2024-Q3", "--server", server);
        Run reportH2 = SampleAndReportCommandTest.run("report", "--period", "2024-Q3", "--db", h2);
        assertThat(reportServer.code()).as(reportServer.err()).isZero();
        assertThat(reportServer.out()).isEqualTo(reportH2.out());

        Path a = dir.resolve("server.csv");
        Path b = dir.resolve("h2.csv");
        assertThat(SampleAndReportCommandTest.run("export", "dossiers", a.toString(), "--as-of", "2024-12-20",
                "--server", server).code()).isZero();
        assertThat(SampleAndReportCommandTest.run("export", "dossiers", b.toString(), "--as-of", "2024-12-20",
                "--db", h2).code()).isZero();
        assertThat(Files.readAllLines(a)).hasSize(10_733).isEqualTo(Files.readAllLines(b));
    }

    @Test
    void backupOnAServerSaysTheServersBackupsAreTheServers() {
        Run r = SampleAndReportCommandTest.run("backup", dir.resolve("x.zip").toString(), "--server",
                TestPostgres.freshDatabase().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pg_dump").contains("nothing was copied");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void benchOnAServerPrintsEveryRowWithItsFloorAndLeavesTheDatabaseAsItWas() throws Exception {
        var address = TestPostgres.freshDatabase();
        Run r = SampleAndReportCommandTest.run("bench", "--dossiers", "600", "--units", "3", "--server", address.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("a throw-away schema");
        String table = r.out().substring(r.out().indexOf("step "));
        assertThat(table).contains("import dossiers (CSV → PostgreSQL, COPY)").doesNotContain("daily backup");
        // every row of the matched steps has a floor and a ratio (the list by pages added its first-screen, scrolling and search rows)
        assertThat(table.lines().filter(l -> l.matches("^(import dossiers|due dates|overdue|766|dashboard, first|dossier list|export).*")))
                .hasSize(20).allSatisfy(l -> assertThat(l).matches(".*\\d+\\.\\d{3} +\\d+\\.\\d +\\d+ MB$"));
        // the throw-away schema is gone and the register it ran beside is untouched
        try (var db = vn.reformdesk.store.Database.connect(address, null); var c = db.connection();
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name LIKE 'reformdesk_bench%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
            assertThat(new vn.reformdesk.store.DossierRepository(db).count()).isZero();
        }
    }

    @Test
    void aPasswordInTheAddressIsRefused() {
        Run r = SampleAndReportCommandTest.run("sample", "--server", "postgresql://officer:secret@localhost/reg");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("no password in the address");
    }
}
