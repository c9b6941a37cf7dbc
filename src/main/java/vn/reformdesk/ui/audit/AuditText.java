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

    static String field(String name) {
        String key = "audit.field." + name;
        String t = I18n.t(key);
        return t.equals(key) ? name : t;
    }

    static String value(String field, String v) {
        if (v.contains("=")) return cycles(v);
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
