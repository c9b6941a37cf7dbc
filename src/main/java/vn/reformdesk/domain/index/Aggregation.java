package vn.reformdesk.domain.index;

import java.util.Locale;

/** How a parent's score relates to its direct components: their sum (points) or their average (SIPAS). */
public enum Aggregation {
    SUM, AVERAGE;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Aggregation parse(String s) {
        return s == null || s.isBlank() ? SUM : valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    public double combine(java.util.List<Double> values) {
        double sum = 0;
        for (double v : values) sum += v;
        return this == SUM || values.isEmpty() ? sum : sum / values.size();
    }
}
