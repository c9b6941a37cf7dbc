package vn.reformdesk.io.table;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection in exported text cells (OWASP "CSV injection"): a text that
 * starts with {@code = + - @} (their full-width and small forms too, or a tab / carriage return) gets a leading apostrophe, so Excel and LibreOffice
 * show it as text instead of running it. Plain numbers such as {@code -5} or {@code -1,5} are left alone.
 * Every exporter writes its text cells through {@link #text(String)}; importers undo it with {@link #unescape}.
 */
public final class SafeCells {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)*");

    private SafeCells() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) return value;
        int quotes = leadingApostrophes(value);
        if (quotes == value.length() || !risky(value.charAt(quotes))) return value;
        // an apostrophe already in front of a formula character is doubled, so unescape gives it back
        if (quotes == 0 && NUMBER.matcher(value).matches()) return value;
        return "'" + value;
    }

    /**
     * Removes the apostrophe {@link #text} added ({@code '=SUM(A1)} → {@code =SUM(A1)},
     * {@code ''=x} → {@code '=x}); other text unchanged.
     */
    public static String unescape(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != '\'') return value;
        int quotes = leadingApostrophes(value);
        return quotes < value.length() && risky(value.charAt(quotes)) ? value.substring(1) : value;
    }

    private static boolean risky(char c) {
        // full-width ＝ ＋ － ＠ and the small ﹦ ﹢ ﹣: spreadsheets in East Asian locales read them as formula signs
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20'
                || c == '\uFE66' || c == '\uFE62' || c == '\uFE63';
    }

    private static int leadingApostrophes(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') i++;
        return i;
    }
}
