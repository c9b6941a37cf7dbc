package vn.reformdesk.io.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the app knows of the spreadsheets officers keep or export from the provincial one-stop system: the
 * headings that name each of our columns (compared by {@link Headings#key}), and the words those files use for
 * our coded values. A heading or word not listed here is left for the officer to choose on the import screen.
 */
public final class Vocabulary {
    private Vocabulary() {}

    /** Our columns that hold a date or a date-time: an Excel serial number there is read as a date. */
    public static final Set<String> DATE_COLUMNS = Set.of("received_at", "supplement_requested_on",
            "supplement_received_on", "resolved_on", "apology_on");

    private static final Map<String, List<String>> DOSSIER_HEADINGS = headings(
            "code", "ma ho so|so ho so|ma hs|so hs|ma so ho so|so bien nhan|ma bien nhan",
            "procedure_code", "ma thu tuc|ma tthc|ma thu tuc hanh chinh|thu tuc|ten thu tuc|ten thu tuc hanh chinh|tthc",
            "applicant", "nguoi nop|ten to chuc ca nhan|to chuc ca nhan|nguoi nop ho so|chu ho so|ten nguoi nop"
                    + "|ho ten nguoi nop|ho va ten|ten ca nhan to chuc|cong dan to chuc",
            "channel", "hinh thuc nop|kenh nop|hinh thuc tiep nhan|hinh thuc nop ho so|kenh tiep nhan|nguon ho so",
            "received_at", "ngay tiep nhan|ngay nhan|ngay nop|thoi gian tiep nhan|ngay nhan ho so|ngay tiep nhan ho so"
                    + "|ngay gio tiep nhan",
            "supplement_requested_on", "ngay yeu cau bo sung|ngay bo sung yeu cau|yeu cau bo sung",
            "supplement_received_on", "ngay nhan bo sung|ngay bo sung|ngay nop bo sung|ngay nhan ho so bo sung",
            "resolved_on", "ngay co ket qua|ngay tra ket qua|ngay hoan thanh|ngay xu ly xong|ngay giai quyet xong"
                    + "|ngay ket thuc|ngay tra kq|ngay co kq",
            "outcome", "trang thai|ket qua|ket qua xu ly|ket qua giai quyet|tinh trang",
            "paid_online", "thanh toan truc tuyen|thanh toan online|da thanh toan truc tuyen",
            "inputs_digitised", "so hoa|so hoa ho so|so hoa thanh phan ho so|da so hoa",
            "electronic_result", "ket qua dien tu|tra ket qua dien tu|co ket qua dien tu",
            "rating", "danh gia|muc do hai long|danh gia hai long|y kien danh gia",
            "complaint", "khieu nai|phan anh|phan anh kien nghi|co khieu nai",
            "apology_on", "ngay xin loi|ngay phieu xin loi|ngay gui phieu xin loi|phieu xin loi");

    private static final Map<String, List<String>> PROCEDURE_HEADINGS = headings(
            "code", "ma thu tuc|ma tthc|ma thu tuc hanh chinh|ma so|ma",
            "name", "ten thu tuc|thu tuc|ten thu tuc hanh chinh|ten tthc|tthc",
            "field", "linh vuc|ten linh vuc",
            "level", "cap thuc hien|cap|cap giai quyet|cap co tham quyen",
            "processing_days", "thoi han giai quyet|thoi gian giai quyet|so ngay giai quyet|thoi han|so ngay",
            "online_level", "muc do dvc|muc do dich vu cong|dich vu cong truc tuyen|muc do dvctt|muc do|dvc truc tuyen",
            "fee_vnd", "phi le phi|le phi|phi|muc phi",
            "paper_result", "ket qua giay|tra ket qua giay|ban giay",
            "section", "bo phan|phong ban|bo phan xu ly|don vi xu ly|phong chuyen mon");

    /** Words for coded values: our column, then "code = word|word" (words as {@link Headings#key} gives them). */
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "channel", words("direct", "truc tiep|tai quay|nop truc tiep|tai bo phan mot cua|1",
                    "online", "truc tuyen|qua mang|dich vu cong truc tuyen|dvc truc tuyen|nop truc tuyen|2",
                    "postal", "buu chinh|qua buu chinh|buu chinh cong ich|buu dien|3"),
            "outcome", words("issued", "da tra ket qua|da giai quyet|hoan thanh|da hoan thanh|da co ket qua|da tra"
                            + "|tra ket qua|giai quyet xong|da xu ly",
                    "rejected", "tu choi|khong giai quyet|bi tu choi|tra lai|khong du dieu kien",
                    "withdrawn", "rut ho so|da rut|cong dan rut|rut|huy ho so|dung xu ly",
                    "", "dang xu ly|cho bo sung|moi tiep nhan|dang giai quyet|cho xu ly|tam dung|cho tra ket qua"),
            "rating", words("very_satisfied", "rat hai long", "satisfied", "hai long",
                    "neutral", "binh thuong|chap nhan duoc", "dissatisfied", "khong hai long|chua hai long"),
            "level", words("province", "tinh|cap tinh", "district", "huyen|cap huyen",
                    "commune", "xa|cap xa|phuong|cap xa phuong"),
            "online_level", words("full", "toan trinh|muc do 4|muc 4|dvc toan trinh",
                    "partial", "mot phan|muc do 3|muc 3|dvc mot phan",
                    "none", "khong|muc do 2|muc 2|muc do 1|truc tiep|khong co"));

    private static final Map<String, String> YES_NO = words("true", "co|da|x|yes|true|1|dat",
            "false", "khong|chua|no|false|0");

    /** Allowed codes of each coded column (the blank code means "not given": an unresolved dossier). */
    private static final Map<String, List<String>> CODES = Map.of(
            "channel", List.of("direct", "online", "postal"),
            "outcome", List.of("issued", "rejected", "withdrawn", ""),
            "rating", List.of("very_satisfied", "satisfied", "neutral", "dissatisfied", ""),
            "level", List.of("province", "district", "commune"),
            "online_level", List.of("full", "partial", "none"));

    private static final Set<String> YES_NO_COLUMNS = Set.of("paid_online", "inputs_digitised", "electronic_result",
            "complaint", "paper_result");

    /** Our columns of an import kind ("dossiers", "procedures"), in the order of formats.md; empty for others. */
    public static List<String> columns(String kind) { return List.copyOf(headingsOf(kind).keySet()); }

    /** The columns an import cannot do without. */
    public static List<String> required(String kind) {
        return "procedures".equals(kind) ? List.of("code", "name", "level", "processing_days", "online_level")
                : "dossiers".equals(kind) ? List.of("code", "procedure_code", "channel", "received_at") : List.of();
    }

    /** Our column for a heading of the file, or null: our own name first, then the known Vietnamese headings. */
    public static String column(String kind, String heading) {
        String k = Headings.key(heading);
        if (k.isEmpty()) return null;
        Map<String, List<String>> all = headingsOf(kind);
        if (all.containsKey(k)) return k;
        for (var e : all.entrySet()) {
            if (e.getValue().contains(k)) return e.getKey();
        }
        return null;
    }

    /** Whether the column's values are words to be mapped to codes (channels, outcomes, yes/no...). */
    public static boolean coded(String column) { return CODES.containsKey(column) || YES_NO_COLUMNS.contains(column); }

    /** The codes a coded column takes. */
    public static List<String> codes(String column) {
        return YES_NO_COLUMNS.contains(column) ? List.of("true", "false", "") : CODES.getOrDefault(column, List.of());
    }

    /** The code a word stands for in the column, or null when the word is not known (nor a code itself). */
    public static String code(String column, String word) {
        String k = Headings.key(word);
        if (codes(column).contains(word.trim().toLowerCase(java.util.Locale.ROOT))) {
            return word.trim().toLowerCase(java.util.Locale.ROOT);
        }
        Map<String, String> w = YES_NO_COLUMNS.contains(column) ? YES_NO : WORDS.getOrDefault(column, Map.of());
        return w.get(k);
    }

    private static Map<String, List<String>> headingsOf(String kind) {
        return "dossiers".equals(kind) ? DOSSIER_HEADINGS : "procedures".equals(kind) ? PROCEDURE_HEADINGS : Map.of();
    }

    private static Map<String, List<String>> headings(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], List.of(pairs[i + 1].split("\\|")));
        return m;
    }

    private static Map<String, String> words(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String w : pairs[i + 1].split("\\|")) m.put(w, pairs[i]);
        }
        return m;
    }
}
