package vn.reformdesk.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Display formats of the UI in both languages: dates dd/MM/yyyy, numbers 1.234,5. */
public final class Fmt {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Fmt() {}

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }

    public static String date(LocalDate d) { return d == null ? "" : DATE.format(d); }

    public static String dateTime(LocalDateTime t) { return t == null ? "" : DATE_TIME.format(t); }

    /** A whole number with dot grouping: 10.732. */
    public static String count(long n) { return new DecimalFormat("#,##0", symbols()).format(n); }

    /** A number with up to {@code decimals} decimals: 1.234,5. */
    public static String number(double v, int decimals) {
        String pattern = decimals <= 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
        return new DecimalFormat(pattern, symbols()).format(v);
    }

    /** A fraction as a percentage with one decimal (0.9993 → "99,9 %"), or the "no data" text for null. */
    public static String percent(Double fraction) {
        if (fraction == null) return I18n.t("common.noData");
        return new DecimalFormat("#,##0.0", symbols()).format(fraction * 100) + " %";
    }
}
