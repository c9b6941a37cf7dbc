package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;

class ImporterTest {
    static final String PROC_HEADER = "code,name,field,level,processing_days,online_level,fee_vnd,paper_result,section";
    static final String DOSSIER_HEADER = "code,procedure_code,applicant,channel,received_at,supplement_requested_on,"
            + "supplement_received_on,resolved_on,outcome,paid_online,inputs_digitised,electronic_result,rating,complaint,apology_on";

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() { db = TestDb.openCopy(dir); }

    /** Chunks of 500 rows (5,000 in the app): a file of a few thousand rows spans as many as a large one. */
    @BeforeAll
    static void smallChunks() { TableImport.chunkRows = 500; }

    @AfterAll
    static void appChunks() { TableImport.chunkRows = 5_000; }

    @AfterEach
    void close() { db.close(); }

    Path file(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    void seedProcedures() {
        ProcedureRepository repo = new ProcedureRepository(db);
        repo.save(Procedure.of("1.001", "Đăng ký kết hôn", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
        repo.save(Procedure.of("1.002", "Cấp giấy phép xây dựng", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL));
    }

    static List<String> texts(ImportReport r) { return r.problems().stream().map(ImportProblem::toString).toList(); }

    @Test
    void importsProceduresThenReimportIsUnchanged() throws IOException {
        Path f = file("procedures.csv", "\uFEFFCode,NAME,Field,level,processing_days,online_level,fee_vnd,paper_result,section,extra",
                "1.001,Đăng ký kết hôn,Hộ tịch,commune,5,full,0,có,Tư pháp,x",
                "1.002,\"Cấp giấy phép xây dựng, sửa chữa\",Xây dựng,province,15,partial,\"1.500.000\",no,,y");
        ImportReport r = Importer.run(db, ImportKind.PROCEDURES, f, false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(List.of(r.added(), r.updated(), r.unchanged(), r.rejected())).containsExactly(2, 0, 0, 0);
        Procedure p = new ProcedureRepository(db).findByCode("1.002").orElseThrow();
        assertThat(p.name()).isEqualTo("Cấp giấy phép xây dựng, sửa chữa");
        assertThat(p.feeVnd()).isEqualTo(1_500_000);
        assertThat(new ProcedureRepository(db).findByCode("1.001").orElseThrow().paperResult()).isTrue();

        ImportReport again = Importer.run(db, ImportKind.PROCEDURES, f, false);
        assertThat(List.of(again.added(), again.updated(), again.unchanged(), again.rejected())).containsExactly(0, 0, 2, 0);
    }

    @Test
    void procedureUpdateKeepsRulesSetInTheApp() throws IOException {
        new ProcedureRepository(db).save(Procedure.of("1.001", "Cũ", AdminLevel.COMMUNE, 5, OnlineLevel.FULL)
                .withSupplementRule(SupplementRule.RESTART));
        Path f = file("procedures.csv", PROC_HEADER, "1.001,Đăng ký kết hôn,,commune,3,full,,,");
        ImportReport r = Importer.run(db, ImportKind.PROCEDURES, f, false);
        assertThat(r.updated()).isEqualTo(1);
        Procedure p = new ProcedureRepository(db).findByCode("1.001").orElseThrow();
        assertThat(p.processingDays()).isEqualTo(3);
        assertThat(p.supplementRule()).isEqualTo(SupplementRule.RESTART);
    }

    @Test
    void everyProblemIsReportedWithLineAndColumnAndNothingIsWritten() throws IOException {
        seedProcedures();
        Path f = file("dossiers.csv", DOSSIER_HEADER,
                "D1,1.001,Nguyễn Văn An,direct,2026-10-05 09:00,,,,,,,,,,",
                "D2,1.001,Trần Thị Bình,online,2026-13-05,,,,,,,,,,",
                "D3,9.999,Lê Văn Cường,direct,2026-10-05,,,,,,,,,,",
                "D1,1.001,Phạm Dũng,direct,2026-10-06,,,,,,,,,,",
                "D4,1.001,Hoàng Em,fax,2026-10-06,,,,,,,,,,",
                "D5,1.001,Vũ Giang,direct,2026-10-06,,2026-10-07,,,,,,,,",
                "D6,1.001,Đỗ Hà,direct,2026-10-06,2026-10-09,2026-10-08,,,,,,,,",
                "D7,1.001,Bùi Hải,direct,2026-10-06,,,2026-10-01,issued,,,,,,",
                "D8,1.001,Ngô Khánh,direct,2026-10-06,,,2026-10-08,,,,,,,",
                "D9,1.001,Lý Lan,direct,2026-10-06,,,,,maybe,,,happy,,");
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(r.written()).isFalse();
        assertThat(r.ok()).isFalse();
        assertThat(texts(r)).containsExactly(
                "dossiers.csv:3: column received_at: not a date-time (use yyyy-MM-ddTHH:mm, yyyy-MM-dd HH:mm or dd/MM/yyyy HH:mm) (2026-13-05)",
                "dossiers.csv:4: column procedure_code: unknown procedure (import it in procedures.csv first) (9.999)",
                "dossiers.csv:5: column code: duplicate code, already on line 2 (D1)",
                "dossiers.csv:6: column channel: expected one of direct, online, postal (fax)",
                "dossiers.csv:7: column supplement_received_on: set without supplement_requested_on (2026-10-07)",
                "dossiers.csv:8: column supplement_received_on: before supplement_requested_on (2026-10-09) (2026-10-08)",
                "dossiers.csv:9: column resolved_on: before received_at (2026-10-06) (2026-10-01)",
                "dossiers.csv:10: column outcome: required when resolved_on is set (issued, rejected or withdrawn)",
                "dossiers.csv:11: column paid_online: not a yes/no value (use true/false, 1/0, yes/no, có/không) (maybe)",
                "dossiers.csv:11: column rating: expected one of very_satisfied, satisfied, neutral, dissatisfied (happy)");
        assertThat(r.rejected()).isEqualTo(9);
        assertThat(new DossierRepository(db).count()).isZero();
        assertThat(Files.exists(dir.resolve("dossiers.rejects.csv"))).isFalse();
    }

    @Test
    void negativeNumbersAndWrongEnumsInProcedures() throws IOException {
        Path f = file("procedures.csv", PROC_HEADER,
                "P1,Tên,,city,-3,full,-100,,",
                "P2,,,province,2,sometimes,,,");
        ImportReport r = Importer.run(db, ImportKind.PROCEDURES, f, false);
        assertThat(texts(r)).containsExactly(
                "procedures.csv:2: column level: expected one of province, district, commune (city)",
                "procedures.csv:2: column processing_days: must be 0 or more (-3)",
                "procedures.csv:2: column fee_vnd: must be 0 or more (-100)",
                "procedures.csv:3: column name: required value is empty",
                "procedures.csv:3: column online_level: expected one of full, partial, none (sometimes)");
        assertThat(new ProcedureRepository(db).count()).isZero();
    }

    @Test
    void missingRequiredColumnIsOneProblemNamingIt() throws IOException {
        seedProcedures();
        Path f = file("dossiers.csv", "code,procedure_code,applicant,received_at",
                "D1,1.001,An,2026-10-05", "D2,1.001,Bình,2026-10-05");
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, true);
        assertThat(texts(r)).singleElement().asString()
                .startsWith("dossiers.csv:1: column channel: required column is missing from the header");
        assertThat(r.written()).isFalse();
        assertThat(new DossierRepository(db).count()).isZero();
    }

    @Test
    void aColumnNamedTwiceIsRefusedRatherThanGuessed() throws IOException {
        Path f = file("procedures.csv", "code,name,level,processing_days,online_level,Name",
                "1.009,Cấp phép,province,5,full,Tên khác");
        ImportReport r = Importer.run(db, ImportKind.PROCEDURES, f, true);
        assertThat(texts(r)).singleElement().asString()
                .startsWith("procedures.csv:1: column name: the column appears twice in the header");
        assertThat(new ProcedureRepository(db).count()).isZero();
    }

    @Test
    void emptyFileAndHeaderOnlyFile() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        ImportReport r = Importer.run(db, ImportKind.CALENDAR, empty, false);
        assertThat(texts(r)).singleElement().asString().startsWith("empty.csv:1: the file is empty: no header row");

        Path headerOnly = file("header.csv", "date,kind,name");
        assertThat(texts(Importer.run(db, ImportKind.CALENDAR, headerOnly, false)))
                .containsExactly("header.csv:2: the file has a header but no data rows");
        assertThat(new CalendarRepository(db).findAll()).isEmpty();
    }

    @Test
    void nonUtf8FileNamesTheLine() throws IOException {
        Path f = dir.resolve("procedures.csv");
        // Saved by an old editor as Latin-1: "à" is one byte 0xE0, not valid UTF-8
        Files.writeString(f, PROC_HEADER + "\nP1,Dang ky,,commune,5,full,,,\nP2,Hà Noi,,commune,5,full,,,\n",
                StandardCharsets.ISO_8859_1);
        ImportReport r = Importer.run(db, ImportKind.PROCEDURES, f, false);
        assertThat(texts(r)).singleElement().asString()
                .isEqualTo("procedures.csv:3: the file is not UTF-8 text (save it as CSV UTF-8)");
        assertThat(new ProcedureRepository(db).count()).isZero();
    }

    @Test
    void largeFileWithOneBadRowNearTheEndWritesNothing() throws IOException {
        seedProcedures();
        Path f = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder(DOSSIER_HEADER).append('\n');
        int n = 3_000; // six chunks
        for (int i = 1; i <= n; i++) {
            String received = i == n - 5 ? "2026-02-30" : "2026-10-05 08:30";
            sb.append("H15-").append(i).append(",1.00").append(1 + i % 2).append(",Nguyễn Văn Thành Công ").append(i)
                    .append(",online,").append(received).append(",,,2026-10-09,issued,true,yes,1,satisfied,no,\n");
        }
        Files.writeString(f, sb);
        assertThat(Files.size(f)).isGreaterThan(300_000);
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(texts(r)).containsExactly("big.csv:" + (n - 5 + 1)
                + ": column received_at: not a date-time (use yyyy-MM-ddTHH:mm, yyyy-MM-dd HH:mm or dd/MM/yyyy HH:mm) (2026-02-30)");
        assertThat(new DossierRepository(db).count()).isZero();

        // With skip-invalid the rest goes in and the bad row lands in the reject file.
        ImportReport skipped = Importer.run(db, ImportKind.DOSSIERS, f, true);
        assertThat(skipped.ok()).isTrue();
        assertThat(skipped.added()).isEqualTo(n - 1);
        assertThat(skipped.rejected()).isEqualTo(1);
        assertThat(new DossierRepository(db).count()).isEqualTo(n - 1);
        assertThat(skipped.rejectFile()).isEqualTo(dir.resolve("big.rejects.csv"));
        List<String> rejects = Files.readAllLines(skipped.rejectFile());
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(0)).isEqualTo("\uFEFF" + DOSSIER_HEADER + ",error");
        assertThat(rejects.get(1)).startsWith("H15-" + (n - 5) + ",").contains("2026-02-30")
                .contains("line " + (n - 4) + ": column received_at: not a date-time");

        ImportReport again = Importer.run(db, ImportKind.DOSSIERS, f, true);
        assertThat(List.of(again.added(), again.updated(), again.unchanged(), again.rejected()))
                .containsExactly(0, 0, n - 1, 1);
    }

    @Test
    void dossierCsvCycleReplacesTheFirstCycleAndKeepsTheOthers() throws IOException {
        seedProcedures();
        DossierRepository repo = new DossierRepository(db);
        repo.save(Dossier.received("D1", "1.001", "An", Channel.DIRECT, LocalDateTime.of(2026, 10, 5, 9, 0))
                .withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
                        new SupplementCycle(LocalDate.of(2026, 10, 8), null))));
        Path f = file("dossiers.csv", DOSSIER_HEADER,
                "D1,1.001,An,direct,2026-10-05 09:00,2026-10-06,2026-10-08,,,,,,,,",
                "D2,1.002,Bình,postal,05/10/2026 14:00,,,2026-10-20,issued,,,,,,");
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(List.of(r.added(), r.updated(), r.unchanged())).containsExactly(1, 1, 0);
        Dossier d1 = repo.findByCode("D1").orElseThrow();
        assertThat(d1.supplements()).containsExactly(
                new SupplementCycle(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 8)),
                new SupplementCycle(LocalDate.of(2026, 10, 8), null));
        Dossier d2 = repo.findByCode("D2").orElseThrow();
        assertThat(d2.receivedAt()).isEqualTo(LocalDateTime.of(2026, 10, 5, 14, 0));
        assertThat(d2.outcome()).isEqualTo(Outcome.ISSUED);
        assertThat(Importer.run(db, ImportKind.DOSSIERS, f, false).unchanged()).isEqualTo(2);
        // one audit summary for the import that wrote (the unchanged re-import writes nothing), the update audited too
        assertThat(vn.reformdesk.store.AuditLog.find(db, "import", null, 10)).singleElement()
                .satisfies(e -> assertThat(e.newValues()).contains("kind: dossiers").contains("added: 1").contains("updated: 1"));
        assertThat(vn.reformdesk.store.AuditLog.find(db, "dossier", "D1", 10)).isNotEmpty();
    }

    @Test
    void xlsxRoundTripThroughTheExport() throws IOException {
        seedProcedures();
        Path csv = file("dossiers.csv", DOSSIER_HEADER,
                "D1,1.001,=HYPERLINK(\"x\"),direct,2026-10-05 09:00,2026-10-06,2026-10-08,,,true,,,,,",
                "D2,1.002,Bình,postal,2026-10-05 14:00,,,2026-10-20,issued,,no,có,very_satisfied,false,2026-10-19");
        assertThat(Importer.run(db, ImportKind.DOSSIERS, csv, false).added()).isEqualTo(2);
        List<Dossier> before = new DossierRepository(db).findAll();

        Path xlsx = dir.resolve("export.xlsx");
        DossierExport.write(new vn.reformdesk.service.RegisterService(db), xlsx, LocalDate.of(2026, 10, 30));
        ImportReport again = Importer.run(db, ImportKind.DOSSIERS, xlsx, false);
        assertThat(again.problems()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);

        // Into an empty database the workbook gives the same dossiers.
        try (Database other = TestDb.open(dir.resolve("other"))) {
            new ProcedureRepository(other).save(Procedure.of("1.001", "a", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
            new ProcedureRepository(other).save(Procedure.of("1.002", "b", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL));
            assertThat(Importer.run(other, ImportKind.DOSSIERS, xlsx, false).added()).isEqualTo(2);
            assertThat(new DossierRepository(other).findAll()).map(d -> d.withId(null))
                    .containsExactlyElementsOf(before.stream().map(d -> d.withId(null)).toList());
        }
    }

    @Test
    void xlsxProblemsNameTheSheetRow() throws IOException {
        Path xlsx = dir.resolve("calendar.xlsx");
        CsvExport.writeRows(xlsx, List.of("Date", "Kind", "Name"), List.of(
                List.of("2026-01-01", "holiday", "Tết Dương lịch"), List.of("2026-01-02", "day off", "x")));
        ImportReport r = Importer.run(db, ImportKind.CALENDAR, xlsx, false);
        assertThat(texts(r)).containsExactly("calendar.xlsx:3: column kind: expected one of holiday, workday (day off)");
        Path broken = file("broken.xlsx", "this is not a workbook");
        assertThat(texts(Importer.run(db, ImportKind.CALENDAR, broken, false))).singleElement().asString()
                .startsWith("broken.xlsx:1: not a readable .xlsx workbook");
        assertThat(new CalendarRepository(db).findAll()).isEmpty();
    }

    @Test
    void calendarFromCsvAndIcs() throws IOException {
        Path csv = file("calendar.csv", "date,kind,name", "2026-01-01,holiday,Tết Dương lịch", "03/01/2026,workday,Làm bù");
        ImportReport r = Importer.run(db, ImportKind.CALENDAR, csv, false);
        assertThat(r.added()).isEqualTo(2);
        Path ics = dir.resolve("holidays.ics");
        Files.writeString(ics, String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20260102",
                "SUMMARY:Tết Dương lịch", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20260214", "DTEND;VALUE=DATE:20260223",
                "SUMMARY:Tết Nguyên đán (nghỉ ", " 9 ngày)", "END:VEVENT",
                "BEGIN:VEVENT", "UID:3", "DTSTART:20260310T090000Z", "DTEND:20260310T100000Z",
                "SUMMARY:Họp giao ban", "END:VEVENT",
                "END:VCALENDAR", ""));
        ImportReport fromIcs = Importer.run(db, ImportKind.CALENDAR, ics, false);
        assertThat(fromIcs.problems()).isEmpty();
        // 1 Jan unchanged; 14–22 Feb has 5 weekdays (16–20 Feb) — Saturdays and Sundays are skipped
        assertThat(List.of(fromIcs.added(), fromIcs.updated(), fromIcs.unchanged())).containsExactly(5, 0, 1);
        List<CalendarDay> days = new CalendarRepository(db).findAll();
        assertThat(days).hasSize(7);
        assertThat(days).contains(CalendarDay.holiday(LocalDate.of(2026, 2, 16), "Tết Nguyên đán (nghỉ 9 ngày)"),
                CalendarDay.workday(LocalDate.of(2026, 1, 3), "Làm bù"));
    }

    @Test
    void cancelWritesNothing() throws IOException {
        Path f = file("procedures.csv", PROC_HEADER, "P1,Tên,,commune,1,none,,,");
        assertThatThrownBy(() -> Importer.run(db, ImportKind.PROCEDURES, f, false, ProgressListener.NONE, () -> true))
                .isInstanceOf(ImportCancelledException.class);
        int[] calls = {0};
        // cancelled once the transaction is under way: rolled back
        assertThatThrownBy(() -> Importer.run(db, ImportKind.PROCEDURES, f, false,
                (fraction, msg) -> { }, () -> ++calls[0] > 3))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(new ProcedureRepository(db).count()).isZero();
    }
}
