package vn.reformdesk.ui.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The audit trail in the words of the forms: the store keeps "field: value" lines with field names and codes
 * ("dayUnit: WORKING"); shown, they read "Đơn vị thời hạn: Ngày làm việc", dates as dd/MM/yyyy, yes/no in words.
 * Done when shown, so entries written before (with Java's "SupplementCycle[…]") read the same way.
 */
public final class AuditText {
    /** Fields whose value is a code, and the bundle prefix of its words. */
    private static final Map<String, String> CODE_WORDS = Map.ofEntries(Map.entry("dayUnit", "unit."),
            Map.entry("channel", "channel."), Map.entry("outcome", "outcome."), Map.entry("rating", "rating."),
            Map.entry("level", "level."), Map.entry("onlineLevel", "online."), Map.entry("supplementRule", "rule."),
            Map.entry("direction", "scores.direction."), Map.entry("kind", "audit.kind."));
    private static final Pattern LINE = Pattern.compile("^([A-Za-z]+): (.*)$");
    private static final Pattern PART = Pattern.compile("([A-Za-z]+)=([^,)\\]]*)");

    private AuditText() {}

    /** Every line of a stored old or new value, in words. */
    public static String show(String stored) {
        if (stored == null || stored.isBlank()) return "";
        List<String> out = new ArrayList<>();
        for (String line : stored.split("\n")) {
            Matcher m = LINE.matcher(line);
            out.add(m.matches() ? field(m.group(1)) + ": " + value(m.group(1), m.group(2)) : line);
        }
        return String.join("\n", out);
    }

    /**
     * A record's key in words: a score's "sipas 2024 total" reads "SIPAS · Năm 2024 · Tổng điểm", a target's
     * "rate on_time_rate 2024-Q3" reads "Tỷ lệ · Tỷ lệ hồ sơ giải quyết đúng hạn · Quý 3/2024". Other keys (codes of
     * dossiers and procedures, dates) are the officer's own and shown as stored.
     */
    public static String record(String entity, String key) {
        if (key == null) return "";
        String[] p = key.split(" ");
        if ("score".equals(entity) && p.length == 3) {
            return String.join(" · ", framework(p[0]), period(p[1]), "total".equals(p[2]) ? I18n.t("scores.total") : p[2]);
        }
        if ("target".equals(entity) && p.length == 3) {
            String kind = I18n.t("audit.kind." + p[0]);
            return String.join(" · ", kind.startsWith("audit.kind.") ? p[0] : kind, subject(p[1]), period(p[2]));
        }
        return key;
    }

    /** A framework by its short name (the index charts' "SIPAS", "Chỉ số 766"); a framework of the unit's own as coded. */
    private static String framework(String code) {
        String t = I18n.t("indexcharts.short." + code);
        return t.equals("indexcharts.short." + code) ? code : t;
    }

    /** A target's subject: a computed rate by its name, or a framework (rank targets). */
    private static String subject(String code) {
        String t = I18n.t("scores.rate." + code);
        return t.equals("scores.rate." + code) ? framework(code) : t;
    }

    private static String period(String text) {
        try {
            return vn.reformdesk.io.report.pdf.ReportText.period(vn.reformdesk.domain.period.Period.parse(text));
        } catch (RuntimeException e) {
            return text; // a period written before the forms checked it: as stored
        }
    }

    static String field(String name) {
        String key = "audit.field." + name;
        String t = I18n.t(key);
        return t.equals(key) ? name : t;
    }

    static String value(String field, String v) {
        if (v.contains("=")) return cycles(v);
        if ("subject".equals(field)) return subject(v);
        if ("framework".equals(field)) return framework(v);
        if ("period".equals(field)) return period(v);
        if ("component".equals(field) && "total".equals(v)) return I18n.t("scores.total");
        String prefix = CODE_WORDS.get(field);
        if (prefix != null) {
            String key = prefix + v.toLowerCase(Locale.ROOT);
            String t = I18n.t(key);
            if (!t.equals(key)) return t;
        }
        return scalar(v);
    }

    /** "(requestedOn=2024-01-02, receivedOn=null); …" or "[SupplementCycle[requestedOn=…]]" in words. */
    private static String cycles(String v) {
        List<String> items = new ArrayList<>();
        for (String item : v.split(";|\\],")) {
            Matcher m = PART.matcher(item);
            List<String> parts = new ArrayList<>();
            while (m.find()) {
                if ("null".equals(m.group(2).trim())) continue;
                parts.add(field(m.group(1)).toLowerCase(I18n.locale()) + " " + scalar(m.group(2).trim()));
            }
            if (!parts.isEmpty()) items.add(String.join(", ", parts));
        }
        return String.join("; ", items);
    }

    private static String scalar(String v) {
        if (v.equals("true")) return I18n.t("common.yes");
        if (v.equals("false")) return I18n.t("common.no");
        try {
            if (v.length() == 10) return Fmt.date(LocalDate.parse(v));
            if (v.length() > 10 && v.charAt(10) == 'T') return Fmt.dateTime(LocalDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // not a date: as typed
        }
        return v;
    }
}
