package vn.reformdesk.domain.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2024}), a quarter ({@code 2024-Q3}), a month ({@code 2024-09}), a half year
 * ({@code 2024-H1}) or the first nine months ({@code 2024-9M}), the spellings of formats.md. {@link #start()} and
 * {@link #end()} are its calendar dates (both inclusive); {@link PeriodDates} gives the official reporting dates of
 * the same period. {@link #toString()} gives the canonical spelling back.
 */
public final class Period implements Comparable<Period> {
    /** HALF and NINE_MONTHS are the reports' six and nine months (added last: the dashboard offers the first three). */
    public enum Kind { YEAR, QUARTER, MONTH, HALF, NINE_MONTHS }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-[Hh]([12])");
    private static final Pattern NINE_MONTHS = Pattern.compile("(\\d{4})-9[Mm]");

    private final Kind kind;
    private final int year;
    /** Quarter 1–4, month 1–12, half 1–2, or 0 for a year and the nine months. */
    private final int number;

    private Period(Kind kind, int year, int number) {
        this.kind = kind;
        this.year = year;
        this.number = number;
    }

    public static Period year(int year) { return new Period(Kind.YEAR, checkYear(year), 0); }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        return new Period(Kind.QUARTER, checkYear(year), quarter);
    }

    public static Period month(int year, int month) {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month must be 1 to 12: " + month);
        return new Period(Kind.MONTH, checkYear(year), month);
    }

    /** The first ({@code 1}, January–June) or second ({@code 2}) half of a year. */
    public static Period half(int year, int half) {
        if (half < 1 || half > 2) throw new IllegalArgumentException("half must be 1 or 2: " + half);
        return new Period(Kind.HALF, checkYear(year), half);
    }

    /** The first nine months of a year (January–September). */
    public static Period nineMonths(int year) { return new Period(Kind.NINE_MONTHS, checkYear(year), 0); }

    /** The month, quarter, half or year containing {@code date}; for NINE_MONTHS, the nine months of its year. */
    public static Period of(Kind kind, LocalDate date) {
        return switch (kind) {
            case YEAR -> year(date.getYear());
            case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(date.getYear(), date.getMonthValue());
            case HALF -> half(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
            case NINE_MONTHS -> nineMonths(date.getYear());
        };
    }

    /**
     * Parses {@code 2024}, {@code 2024-Q3} (or {@code q3}), {@code 2024-09} ({@code 2024-9} too), {@code 2024-H1}
     * and {@code 2024-9M}.
     *
     * @throws IllegalArgumentException with a message naming the accepted spellings
     */
    public static Period parse(String text) {
        if (text == null) throw new IllegalArgumentException("empty period");
        String s = text.trim();
        Matcher m = YEAR.matcher(s);
        if (m.matches()) return year(Integer.parseInt(m.group(1)));
        m = QUARTER.matcher(s);
        if (m.matches()) return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = MONTH.matcher(s);
        if (m.matches()) return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = HALF.matcher(s);
        if (m.matches()) return half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = NINE_MONTHS.matcher(s);
        if (m.matches()) return nineMonths(Integer.parseInt(m.group(1)));
        throw new IllegalArgumentException("not a period (expected 2024, 2024-Q3, 2024-09, 2024-H1 or 2024-9M): " + text);
    }

    private static int checkYear(int year) {
        if (year < 1900 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        return year;
    }

    public Kind kind() { return kind; }

    public int year() { return year; }

    /** The quarter (1–4), month (1–12) or half (1–2); 0 for a year and the nine months. */
    public int number() { return number; }

    /** The first day of the period. */
    public LocalDate start() {
        return switch (kind) {
            case YEAR, NINE_MONTHS -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, number, 1);
            case HALF -> LocalDate.of(year, number == 1 ? 1 : 7, 1);
        };
    }

    /** The last day of the period (inclusive). */
    public LocalDate end() {
        return switch (kind) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case HALF -> YearMonth.of(year, number * 6).atEndOfMonth();
            case NINE_MONTHS -> LocalDate.of(year, 9, 30);
        };
    }

    /**
     * The date the period is reported as of on {@code today}: its end once it has ended, else {@code today}
     * (reports, the dashboard). It is also the last receipt day a count as of {@code today} takes in.
     */
    public LocalDate reportAsOf(LocalDate today) { return today.isBefore(end()) ? today : end(); }

    /** start ≤ date ≤ end. */
    public boolean contains(LocalDate date) { return !date.isBefore(start()) && !date.isAfter(end()); }

    /** The period before; the nine months before those of a year are those of the year before. */
    public Period previous() { return kind == Kind.NINE_MONTHS ? nineMonths(year - 1) : of(kind, start().minusDays(1)); }

    public Period next() { return kind == Kind.NINE_MONTHS ? nineMonths(year + 1) : of(kind, end().plusDays(1)); }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : o.end().compareTo(end()); // a longer period first when both start together
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.kind == kind && p.year == year && p.number == number;
    }

    @Override
    public int hashCode() { return Objects.hash(kind, year, number); }

    /** The canonical spelling: {@code 2024}, {@code 2024-Q3}, {@code 2024-09}, {@code 2024-H1}, {@code 2024-9M}. */
    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, number);
            case HALF -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
        };
    }
}
