package vn.reformdesk.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Spreadsheets built the way officers' files look: lists exported from the provincial one-stop system or kept by
 * hand, with the unit's name and a title above the heading row (merged across the sheet), Vietnamese headings, a
 * row of column numbers, dates as Excel serial numbers, a procedure name merged down over its dossiers, status
 * words in Vietnamese.
 */
public final class PortalFiles {
    private PortalFiles() {}

    /** The procedures the portal files name: "1.001" by name "Đăng ký kết hôn", "1.002" "Cấp giấy phép xây dựng". */
    public static Path proceduresXlsx(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "ReformDesk test", "1.0");
            Worksheet ws = wb.newWorksheet("TTHC");
            title(ws, "DANH MỤC THỦ TỤC HÀNH CHÍNH", 7);
            String[] h = {"STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Cấp thực hiện",
                "Thời hạn giải quyết", "Mức độ DVC", "Phí, lệ phí (đồng)"};
            for (int c = 0; c < h.length; c++) ws.value(3, c, h[c]);
            row(ws, 4, 1, "1.001", "Đăng ký kết hôn", "Hộ tịch", "Cấp xã", "5 ngày làm việc", "Toàn trình", "Miễn phí");
            row(ws, 5, 2, "1.002", "Cấp giấy phép xây dựng", "Xây dựng", "Cấp tỉnh", "15 ngày làm việc", "Một phần", "150.000");
            wb.finish();
        }
        return file;
    }

    /**
     * Three dossiers under a title, from row 7 (heading) and 8 (column numbers): D-001 online received
     * 07/10/2024 09:30, resolved 10/10/2024; D-002 in person received 08/10/2024, still in process (both "Đăng ký kết
     * hôn", the name merged over the two rows); D-003 by post, "Cấp giấy phép xây dựng", rejected 11/10/2024.
     * {@code badChannel} writes "Fax" as D-002's channel (row 10).
     */
    public static Path dossiersXlsx(Path file, boolean badChannel) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "ReformDesk test", "1.0");
            Worksheet ws = wb.newWorksheet("Danh sach");
            ws.value(0, 0, "UBND TỈNH SƠN LA");
            ws.range(0, 0, 0, 3).merge();
            ws.value(1, 0, "SỞ CÔNG THƯƠNG");
            ws.value(3, 0, "DANH SÁCH HỒ SƠ TIẾP NHẬN");
            ws.range(3, 0, 3, 9).merge();
            ws.value(4, 0, "Từ ngày 01/10/2024 đến ngày 31/10/2024");
            ws.range(4, 0, 4, 9).merge();
            String[] h = {"STT", "Mã hồ sơ", "Tên thủ tục", "Tên tổ chức, cá nhân", "Hình thức nộp", "Ngày tiếp nhận",
                "Ngày hẹn trả", "Ngày có kết quả", "Trạng thái", "Ghi chú"};
            for (int c = 0; c < h.length; c++) ws.value(6, c, h[c]);
            for (int c = 0; c < h.length; c++) ws.value(7, c, "(" + (c + 1) + ")");
            dossier(ws, 8, 1, "D-001", "Đăng ký kết hôn", "Nguyễn Văn An", "Trực tuyến",
                    LocalDateTime.of(2024, 10, 7, 9, 30), LocalDate.of(2024, 10, 14), LocalDate.of(2024, 10, 10), "Đã trả kết quả");
            dossier(ws, 9, 2, "D-002", null, "Trần Thị Bình", badChannel ? "Fax" : "Trực tiếp",
                    LocalDateTime.of(2024, 10, 8, 0, 0), LocalDate.of(2024, 10, 15), null, "Đang xử lý");
            ws.range(8, 2, 9, 2).merge();
            dossier(ws, 10, 3, "D-003", "Cấp giấy phép xây dựng", "Công ty TNHH Minh Phát", "Bưu chính",
                    LocalDateTime.of(2024, 10, 9, 14, 0), LocalDate.of(2024, 10, 30), LocalDate.of(2024, 10, 11), "Từ chối");
            wb.finish();
        }
        return file;
    }

    /** The same three dossiers as a CSV kept by hand: headings without diacritics, dates as dd/MM/yyyy. */
    public static Path dossiersCsv(Path file) throws IOException {
        String csv = "DANH SACH HO SO,,,,,,,\n"
                + "Thang 10/2024,,,,,,,\n"
                + ",,,,,,,\n"
                + "Ma ho so,Thu tuc,Nguoi nop,Hinh thuc nop,Ngay tiep nhan,Ngay hen tra,Ngay tra ket qua,Trang thai\n"
                + "D-001,Đăng ký kết hôn,Nguyễn Văn An,Truc tuyen,07/10/2024 09:30,14/10/2024,10/10/2024,Da tra ket qua\n"
                + "D-002,Đăng ký kết hôn,Trần Thị Bình,Truc tiep,08-10-2024,15/10/2024,,Dang xu ly\n"
                + "D-003,1.002,Công ty TNHH Minh Phát,Buu chinh,09/10/2024 14:00,30/10/2024,11/10/2024,Tu choi\n";
        Files.writeString(file, "\uFEFF" + csv, StandardCharsets.UTF_8);
        return file;
    }

    private static void title(Worksheet ws, String text, int lastColumn) {
        ws.value(0, 0, text);
        ws.range(0, 0, 0, lastColumn).merge();
    }

    private static void row(Worksheet ws, int r, int n, String... cells) {
        ws.value(r, 0, n);
        for (int c = 0; c < cells.length; c++) ws.value(r, c + 1, cells[c]);
    }

    private static void dossier(Worksheet ws, int r, int n, String code, String procedure, String applicant,
                                String channel, LocalDateTime received, LocalDate due, LocalDate resolved, String status) {
        ws.value(r, 0, n);
        ws.value(r, 1, code);
        if (procedure != null) ws.value(r, 2, procedure);
        ws.value(r, 3, applicant);
        ws.value(r, 4, channel);
        ws.value(r, 5, received);
        ws.style(r, 5).format("dd/mm/yyyy hh:mm").set();
        ws.value(r, 6, due);
        ws.style(r, 6).format("dd/mm/yyyy").set();
        if (resolved != null) {
            ws.value(r, 7, resolved);
            ws.style(r, 7).format("dd/mm/yyyy").set();
        }
        ws.value(r, 8, status);
    }
}
