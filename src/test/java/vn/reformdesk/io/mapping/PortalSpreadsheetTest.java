package vn.reformdesk.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.PortalFiles;
import vn.reformdesk.support.TestDb;

/** Spreadsheets as officers have them (title rows, Vietnamese headings, serial dates, merged cells), imported. */
class PortalSpreadsheetTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() { db = TestDb.open(dir.resolve("db")); }

    @AfterEach
    void close() { db.close(); }

    /** What the import screen suggests for a file never seen: the heading row and the columns. */
    static ColumnMapping suggested(String kind, Path file) throws IOException {
        List<MappedTable.RawRow> first = MappedTable.firstRows(file, 200);
        int h = MappedTable.likelyHeadingRow(kind, first);
        assertThat(h).isNotNegative();
        return ColumnMapping.suggest(kind, first.get(h).cells());
    }

    ImportReport run(ImportKind kind, Path file, ColumnMapping m) {
        return Importer.run(db, kind, file, false, m, null, null);
    }

    @Test
    void headingsWithAndWithoutDiacriticsAndOurOwnNamesAreKnown() {
        assertThat(Vocabulary.column("dossiers", "Mã hồ sơ")).isEqualTo("code");
        assertThat(Vocabulary.column("dossiers", "MA HO SO")).isEqualTo("code");
        assertThat(Vocabulary.column("dossiers", "Ngày tiếp nhận\n(dd/mm/yyyy)")).isEqualTo("received_at");
        assertThat(Vocabulary.column("dossiers", "Ngày trả kết quả")).isEqualTo("resolved_on");
        assertThat(Vocabulary.column("dossiers", "Tên tổ chức, cá nhân")).isEqualTo("applicant");
        assertThat(Vocabulary.column("dossiers", "Received_At")).isEqualTo("received_at");
        assertThat(Vocabulary.column("dossiers", "Ngày hẹn trả")).isNull(); // computed by the app, not imported
        assertThat(Vocabulary.code("channel", "Trực tuyến")).isEqualTo("online");
        assertThat(Vocabulary.code("channel", "BƯU CHÍNH")).isEqualTo("postal");
        assertThat(Vocabulary.code("complaint", "Không")).isEqualTo("false");
        assertThat(Vocabulary.code("outcome", "Đang xử lý")).isEmpty();
        assertThat(MappedTable.date("45572", false)).isEqualTo("2024-10-07");
        assertThat(MappedTable.date("45571.5", true)).isEqualTo("2024-10-06T12:00");
        assertThat(MappedTable.date("08-10-2024", true)).isEqualTo("08/10/2024");
    }

    @Test
    void proceduresFromAWorkbookWithATitleAndVietnameseWords() throws IOException {
        Path f = PortalFiles.proceduresXlsx(dir.resolve("danh-muc-tthc.xlsx"));
        ColumnMapping m = suggested("procedures", f);
        assertThat(m.columns()).containsEntry("ma tthc", "code").containsEntry("ten thu tuc hanh chinh", "name")
                .containsEntry("cap thuc hien", "level").containsEntry("phi le phi", "fee_vnd");
        assertThat(m.missingRequired()).isEmpty();

        ImportReport r = run(ImportKind.PROCEDURES, f, m);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(2);
        Procedure marriage = new ProcedureRepository(db).findByCode("1.001").orElseThrow();
        assertThat(marriage.level()).isEqualTo(AdminLevel.COMMUNE);
        assertThat(marriage.processingDays()).isEqualTo(5);
        assertThat(marriage.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(marriage.feeVnd()).isZero();
        assertThat(new ProcedureRepository(db).findByCode("1.002").orElseThrow().feeVnd()).isEqualTo(150_000);
    }

    @Test
    void dossiersFromAPortalExportWithSerialDatesAndAMergedProcedureCell() throws IOException {
        seedProcedures();
        Path f = PortalFiles.dossiersXlsx(dir.resolve("ho-so-thang-10.xlsx"), false);
        ColumnMapping m = suggested("dossiers", f);
        assertThat(m.columns()).containsEntry("ma ho so", "code").containsEntry("ten thu tuc", "procedure_code")
                .containsEntry("hinh thuc nop", "channel").containsEntry("ngay tiep nhan", "received_at")
                .containsEntry("ngay co ket qua", "resolved_on").containsEntry("trang thai", "outcome")
                .doesNotContainKey("ngay hen tra").doesNotContainKey("stt");

        ImportReport r = run(ImportKind.DOSSIERS, f, m);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(3);
        Map<String, Dossier> d = dossiers();
        assertThat(d.get("D-001").procedureCode()).isEqualTo("1.001");
        assertThat(d.get("D-001").channel()).isEqualTo(Channel.ONLINE);
        assertThat(d.get("D-001").receivedAt()).isEqualTo(LocalDateTime.of(2024, 10, 7, 9, 30));
        assertThat(d.get("D-001").resolvedOn()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(d.get("D-001").outcome()).isEqualTo(Outcome.ISSUED);
        assertThat(d.get("D-001").applicant()).isEqualTo("Nguyễn Văn An");
        assertThat(d.get("D-002").procedureCode()).isEqualTo("1.001"); // under the merged cell
        assertThat(d.get("D-002").channel()).isEqualTo(Channel.DIRECT);
        assertThat(d.get("D-002").resolvedOn()).isNull();
        assertThat(d.get("D-002").outcome()).isNull();
        assertThat(d.get("D-003").channel()).isEqualTo(Channel.POSTAL);
        assertThat(d.get("D-003").outcome()).isEqualTo(Outcome.REJECTED);

        assertThat(run(ImportKind.DOSSIERS, f, m).unchanged()).isEqualTo(3); // the same file again changes nothing
    }

    @Test
    void aBadRowIsReportedOnItsLineInTheFileAndNothingIsWritten() throws IOException {
        seedProcedures();
        Path f = PortalFiles.dossiersXlsx(dir.resolve("ho-so.xlsx"), true);
        ImportReport r = run(ImportKind.DOSSIERS, f, suggested("dossiers", f));
        assertThat(r.written()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::toString)
                .containsExactly("ho-so.xlsx:10: column channel: expected one of direct, online, postal (Fax)");
        assertThat(new DossierRepository(db).count()).isZero();
    }

    @Test
    void aCsvKeptByHandWithHeadingsWithoutDiacritics() throws IOException {
        seedProcedures();
        Path f = PortalFiles.dossiersCsv(dir.resolve("so-theo-doi.csv"));
        ColumnMapping m = suggested("dossiers", f);
        ImportReport r = run(ImportKind.DOSSIERS, f, m);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(3);
        Map<String, Dossier> d = dossiers();
        assertThat(d.get("D-002").receivedAt()).isEqualTo(LocalDateTime.of(2024, 10, 8, 0, 0));
        assertThat(d.get("D-003").procedureCode()).isEqualTo("1.002");
        assertThat(d.get("D-003").outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aSavedMappingIsFoundAgainForAFileOfTheSameShapeWithTheOfficersWords() throws IOException {
        seedProcedures();
        Path f = PortalFiles.dossiersXlsx(dir.resolve("ho-so.xlsx"), true);
        ColumnMapping m = suggested("dossiers", f).withWord("channel", "Fax", "postal").named("Hồ sơ một cửa tỉnh");
        MappingStore store = new MappingStore(dir.resolve("mappings"));
        store.save(m);

        ColumnMapping again = store.forShape("dossiers", suggested("dossiers", f).shape()).orElseThrow();
        assertThat(again).isEqualTo(m);
        assertThat(store.load("Hồ sơ một cửa tỉnh")).contains(m);
        assertThat(store.forShape("procedures", m.shape())).isEmpty();
        ImportReport r = run(ImportKind.DOSSIERS, f, again);
        assertThat(r.problems()).isEmpty();
        assertThat(new DossierRepository(db).findByCode("D-002").orElseThrow().channel()).isEqualTo(Channel.POSTAL);
    }

    @Test
    void aFileWithoutTheMappingsHeadingsIsRefusedWhole() throws IOException {
        Path f = PortalFiles.dossiersCsv(dir.resolve("other.csv"));
        ColumnMapping m = ColumnMapping.suggest("dossiers", List.of("Số biên nhận", "Mã thủ tục", "Kênh nộp", "Ngày nhận"));
        ImportReport r = run(ImportKind.DOSSIERS, f, m);
        assertThat(r.written()).isFalse();
        assertThat(r.problems()).extracting(ImportProblem::toString).singleElement().asString()
                .startsWith("other.csv:1: none of the first 30 rows has the headings of the mapping");
    }

    Map<String, Dossier> dossiers() {
        Map<String, Dossier> out = new java.util.HashMap<>();
        for (Dossier x : new DossierRepository(db).findAll()) out.put(x.code(), x);
        return out;
    }

    void seedProcedures() {
        ProcedureRepository repo = new ProcedureRepository(db);
        repo.save(Procedure.of("1.001", "Đăng ký kết hôn", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
        repo.save(Procedure.of("1.002", "Cấp giấy phép xây dựng", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL));
    }
}
