package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.table.TableReader;
import vn.reformdesk.io.table.TableRow;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;

/** Export columns and statuses for hand-worked dossiers (Monday–Friday calendar, no cut-off, due soon = 2 days). */
class DossierExportTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws IOException {
        db = TestDb.open(dir);
        new ProcedureRepository(db).save(Procedure.of("1.001", "Đăng ký kết hôn", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
        new ProcedureRepository(db).save(Procedure.of("1.002", "Cấp phép xây dựng", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL));
        Path in = dir.resolve("dossiers.csv");
        Files.writeString(in, String.join("\n", ImporterTest.DOSSIER_HEADER,
                // A: Mon 5 Oct + 5 working days = Mon 12 Oct; resolved Fri 9 Oct → early
                "A,1.001,Nguyễn Văn An,direct,2026-10-05 09:00,,,2026-10-09,issued,,,,,,",
                // B: received Sat 10 Oct → counts from Mon 12 Oct, due Mon 19 Oct; open on Fri 23 Oct → overdue 4 days (20–23)
                "B,1.001,@Trần Bình,online,2026-10-10 10:00,,,,,,,,,,",
                // C: due 12 Oct paused 2 working days (7, 8 Oct) → Wed 14 Oct; resolved Fri 16 Oct → late 2 days
                "C,1.001,-Lê Cường,direct,2026-10-05 08:00,2026-10-06,2026-10-08,2026-10-16,issued,,,,,,",
                // D: Wed 21 Oct + 15 working days = Wed 11 Nov; 13 days left on 23 Oct → pending
                "D,1.002,+Phạm Dũng,postal,2026-10-21 08:00,,,,,,,,,,",
                // E: Mon 19 Oct + 5 = Mon 26 Oct; 1 working day left on Fri 23 Oct → due soon
                "E,1.001,=1+2,direct,2026-10-19 08:00,,,,,,,,,,",
                // F: Tue 20 Oct + 5 = Tue 27 Oct; requested 21 Oct, not yet in on 23 Oct: paused, due moved by the 2
                // working days waited so far (22, 23 Oct) → Thu 29 Oct
                "F,1.001,Đỗ Hà,direct,2026-10-20 08:00,2026-10-21,,,,,,,,,") + "\n");
        assertThat(Importer.run(db, ImportKind.DOSSIERS, in, false).added()).isEqualTo(6);
    }

    @AfterEach
    void close() { db.close(); }

    @Test
    void csvHasInputAndComputedColumnsWithBomAndSafeText() throws IOException {
        Path out = dir.resolve("export.csv");
        int n = DossierExport.write(new RegisterService(db), out, LocalDate.of(2026, 10, 23));
        assertThat(n).isEqualTo(6);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + ImporterTest.DOSSIER_HEADER
                + ",effective_received_on,due_on,status,working_days_late,supplement_cycles");

        Map<String, TableRow> rows = new HashMap<>();
        TableReader.read(out, r -> rows.put(r.get("code"), r));
        assertThat(computed(rows.get("A"))).containsExactly("2026-10-05", "2026-10-12", "early", "0", "0");
        assertThat(computed(rows.get("B"))).containsExactly("2026-10-12", "2026-10-19", "overdue", "4", "0");
        assertThat(computed(rows.get("C"))).containsExactly("2026-10-05", "2026-10-14", "late", "2", "1");
        assertThat(computed(rows.get("D"))).containsExactly("2026-10-21", "2026-11-11", "pending", "0", "0");
        assertThat(computed(rows.get("E"))).containsExactly("2026-10-19", "2026-10-26", "due_soon", "0", "0");
        assertThat(computed(rows.get("F"))).containsExactly("2026-10-20", "2026-10-29", "paused", "0", "1");
        assertThat(rows.get("C").get("supplement_requested_on")).isEqualTo("2026-10-06");
        assertThat(rows.get("C").get("received_at")).isEqualTo("2026-10-05 08:00");

        // formula injection neutralised; plain text untouched
        assertThat(rows.get("B").get("applicant")).isEqualTo("'@Trần Bình");
        assertThat(rows.get("C").get("applicant")).isEqualTo("'-Lê Cường");
        assertThat(rows.get("D").get("applicant")).isEqualTo("'+Phạm Dũng");
        assertThat(rows.get("E").get("applicant")).isEqualTo("'=1+2");
        assertThat(rows.get("A").get("applicant")).isEqualTo("Nguyễn Văn An");

        // and the exported file imports back unchanged (the apostrophes are taken off again)
        ImportReport again = Importer.run(db, ImportKind.DOSSIERS, out, false);
        assertThat(again.problems()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(6);
    }

    @Test
    void aDossierReceivedAfterTheAsOfDateHasNoStatusThen() throws IOException {
        Path out = dir.resolve("export-early.csv");
        DossierExport.write(new RegisterService(db), out, LocalDate.of(2026, 10, 20));
        Map<String, TableRow> rows = new HashMap<>();
        TableReader.read(out, r -> rows.put(r.get("code"), r));
        // D was received on 21/10: as of 20/10 it does not exist yet, so neither status nor due date nor lateness
        assertThat(computed(rows.get("D"))).allMatch(v -> v == null || v.isEmpty());
        assertThat(rows.get("D").get("received_at")).startsWith("2026-10-21");
        assertThat(computed(rows.get("A"))).containsExactly("2026-10-05", "2026-10-12", "early", "0", "0");
    }

    @Test
    void xlsxHasTheSameRows() throws IOException {
        Path out = dir.resolve("export.xlsx");
        DossierExport.write(new RegisterService(db), out, LocalDate.of(2026, 10, 23));
        Map<String, TableRow> rows = new HashMap<>();
        List<String> header = TableReader.read(out, r -> rows.put(r.get("code"), r));
        assertThat(header).isEqualTo(DossierExport.header());
        assertThat(computed(rows.get("C"))).containsExactly("2026-10-05", "2026-10-14", "late", "2", "1");
        assertThat(rows.get("E").get("applicant")).isEqualTo("'=1+2");
    }

    private static List<String> computed(TableRow r) {
        return DossierExport.COMPUTED_COLUMNS.stream().map(r::get).toList();
    }
}
