package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;

class ImportExportCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    String db() { return dir.resolve("db").toString(); }

    @Test
    void importsThenExportsWithExitCodeZero() throws IOException {
        Path procs = write("procedures.csv", "code,name,level,processing_days,online_level",
                "1.001,Đăng ký kết hôn,commune,5,full");
        assertThat(run("import", "procedures", procs.toString(), "--db", db())).isZero();
        assertThat(out.toString()).contains("procedures: 1 added, 0 updated, 0 unchanged, 0 rejected");
        Path dossiers = write("dossiers.csv", "code,procedure_code,channel,received_at", "D1,1.001,direct,2026-10-05");
        assertThat(run("import", "DOSSIERS", dossiers.toString(), "--db", db())).isZero();
        assertThat(err.toString()).isEmpty();

        Path export = dir.resolve("out/all.csv");
        assertThat(run("export", "dossiers", export.toString(), "--as-of", "2026-10-23", "--db", db())).isZero();
        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("D1,1.001,,direct,2026-10-05 00:00,").endsWith(",2026-10-05,2026-10-12,overdue,9,0"); // 13–16 and 19–23 Oct
        assertThat(out.toString()).contains("dossiers: 1 exported");
    }

    @Test
    void aFreshDatabaseWithNoCalendarImportUsesTheDefaultDaysAndTheProceduresRules() throws IOException {
        Path procs = write("procedures.csv",
                "code,name,level,processing_days,online_level,fee_vnd,paper_result,section,supplement_rule,day_unit,cutoff",
                "1.001,Ba ngày làm việc,province,3,full,,,,,,",
                "1.002,Ba ngày tính lại từ đầu,province,3,full,,,,restart,working,",
                "1.003,Mười ngày theo lịch,province,10,full,,,,pause,calendar,15:00");
        assertThat(run("import", "procedures", procs.toString(), "--db", db())).isZero();
        Path dossiers = write("dossiers.csv",
                "code,procedure_code,channel,received_at,supplement_requested_on,supplement_received_on",
                // Thu 4/2/2027 before Tết (6/2, a Saturday): Fri 5, Mon 8 – Thu 11 Feb off; Fri 12 (1), Mon 15 (2), Tue 16 (3)
                "TET,1.001,online,2027-02-04 09:00,,",
                // restart: asked Tue 2/3, completed Fri 5/3: counts again from Fri 5/3: Mon 8, Tue 9, Wed 10 Mar
                "RESTART,1.002,direct,2027-03-01 09:00,2027-03-02,2027-03-05",
                // 10 calendar days from Tue 20/4 end on Fri 30/4 (off), Sat 1/5 and its compensatory Mon 3/5: Tue 4/5
                "CAL,1.003,direct,2027-04-20 10:00,,");
        assertThat(run("import", "dossiers", dossiers.toString(), "--db", db())).isZero();

        Path export = dir.resolve("export.csv");
        assertThat(run("export", "dossiers", export.toString(), "--as-of", "2027-05-31", "--db", db())).isZero();
        java.util.Map<String, String> due = new java.util.HashMap<>();
        vn.reformdesk.io.table.TableReader.read(export, r -> due.put(r.get("code"), r.get("due_on")));
        assertThat(due).containsEntry("TET", "2027-02-16").containsEntry("RESTART", "2027-03-10")
                .containsEntry("CAL", "2027-05-04");

        // the rules go out with export procedures and come back unchanged
        Path procOut = dir.resolve("procedures-out.csv");
        assertThat(run("export", "procedures", procOut.toString(), "--db", db())).isZero();
        List<String> lines = Files.readAllLines(procOut);
        assertThat(lines.get(0)).endsWith("section,supplement_rule,day_unit,cutoff");
        assertThat(lines).anyMatch(l -> l.startsWith("1.003,") && l.endsWith(",pause,calendar,15:00"));
        assertThat(lines).anyMatch(l -> l.startsWith("1.002,") && l.endsWith(",restart,working,"));
        assertThat(run("import", "procedures", procOut.toString(), "--db", db())).isZero();
        assertThat(out.toString()).contains("procedures: 0 added, 0 updated, 3 unchanged, 0 rejected");
    }

    @Test
    void badProcedureRulesAreReportedWithTheirLineAndColumn() throws IOException {
        Path procs = write("procedures.csv",
                "code,name,level,processing_days,online_level,supplement_rule,day_unit,cutoff",
                "1.001,A,province,3,full,stop,,",
                "1.002,B,province,3,full,,weeks,25:00");
        assertThat(run("import", "procedures", procs.toString(), "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("procedures.csv:2: column supplement_rule: expected one of pause, restart (stop)")
                .contains("procedures.csv:3: column day_unit: expected one of working, calendar (weeks)")
                .contains("procedures.csv:3: column cutoff: expected an hour HH:mm (e.g. 15:00) or none (25:00)");
        try (Database d = Database.open(dir.resolve("db"))) {
            assertThat(new ProcedureRepository(d).findAll()).isEmpty();
        }
    }

    @Test
    void invalidFileExitsTwoWithEveryProblemOnStderrAndWritesNothing() throws IOException {
        Path procs = write("procedures.csv", "code,name,level,processing_days,online_level",
                "1.001,Đăng ký kết hôn,city,5,full", "1.002,Khai sinh,commune,-1,full", "1.003,Khai tử,commune,1,none");
        assertThat(run("import", "procedures", procs.toString(), "--db", db())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "procedures.csv:2: column level: expected one of province, district, commune (city)",
                "procedures.csv:3: column processing_days: must be 0 or more (-1)");
        assertThat(out.toString()).contains("(nothing written)");
        try (Database d = Database.open(dir.resolve("db"))) {
            assertThat(new ProcedureRepository(d).count()).isZero();
        }

        // --skip-invalid: valid row in, exit 0, reject file named on stderr
        assertThat(run("import", "procedures", procs.toString(), "--db", db(), "--skip-invalid")).isZero();
        assertThat(out.toString()).contains("procedures: 1 added, 0 updated, 0 unchanged, 2 rejected");
        assertThat(err.toString()).contains("rejected rows written to").contains("procedures.rejects.csv");
        assertThat(Files.readAllLines(dir.resolve("procedures.rejects.csv"))).hasSize(3);
    }

    @Test
    void badArgumentsExitTwo() throws IOException {
        assertThat(run("import", "widgets", "x.csv", "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown import kind 'widgets'");
        assertThat(run("import", "calendar", dir.resolve("missing.csv").toString(), "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("file not found");
        assertThat(run("import", "calendar")).isEqualTo(2);
        assertThat(run("export", "dossiers", "x.csv", "--as-of", "31/02/2026", "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of: not a date");
        assertThat(run("export")).isEqualTo(2);
    }

    @Test
    void unknownProcedureInDossiersExitsTwo() throws IOException {
        Path dossiers = write("dossiers.csv", "code,procedure_code,channel,received_at", "D1,9.999,direct,2026-10-05");
        assertThat(run("import", "dossiers", dossiers.toString(), "--db", db())).isEqualTo(2);
        assertThat(err.toString()).contains("dossiers.csv:2: column procedure_code: unknown procedure");
        try (Database d = Database.open(dir.resolve("db"))) {
            assertThat(new DossierRepository(d).count()).isZero();
        }
    }

    @Test
    void helpIsOnEveryCommand() {
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("--skip-invalid").contains("procedures, dossiers, calendar");
        assertThat(run("export", "dossiers", "--help")).isZero();
        assertThat(out.toString()).contains("--as-of");
    }

    @Test
    void databaseFailureExitsOne() throws IOException {
        Path procs = write("procedures.csv", "code,name,level,processing_days,online_level", "1.001,A,commune,5,full");
        Path notAFolder = write("file-not-folder", "x");
        assertThat(run("import", "procedures", procs.toString(), "--db", notAFolder.toString())).isEqualTo(1);
        assertThat(err.toString()).isNotEmpty();
    }

    @Test
    void importsAPortalExportThroughAMappingSavedByName() throws IOException {
        Path procs = write("procedures.csv", "code,name,level,processing_days,online_level",
                "1.001,Đăng ký kết hôn,commune,5,full", "1.002,Cấp giấy phép xây dựng,province,15,partial");
        assertThat(run("import", "procedures", procs.toString(), "--db", db())).isZero();
        Path xlsx = vn.reformdesk.support.PortalFiles.dossiersXlsx(dir.resolve("ho-so.xlsx"), false);

        // without a mapping the file's first line is not our header: refused, nothing written
        assertThat(run("import", "dossiers", xlsx.toString(), "--db", db())).isEqualTo(2);
        assertThat(run("import", "dossiers", xlsx.toString(), "--db", db(), "--mapping", "mot-cua")).isEqualTo(2);
        assertThat(err.toString()).contains("no saved dossiers mapping named 'mot-cua'");

        DbOption option = new DbOption();
        option.db = Path.of(db());
        Path mappings;
        try (var app = option.open()) {
            mappings = app.preferences().folder().resolve("mappings");
        }
        var first = vn.reformdesk.io.mapping.MappedTable.firstRows(xlsx, 30);
        var heading = first.get(vn.reformdesk.io.mapping.MappedTable.likelyHeadingRow("dossiers", first)).cells();
        new vn.reformdesk.io.mapping.MappingStore(mappings)
                .save(vn.reformdesk.io.mapping.ColumnMapping.suggest("dossiers", heading).named("mot-cua"));
        assertThat(run("import", "dossiers", xlsx.toString(), "--db", db(), "--mapping", "mot-cua")).isZero();
        assertThat(out.toString()).contains("dossiers: 3 added, 0 updated, 0 unchanged, 0 rejected");
        assertThat(run("import", "procedures", procs.toString(), "--db", db(), "--mapping", "mot-cua")).isEqualTo(2);
        try (Database d = Database.open(Path.of(db()))) {
            assertThat(new DossierRepository(d).findByCode("D-003").orElseThrow().procedureCode()).isEqualTo("1.002");
        }
    }
}
