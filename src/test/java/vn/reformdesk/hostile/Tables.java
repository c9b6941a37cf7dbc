package vn.reformdesk.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.reformdesk.io.ImportKind;

/** Valid import tables (formats.md) to start from, and writers that turn a table into CSV or .xlsx bytes. */
final class Tables {
    private Tables() {}

    static final List<String> PROCEDURE_HEADER = List.of("code", "name", "field", "level", "processing_days",
            "online_level", "fee_vnd", "paper_result", "section");
    static final List<String> DOSSIER_HEADER = List.of("code", "procedure_code", "applicant", "channel", "received_at",
            "supplement_requested_on", "supplement_received_on", "resolved_on", "outcome", "paid_online",
            "inputs_digitised", "electronic_result", "rating", "complaint", "apology_on");
    static final List<String> CALENDAR_HEADER = List.of("date", "kind", "name");

    static List<String> header(ImportKind kind) {
        return switch (kind) {
            case PROCEDURES -> PROCEDURE_HEADER;
            case DOSSIERS -> DOSSIER_HEADER;
            case CALENDAR -> CALENDAR_HEADER;
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    /** The valid rows of each kind; the database is seeded with exactly these. */
    static List<List<String>> rows(ImportKind kind) {
        List<List<String>> rows = new ArrayList<>();
        switch (kind) {
            case PROCEDURES -> {
                String[] levels = {"province", "district", "commune"};
                String[] online = {"full", "partial", "none"};
                for (int i = 1; i <= 5; i++) {
                    rows.add(new ArrayList<>(List.of("P-00" + i, "Thủ tục số " + i + " — cấp giấy chứng nhận, đăng ký",
                            "Hộ tịch", levels[i % 3], String.valueOf(3 + i), online[i % 3], i % 2 == 0 ? "1.500.000" : "0",
                            i % 2 == 0 ? "có" : "không", "Bộ phận một cửa")));
                }
            }
            case DOSSIERS -> {
                String[] channels = {"direct", "online", "postal"};
                for (int i = 1; i <= 12; i++) {
                    String day = String.format("2026-03-%02d", 1 + i);
                    boolean resolved = i % 3 != 0;
                    boolean supplement = i % 4 == 0;
                    rows.add(new ArrayList<>(List.of(String.format("D-%04d", i), "P-00" + (1 + i % 5),
                            "Nguyễn Thị Hồng " + i, channels[i % 3], day + " 08:" + (10 + i),
                            supplement ? day : "", supplement ? String.format("2026-03-%02d", 3 + i) : "",
                            resolved ? String.format("2026-04-%02d", i) : "", resolved ? "issued" : "",
                            i % 2 == 0 ? "true" : "false", "1", "yes", resolved ? "satisfied" : "", "không", "")));
                }
            }
            case CALENDAR -> {
                rows.add(new ArrayList<>(List.of("2026-04-30", "holiday", "Ngày Giải phóng miền Nam")));
                rows.add(new ArrayList<>(List.of("2026-05-01", "holiday", "Quốc tế Lao động")));
                rows.add(new ArrayList<>(List.of("30/04/2027", "holiday", "Ngày Giải phóng miền Nam")));
                rows.add(new ArrayList<>(List.of("2026-01-03", "workday", "Làm bù Tết Dương lịch")));
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return rows;
    }

    static String csv(List<String> header, List<List<String>> rows, String eol) {
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        sb.append(eol);
        for (List<String> r : rows) {
            line(sb, r);
            sb.append(eol);
        }
        return sb.toString();
    }

    /** A CSV whose line ends are picked at random among CRLF, LF and CR. */
    static String csvMixedEol(List<String> header, List<List<String>> rows, Random rnd) {
        String[] eols = {"\r\n", "\n", "\r"};
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        sb.append(eols[rnd.nextInt(3)]);
        for (List<String> r : rows) {
            line(sb, r);
            sb.append(eols[rnd.nextInt(3)]);
        }
        return sb.toString();
    }

    static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(quote(cells.get(i)));
        }
    }

    static String quote(String v) {
        if (v == null) return "";
        boolean q = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return q ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** An .xlsx workbook with the table as text cells (what a spreadsheet saves). */
    static byte[] xlsx(List<String> header, List<List<String>> rows) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "test", "1.0");
        Worksheet ws = wb.newWorksheet("data");
        for (int c = 0; c < header.size(); c++) ws.value(0, c, header.get(c));
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) if (row.get(c) != null && !row.get(c).isEmpty()) ws.value(r + 1, c, row.get(c));
        }
        wb.finish();
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] data) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(data);
        }
        return p;
    }

    static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) out.add(new ArrayList<>(r));
        return out;
    }
}
