package vn.reformdesk.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.reformdesk.io.DossierExport;

/**
 * A deterministic synthetic register for the benchmark: 300 procedures and N dossiers received on working
 * days over the three years before the as-of date, with a realistic mix of events (most resolved early or on
 * time, some late, supplementation cycles, rejections, ratings, payments, digitisation). Same seed, same files.
 */
public final class SyntheticRegister {
    public static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
    public static final int PROCEDURES = 300;
    private static final String[] FIELDS = {"Công nghiệp", "Thương mại", "Điện", "Hóa chất", "An toàn thực phẩm",
        "Xúc tiến thương mại", "Xuất nhập khẩu", "Quản lý thị trường"};
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] NAMES = {"Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Gia Huy",
        "Ngọc Lan", "Đức Minh", "Thanh Tâm", "Hữu Phước"};

    private final long seed;
    private final int[] processingDays = new int[PROCEDURES];
    private final boolean[] fee = new boolean[PROCEDURES];

    public SyntheticRegister(long seed) { this.seed = seed; }

    public static String procedureCode(int i) { return String.format("1.%06d", 1000 + i); }

    public void writeProcedures(Path file) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("code", "name", "field", "level", "processing_days", "online_level", "fee_vnd", "paper_result", "section");
            for (int i = 0; i < PROCEDURES; i++) {
                int days = new int[] {0, 1, 3, 5, 7, 10, 15, 20, 30}[r.nextInt(9)];
                processingDays[i] = days;
                fee[i] = r.nextInt(3) == 0;
                String level = i < 260 ? "province" : i < 290 ? "district" : "commune";
                String online = r.nextInt(3) == 0 ? "full" : r.nextBoolean() ? "partial" : "none";
                p.printRecord(procedureCode(i), "Thủ tục số " + (i + 1) + " — cấp, sửa đổi, gia hạn giấy phép",
                        FIELDS[i % FIELDS.length], level, days, online, fee[i] ? 500_000 : 0, r.nextBoolean(),
                        "Phòng " + (1 + i % 6));
            }
        }
    }

    /** Writes {@code n} dossiers; {@link #writeProcedures} must have run first (it fixes the procedures' times). */
    public void writeDossiers(Path file, int n) throws IOException { writeDossiers(file, n, 1, ""); }

    /**
     * As above, the dossiers taking turns among {@code units} units (their codes carry the unit's number, as the
     * portal's codes carry the unit's code); one unit gives the same file as before.
     */
    public void writeDossiers(Path file, int n, int units) throws IOException { writeDossiers(file, n, units, ""); }

    /** As {@link #writeDossiers(Path, int)}, each code starting with {@code prefix} (more dossiers for the register). */
    public void writeDossiers(Path file, int n, String prefix) throws IOException { writeDossiers(file, n, 1, prefix); }

    private void writeDossiers(Path file, int n, int units, String prefix) throws IOException {
        Random r = new Random(seed * 31 + 7 + prefix.hashCode());
        LocalDate start = AS_OF.minusYears(3).plusDays(1);
        int span = (int) (AS_OF.toEpochDay() - start.toEpochDay());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(DossierExport.INPUT_COLUMNS);
            for (int i = 0; i < n; i++) {
                // Spread evenly over the span so every period has dossiers; nudge weekends to Monday.
                LocalDate day = start.plusDays((long) i * span / n);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY) day = day.plusDays(2);
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) day = day.plusDays(1);
                if (day.isAfter(AS_OF)) day = AS_OF;
                LocalDateTime received = day.atTime(7 + r.nextInt(10), r.nextInt(60));
                int proc = r.nextInt(PROCEDURES);
                int days = processingDays[proc];
                String channel = r.nextInt(100) < 85 ? "online" : r.nextInt(10) == 0 ? "postal" : "direct";
                LocalDate suppReq = null;
                LocalDate suppRec = null;
                int extra = 0;
                if (r.nextInt(100) < 8 && days > 0) {
                    suppReq = day.plusDays(1 + r.nextInt(Math.max(1, days)));
                    extra = 2 + r.nextInt(8);
                    suppRec = suppReq.plusDays(extra);
                    if (suppRec.isAfter(AS_OF)) suppRec = null;
                    if (suppReq.isAfter(AS_OF)) suppReq = null; // a register as of AS_OF holds nothing after it
                    if (suppReq == null) extra = 0;
                }
                LocalDate resolved = null;
                String outcome = null;
                int roll = r.nextInt(1000);
                long calendarDays = Math.round(days * 1.4) + extra;
                if (roll < 940) { // early or on time
                    resolved = day.plusDays(Math.max(0, calendarDays - r.nextInt((int) calendarDays + 1)));
                    outcome = roll < 920 ? "issued" : roll < 930 ? "rejected" : "withdrawn";
                } else if (roll < 970) { // late
                    resolved = day.plusDays(calendarDays + 1 + r.nextInt(10));
                    outcome = "issued";
                }
                if (resolved != null && (resolved.isAfter(AS_OF) || (suppReq != null && suppRec == null))) {
                    resolved = null;
                    outcome = null;
                }
                if (resolved != null && resolved.isBefore(day)) resolved = day;
                if (resolved != null && suppRec != null && resolved.isBefore(suppRec)) resolved = suppRec;
                String rating = r.nextInt(100) < 40 ? new String[] {"very_satisfied", "satisfied", "neutral",
                    "dissatisfied"}[Math.min(3, r.nextInt(10) / 3)] : null;
                String unit = units > 1 ? String.format("%03d.", i % units) : "";
                p.printRecord(prefix + String.format("H15.%s50.%02d-%s-%07d", unit, proc % 50, day.toString().substring(2).replace("-", ""), i),
                        procedureCode(proc), SURNAMES[r.nextInt(SURNAMES.length)] + " " + NAMES[r.nextInt(NAMES.length)],
                        channel, received.toString(), suppReq, suppRec, resolved, outcome,
                        fee[proc] && "online".equals(channel) ? r.nextInt(100) < 70 : null, r.nextInt(100) < 75,
                        resolved != null ? r.nextInt(100) < 70 : null, rating, r.nextInt(1000) < 5,
                        roll >= 940 && roll < 955 ? day.plusDays(Math.max(1, calendarDays - 1)) : null);
            }
        }
    }
}
