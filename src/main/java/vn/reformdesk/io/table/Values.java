package vn.reformdesk.io.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Parsers for the cell formats of formats.md. Each throws {@link IllegalArgumentException} with a short
 * English reason; the importers attach file, line, column and value.
 */
public final class Values {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter[] DATE_TIMES = {
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d/M/uuuu HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
    };

    /**
     * Dates outside these years are typing mistakes (0000-01-01, 9999-12-31), and before 1582 the JDBC date types
     * would silently shift them (Julian calendar), so they are refused with a reason instead.
     */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    private Values() {}

    /** {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, in the years {@link #MIN_YEAR}–{@link #MAX_YEAR}. */
    public static LocalDate date(String s) {
        String v = s.trim();
        LocalDate d;
        try {
            d = LocalDate.parse(v, v.contains("/") ? VN_DATE : ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (use yyyy-MM-dd or dd/MM/yyyy)");
        }
        return inRange(d);
    }

    private static LocalDate inRange(LocalDate d) {
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("the year is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return d;
    }

    private static LocalDateTime inRange(LocalDateTime t) {
        inRange(t.toLocalDate());
        return t;
    }

    /** A date-time in one of the accepted forms, or a bare date (taken as 00:00). */
    public static LocalDateTime dateTime(String s) {
        String v = s.trim();
        // Pick the likely form first: a failed parse throws, which costs more than the parse on large imports.
        DateTimeFormatter likely = v.length() <= 10 ? null
                : v.indexOf('/') >= 0 ? DATE_TIMES[2] : v.indexOf('T') >= 0 ? DATE_TIMES[0] : DATE_TIMES[1];
        if (likely != null) {
            try {
                return inRange(LocalDateTime.parse(v, likely));
            } catch (DateTimeParseException ignored) {
                // fall back to trying every form
            }
        } else {
            try {
                return date(v).atStartOfDay();
            } catch (IllegalArgumentException ignored) {
                // fall back to trying every form
            }
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return inRange(LocalDateTime.parse(v, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return date(v).atStartOfDay();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date-time (use yyyy-MM-ddTHH:mm, yyyy-MM-dd HH:mm or dd/MM/yyyy HH:mm)");
        }
    }

    /** true/false, 1/0, yes/no, có/không (any case). */
    public static boolean bool(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "1": case "yes": case "có": case "co": case "x":
                return true;
            case "false": case "0": case "no": case "không": case "khong":
                return false;
            default:
                throw new IllegalArgumentException("not a yes/no value (use true/false, 1/0, yes/no, có/không)");
        }
    }

    /** A whole number ≥ 0; spaces, dots and commas used as thousands separators are accepted ("1.500.000"). */
    public static long nonNegativeLong(String s) {
        String v = s.trim().replace(" ", "").replace("\u00a0", "");
        if (v.matches("\\d{1,3}([.,]\\d{3})+")) v = v.replace(".", "").replace(",", "");
        // Long.parseLong reads any Unicode digit (full-width １, Arabic-Indic …): only the digits 0–9 are numbers here
        if (!v.matches("[-+]?[0-9]+")) throw new IllegalArgumentException("not a whole number (digits 0-9 only)");
        try {
            long n = Long.parseLong(v);
            if (n < 0) throw new IllegalArgumentException("must be 0 or more");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    public static int nonNegativeInt(String s) {
        long n = nonNegativeLong(s);
        if (n > 100_000) throw new IllegalArgumentException("too large");
        return (int) n;
    }

    /** A decimal number; accepts both "12.75" and the Vietnamese "12,75". */
    public static double decimal(String s) {
        String v = s.trim().replace(" ", "");
        if (v.contains(",") && !v.contains(".")) v = v.replace(',', '.');
        if (!v.chars().allMatch(c -> c < 128)) throw new IllegalArgumentException("not a number (digits 0-9 only)");
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }
}
