package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.SettingsRepository;

/** Signed exchange on the command line, and commands that refuse to write onto the database or read a missing one. */
class SafeCommandsTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private void commune(Path db) throws IOException {
        Path procs = csv("p.csv", "code,name,level,processing_days,online_level", "1.001,Khai sinh,commune,3,full");
        Path dossiers = csv("d.csv", "code,procedure_code,channel,received_at", "XA-1,1.001,direct,2026-10-05 08:00:15");
        assertThat(run("import", "procedures", procs.toString(), "--db", db.toString())).isZero();
        assertThat(run("import", "dossiers", dossiers.toString(), "--db", db.toString())).isZero();
        try (Database d = Database.open(db)) {
            new SettingsRepository(d).put(SettingsRepository.UNIT_CODE, "XA-TANPHU");
        }
    }

    @Test
    void keyTrustExportImport() throws IOException {
        Path commune = dir.resolve("commune");
        Path department = dir.resolve("department");
        commune(commune);
        Path pkg = dir.resolve("xa.rdpkg");
        assertThat(run("exchange", "export", pkg.toString(), "--db", commune.toString())).isZero();
        // not registered yet: refused whole, in words
        assertThat(run("exchange", "import", pkg.toString(), "--db", department.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("refused, nothing changed: unit XA-TANPHU is not registered here");

        Path key = dir.resolve("xa.rdkey");
        assertThat(run("exchange", "key", key.toString(), "--db", commune.toString())).isZero();
        String fingerprint = out.toString().lines().filter(l -> l.startsWith("fingerprint: ")).findFirst().orElseThrow();
        assertThat(run("exchange", "trust", key.toString(), "--db", department.toString())).isZero();
        assertThat(out.toString()).contains("registered unit XA-TANPHU").contains(fingerprint);
        assertThat(run("exchange", "import", pkg.toString(), "--db", department.toString())).isZero();
        assertThat(out.toString()).contains("unit XA-TANPHU: 1 added");

        Path notAKey = csv("x.rdkey", "format=something-else");
        assertThat(run("exchange", "trust", notAKey.toString(), "--db", department.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a ReformDesk unit key file");
    }

    @Test
    void noCommandWritesOntoTheDatabaseOrIntoItsFolder() throws IOException {
        Path db = dir.resolve("db");
        commune(db);
        Path file = db.resolve("reformdesk.mv.db");
        long size = Files.size(file);
        assertThat(run("export", "dossiers", file.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("may not be a database file").contains("Nothing was changed");
        assertThat(run("export", "dossiers", db.resolve("out.csv").toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("into the database folder");
        assertThat(run("report", "--period", "2026-Q4", "--out", db.resolve("r.json").toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(run("exchange", "export", db.resolve("sub/x.rdpkg").toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(run("exchange", "key", file.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(run("export", "procedures", db.resolve("p.csv").toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(run("report", "--form", "06a", "--period", "2026-Q4", "--format", "csv", "--out",
                db.resolve("06a.csv").toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(db.resolve("out.csv")).doesNotExist();
        try (Database d = Database.open(db)) {
            assertThat(new DossierRepository(d).count()).isEqualTo(1);
        }
    }

    @Test
    void readCommandsRefuseAFolderWithoutADatabase() {
        Path typo = dir.resolve("dbb");
        assertThat(run("export", "dossiers", dir.resolve("x.csv").toString(), "--db", typo.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("there is no ReformDesk database in");
        assertThat(run("report", "--period", "2026-Q4", "--db", typo.toString())).isEqualTo(2);
        assertThat(run("report", "--form", "06a", "--period", "2026-Q4", "--format", "json", "--db", typo.toString())).isEqualTo(2);
        assertThat(run("export", "procedures", dir.resolve("p.csv").toString(), "--db", typo.toString())).isEqualTo(2);
        assertThat(run("exchange", "export", dir.resolve("x.rdpkg").toString(), "--db", typo.toString())).isEqualTo(2);
        assertThat(typo).doesNotExist();
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void backupAndRestoreWithTheAppsChecks() throws IOException {
        Path db = dir.resolve("db");
        commune(db);
        Path zip = dir.resolve("copies/monday.zip");
        assertThat(run("backup", zip.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("backup written to").contains("procedures: 1; dossiers: 1");
        assertThat(run("backup", db.resolve("b.zip").toString(), "--db", db.toString())).isEqualTo(2);

        Path more = csv("more.csv", "code,procedure_code,channel,received_at", "XA-2,1.001,online,2026-10-06 08:00");
        assertThat(run("import", "dossiers", more.toString(), "--db", db.toString())).isZero();
        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a backup");
        assertThat(run("restore", junk.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a ReformDesk backup").contains("Nothing was changed");
        assertThat(run("restore", zip.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("dossiers: 1").contains("was kept as");
        try (Database d = Database.open(db)) {
            assertThat(new DossierRepository(d).count()).isEqualTo(1);
        }
    }

    @Test
    void anExportKeepsTheSecondsSoItImportsBackUnchanged() throws IOException {
        Path db = dir.resolve("db");
        commune(db); // XA-1 received at 08:00:15
        Path export = dir.resolve("export.csv");
        assertThat(run("export", "dossiers", export.toString(), "--as-of", "2026-10-23", "--db", db.toString())).isZero();
        assertThat(Files.readString(export)).contains("2026-10-05 08:00:15");
        assertThat(run("import", "dossiers", export.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("0 added, 0 updated, 1 unchanged");
    }

    @Test
    void fullWidthDigitsAreNotANumber() throws IOException {
        Path procs = csv("fw.csv", "code,name,level,processing_days,online_level", "1.002,Khai tử,commune,\uFF13,full");
        assertThat(run("import", "procedures", procs.toString(), "--db", dir.resolve("db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("fw.csv:2: column processing_days: not a whole number (digits 0-9 only) (\uFF13)");
    }

    @Test
    void aHeaderOnlyScoresFileExitsTwoLikeTheOtherKinds() throws IOException {
        Path scores = csv("scores.csv", "framework,period,component,score");
        assertThat(run("import", "scores", scores.toString(), "--db", dir.resolve("db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("scores.csv:2: the file has a header but no data rows");
    }

    @Test
    void aFolderNamedBeforeTheCommandIsTheCommandsOwn() throws IOException {
        Path before = dir.resolve("before");
        Path procs = csv("p.csv", "code,name,level,processing_days,online_level", "1.001,Khai sinh,commune,3,full");
        assertThat(run("--db", before.toString(), "import", "procedures", procs.toString())).isZero();
        assertThat(Database.exists(before)).as("written where --db said, not in the user's data folder").isTrue();
        assertThat(run("--db", before.toString(), "export", "procedures", dir.resolve("p-out.csv").toString()))
                .isZero();
        assertThat(Files.readString(dir.resolve("p-out.csv"))).contains("Khai sinh");

        // the same folder twice is one folder; two folders are refused, nothing written in either
        assertThat(run("--db", before.toString(), "import", "procedures", procs.toString(), "--db", before.toString()))
                .isZero();
        Path other = dir.resolve("other");
        assertThat(run("--db", before.toString(), "import", "procedures", procs.toString(), "--db", other.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--db names two folders").contains("Nothing was changed");
        assertThat(Database.exists(other)).isFalse();
    }
}
