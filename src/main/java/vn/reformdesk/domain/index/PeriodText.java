package vn.reformdesk.domain.index;

import java.util.regex.Pattern;

/** The period text of a score: a year {@code 2024}, a quarter {@code 2024-Q3} or a month {@code 2024-09}. */
public final class PeriodText {
    private static final Pattern FORM = Pattern.compile("(19|20|21)\\d{2}(-Q[1-4]|-(0[1-9]|1[0-2]))?");

    private PeriodText() {}

    public static boolean isValid(String s) { return s != null && FORM.matcher(s.trim().toUpperCase()).matches(); }

    /** Trims and upper-cases the quarter letter ({@code 2024-q3} → {@code 2024-Q3}); refuses anything else. */
    public static String normalise(String s) {
        if (!isValid(s)) throw new IllegalArgumentException("not a period (use 2024, 2024-Q3 or 2024-09)");
        return s.trim().toUpperCase();
    }

    public static String year(int y) { return String.valueOf(y); }

    public static String quarter(int y, int q) { return y + "-Q" + q; }

    public static String month(int y, int m) { return String.format("%d-%02d", y, m); }

    public static int yearOf(String period) { return Integer.parseInt(period.substring(0, 4)); }
}
