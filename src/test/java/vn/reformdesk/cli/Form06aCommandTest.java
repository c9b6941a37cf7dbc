package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --form 06a} on the sample department in a temporary database. */
class Form06aCommandTest {
    @TempDir
    static Path dir;
    static Path db;

    /** The command line as the sample and report tests run it (standard output and error captured). */
    static SampleAndReportCommandTest.Run run(String... args) { return SampleAndReportCommandTest.run(args); }

    @BeforeAll
    static void loadSample() {
        db = dir.resolve("db");
        assertThat(run("sample", "--db", db.toString()).code()).isZero();
    }

    static long total(String json, String key) {
        Matcher m = Pattern.compile("\"total\": \\{[^}]*\"" + key + "\": (\\d+)").matcher(json);
        assertThat(m.find()).as(key).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * The official year 2024 (15/12/2023–14/12/2024) against an independent count of the exported dossiers, with
     * their statuses as of 14/12/2024: the JSON's total must be what the export says, column by column.
     */
    @Test
    void officialYearMatchesACountOfTheExportedDossiers() throws Exception {
        var r = run("report", "--form", "06a", "--period", "2024", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String json = r.out();
        assertThat(json).contains("\"form\": \"06a\"", "\"period\": \"2024\"", "\"from\": \"2023-12-15\"",
                "\"to\": \"2024-12-14\"", "\"unit\": \"000.00.20.H15\"", "\"level\": \"province\"",
                "\"level\": \"commune\"");
        assertThat(json).containsPattern("\"rows\": \\[\\s*\\{\\s*\"level\": \"province\",\\s*\"field\": \"[^\"]+\",\\s*\"c3\": \\d+,\\s*\"c4\"");

        Path csv = dir.resolve("dossiers.csv");
        var export = run("export", "dossiers", csv.toString(), "--as-of", "2024-12-14", "--db", db.toString());
        assertThat(export.code()).as(export.err()).isZero();
        LocalDate from = LocalDate.of(2023, 12, 15);
        LocalDate to = LocalDate.of(2024, 12, 14);
        Map<String, Long> c = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                LocalDate received = LocalDate.parse(rec.get("received_at").substring(0, 10));
                String resolvedText = rec.get("resolved_on");
                LocalDate resolved = resolvedText.isEmpty() ? null : LocalDate.parse(resolvedText);
                if (received.isAfter(to) || (resolved != null && resolved.isBefore(from))) continue;
                c.merge("c3", 1L, Long::sum);
                if (received.isBefore(from)) c.merge("c6", 1L, Long::sum);
                else c.merge(rec.get("channel").equals("online") ? "c4" : "c5", 1L, Long::sum);
                String status = rec.get("status");
                if (resolved != null && !resolved.isAfter(to)) {
                    c.merge("c7", 1L, Long::sum);
                    c.merge(switch (status) { case "early" -> "c8"; case "on_time" -> "c9"; default -> "c10"; }, 1L, Long::sum);
                } else {
                    c.merge("c11", 1L, Long::sum);
                    c.merge(status.equals("overdue") ? "c13" : "c12", 1L, Long::sum);
                }
            }
        }
        for (int i = 3; i <= 13; i++) {
            assertThat(total(json, "c" + i)).as("c" + i).isEqualTo(c.getOrDefault("c" + i, 0L));
        }
        assertThat(total(json, "c3")).isEqualTo(total(json, "c7") + total(json, "c11"))
                .isEqualTo(total(json, "c4") + total(json, "c5") + total(json, "c6")).isPositive();
    }

    @Test
    void calendarDatesAndTheFourFormats() throws Exception {
        var r = run("report", "--form", "06a", "--period", "2024-Q1", "--calendar", "--format", "json", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"period\": \"2024-Q1\"", "\"from\": \"2024-01-01\"", "\"to\": \"2024-03-31\"");

        var csv = run("report", "--form", "06a", "--period", "2024-Q1", "--format", "csv", "--db", db.toString());
        assertThat(csv.code()).as(csv.err()).isZero();
        String[] lines = csv.out().split("\\R");
        assertThat(lines[0]).startsWith("Cấp,\"Lĩnh vực, công việc giải quyết theo cấp\",Tiếp nhận: tổng số (3),")
                .endsWith("Đang giải quyết quá hạn (13)");
        assertThat(lines[lines.length - 1]).startsWith("Tổng cộng,,");

        Path xlsx = dir.resolve("out/06a.xlsx");
        var x = run("report", "--form", "06a", "--period", "2024-Q1", "--format", "xlsx", "--out", xlsx.toString(),
                "--db", db.toString());
        assertThat(x.code()).as(x.err()).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            var rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellAsString(0).orElseThrow()).contains("Biểu số II.06a/VPCP/KSTT");
            assertThat(rows.get(2).getCellAsString(0).orElseThrow()).contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            assertThat(rows.get(3).getCellAsString(0).orElseThrow()).contains("15/12/2023", "14/03/2024");
            assertThat(rows.get(7).getCellAsNumber(12).orElseThrow().intValue()).isEqualTo(13);
            assertThat(rows.get(8).getCellAsString(0).orElseThrow()).isEqualTo("I");
        }

        Path pdf = dir.resolve("out/06a.pdf");
        var p = run("report", "--form", "06a", "--period", "2024-H1", "--format", "pdf", "--lang", "en", "--out",
                pdf.toString(), "--db", db.toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    /**
     * Two units in one register, by hand: A has D1 (online, resolved early) and D2 (in person, open); B has D3 (by post,
     * open). Official Q3 2026 (15/06–14/09): A's total 2 1 1 0 1 1 0 0 1 0 1 (D2 overdue by 14/09), B's 1 0 1 0 0 0 0 0
     * 1 1 0 (D3 received 08/09, within its 5 days), all units the sum, and "unit" the one unit's code or null.
     */
    @Test
    void oneUnitOrAllUnitsWithTheUnitsCodeInTheJson(@TempDir Path own) throws Exception {
        try (var ctx = vn.reformdesk.support.TestDb.context(own)) {
            var units = ctx.register().units();
            units.upsert(new vn.reformdesk.domain.unit.Unit("A", "Sở A", vn.reformdesk.domain.unit.UnitKind.DEPARTMENT, null));
            units.upsert(new vn.reformdesk.domain.unit.Unit("B", "Xã B", vn.reformdesk.domain.unit.UnitKind.COMMUNE, "A"));
            ctx.register().procedures().save(vn.reformdesk.domain.procedure.Procedure.of("1.000001", "Cấp phép thử",
                    vn.reformdesk.domain.procedure.AdminLevel.PROVINCE, 5, vn.reformdesk.domain.procedure.OnlineLevel.FULL));
            var dossiers = ctx.register().dossiers();
            dossiers.save(vn.reformdesk.domain.dossier.Dossier.received("D1", "1.000001", "An",
                    vn.reformdesk.domain.dossier.Channel.ONLINE, java.time.LocalDateTime.of(2026, 7, 6, 9, 0)).withUnit("A")
                    .withResolution(LocalDate.of(2026, 7, 8), vn.reformdesk.domain.dossier.Outcome.ISSUED));
            dossiers.save(vn.reformdesk.domain.dossier.Dossier.received("D2", "1.000001", "Bình",
                    vn.reformdesk.domain.dossier.Channel.DIRECT, java.time.LocalDateTime.of(2026, 7, 6, 9, 30)).withUnit("A"));
            dossiers.save(vn.reformdesk.domain.dossier.Dossier.received("D3", "1.000001", "Chi",
                    vn.reformdesk.domain.dossier.Channel.POSTAL, java.time.LocalDateTime.of(2026, 9, 8, 10, 0)).withUnit("B"));
        }
        String ownDb = own.resolve("db").toString();
        var a = run("report", "--form", "06a", "--period", "2026-Q3", "--unit", "A", "--db", ownDb);
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("\"unit\": \"A\"");
        var b = run("report", "--form", "06a", "--period", "2026-Q3", "--unit", "B", "--db", ownDb);
        assertThat(b.out()).contains("\"unit\": \"B\"");
        var all = run("report", "--form", "06a", "--period", "2026-Q3", "--db", ownDb);
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).contains("\"unit\": null");
        long[] wantA = {2, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1};
        long[] wantB = {1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0};
        for (int i = 3; i <= 13; i++) {
            assertThat(total(a.out(), "c" + i)).as("A c" + i).isEqualTo(wantA[i - 3]);
            assertThat(total(b.out(), "c" + i)).as("B c" + i).isEqualTo(wantB[i - 3]);
            assertThat(total(all.out(), "c" + i)).as("all c" + i).isEqualTo(wantA[i - 3] + wantB[i - 3]);
        }

        Path xlsx = own.resolve("b.xlsx");
        var x = run("report", "--form", "06a", "--period", "2026-Q3", "--unit", "B", "--format", "xlsx", "--out",
                xlsx.toString(), "--db", ownDb);
        assertThat(x.code()).as(x.err()).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getFirstSheet().read().get(0).getCellAsString(8).orElseThrow()).contains("Xã B");
        }
        Path pdf = own.resolve("all.pdf");
        var p = run("report", "--form", "06a", "--period", "2026-Q3", "--format", "pdf", "--out", pdf.toString(), "--db", ownDb);
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(vn.reformdesk.io.report.pdf.ReportPdfTest.flat(vn.reformdesk.io.report.pdf.ReportPdfTest.text(
                Files.readAllBytes(pdf)))).contains("Đơnvịbáocáo:tổnghợp");

        var unknown = run("report", "--form", "06a", "--period", "2026-Q3", "--unit", "C", "--db", ownDb);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--unit", "C");
        assertThat(run("report", "--period", "2026-Q3", "--unit", "A", "--db", ownDb).code()).isEqualTo(2);
    }

    @Test
    void invalidArgumentsExitTwo() {
        assertThat(run("report", "--form", "07", "--period", "2024", "--db", db.toString()).code()).isEqualTo(2);
        assertThat(run("report", "--official", "--period", "2024", "--db", db.toString()).code()).isEqualTo(2);
        assertThat(run("report", "--form", "06a", "--period", "2024", "--official", "--calendar", "--db", db.toString())
                .code()).isEqualTo(2);
        var png = run("report", "--form", "06a", "--period", "2024", "--format", "png", "--db", db.toString());
        assertThat(png.code()).isEqualTo(2);
        assertThat(png.err()).contains("--format");
        assertThat(run("report", "--form", "06a", "--period", "2024-H3", "--db", db.toString()).code()).isEqualTo(2);
        assertThat(run("report", "--help").out()).contains("--form", "--official", "--calendar");
    }
}
