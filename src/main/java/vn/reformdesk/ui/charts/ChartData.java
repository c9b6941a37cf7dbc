package vn.reformdesk.ui.charts;

import java.util.List;

/** Plain inputs of the charts, so any screen (scores, dashboard, slides, PDF report) can feed them. */
public final class ChartData {
    private ChartData() {}

    /**
     * One component of an index against its maximum and target.
     *
     * @param value  the score (null = not scored yet: drawn as an empty bar and labelled "no data")
     * @param target the target (null = none)
     */
    public record ComponentBar(String label, Double value, Double target, double max) {
    }

    /** One point of a trend: a period label with its value and target (either may be null). */
    public record TrendPoint(String period, Double value, Double target) {
    }

    /** One point of a rank history: the rank (1 = best) among {@code ofUnits}. */
    public record RankPoint(String period, Integer rank, Integer ofUnits) {
    }

    /** One named series of rates (fractions 0..1, null = no data) by period, with an optional threshold. */
    public record RateSeries(String name, List<Double> values, Double threshold) {
    }

    /** What every chart prints under its title: the period and the as-of date. */
    public record Caption(String title, String period, String asOf) {
        public String subtitle(String periodWord, String asOfWord) {
            return periodWord + " " + period + " — " + asOfWord + " " + asOf;
        }
    }
}
