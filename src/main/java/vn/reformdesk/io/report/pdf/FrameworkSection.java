package vn.reformdesk.io.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ScoreUnit;

/**
 * One framework in a report or on the charts screen: its components (tree order) with the points computed from the
 * register and the scores entered for the period, plus the framework's yearly history for the trend and rank charts.
 *
 * <p>Which entered scores: those of the report period itself; when there are none (a quarter report of a yearly
 * index such as PAR or SIPAS), those of the period's year, and {@link #yearFallback()} says so on the page.
 *
 * @param scoresPeriod the period text whose scores are shown ({@code 2024-Q3} or its year {@code 2024})
 * @param lines        every component in tree order
 * @param total        the {@code total} score of {@code scoresPeriod} (null when none was entered)
 * @param history      every score of the framework (all periods), for trends
 */
public record FrameworkSection(Framework framework, FrameworkVersion version, String scoresPeriod, boolean yearFallback,
                               List<Line> lines, Score total, List<Score> history) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * One component.
     *
     * @param rate           the register's rate when the component is computed (null otherwise or when the
     *                       report has no such rate)
     * @param computedPoints min(1, rate / threshold) × max for a computed leaf with data; for a parent, the
     *                       sum of its children when every leaf below it is computed and has data; else null
     * @param score          the entered score (null when none)
     */
    public record Line(Component component, int depth, Rate rate, Double computedPoints, Score score) {
        /** The official score, else the self-assessed one, else null. */
        public Double entered() {
            if (score == null) return null;
            return score.official() != null ? score.official() : score.self();
        }

        /** What the charts draw: the entered score, else the computed points, else null. */
        public Double value() {
            Double e = entered();
            return e != null ? e : computedPoints;
        }

        public Double target() { return score == null ? null : score.target(); }
    }

    /** One year of the history: the total's value, target, rank and number of units ranked. */
    public record YearPoint(String year, Double value, Double target, Integer rank, Integer ofUnits) {}

    public static FrameworkSection build(Framework f, FrameworkVersion version, String period, List<Score> history,
                                         Map<String, Rate> rates) {
        String year = period.substring(0, 4);
        List<Score> own = history.stream().filter(s -> s.period().equals(period)).toList();
        boolean fallback = false;
        String shown = period;
        if (own.stream().allMatch(Score::isEmpty) && !period.equals(year)) {
            List<Score> yearly = history.stream().filter(s -> s.period().equals(year)).toList();
            if (yearly.stream().anyMatch(s -> !s.isEmpty())) {
                own = yearly;
                fallback = true;
                shown = year;
            }
        }
        Map<String, Score> byComponent = new HashMap<>();
        for (Score s : own) byComponent.put(s.component(), s);

        List<Component> ordered = version.depthFirst();
        Map<String, Double> computed = new HashMap<>();
        Map<String, Rate> rateOf = new HashMap<>();
        for (Component c : ordered) {
            if (c.computed() && rates.containsKey(c.rateKey())) {
                Rate r = rates.get(c.rateKey());
                rateOf.put(c.code(), r);
                if (r.value() != null) computed.put(c.code(), c.pointsFor(r.value()));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Component c : ordered) {
            lines.add(new Line(c, version.depth(c.code()), rateOf.get(c.code()), parentPoints(version, c, computed),
                    byComponent.get(c.code())));
        }
        return new FrameworkSection(f, version, shown, fallback, List.copyOf(lines), byComponent.get(Component.TOTAL),
                List.copyOf(history));
    }

    private static Double parentPoints(FrameworkVersion v, Component c, Map<String, Double> computed) {
        List<Component> kids = v.children(c.code());
        if (kids.isEmpty()) return computed.get(c.code());
        double sum = 0;
        for (Component k : kids) {
            Double p = parentPoints(v, k, computed);
            if (p == null) return null;
            sum += p;
        }
        return sum;
    }

    /** The top-level components (the fields or groups a bullet chart shows). */
    public List<Line> topLevel() {
        return lines.stream().filter(l -> l.depth() == 0).toList();
    }

    public Optional<Line> line(String code) {
        return lines.stream().filter(l -> l.component().code().equals(code)).findFirst();
    }

    /** The maximum of the total: 100 for a percentage index, else the sum (or average) of the top-level maxima. */
    public double totalMax() { return version.totalMax(framework.unit(), framework.aggregation()); }

    public boolean percent() { return framework.unit() == ScoreUnit.PERCENT; }

    /** True when anything was entered or computed for the period (otherwise the charts show an empty state). */
    public boolean hasValues() {
        return (total != null && !total.isEmpty()) || lines.stream().anyMatch(l -> l.value() != null || l.target() != null);
    }

    /** The total's value: entered official or self score, else null. */
    public Double totalValue() {
        if (total == null) return null;
        return total.official() != null ? total.official() : total.self();
    }

    /** The yearly totals up to {@code lastYear}, oldest first, for the trend and rank charts. */
    public List<YearPoint> years(int lastYear) {
        Map<String, Score> totals = new java.util.TreeMap<>();
        for (Score s : history) {
            if (s.isTotal() && YEAR.matcher(s.period()).matches() && Integer.parseInt(s.period()) <= lastYear) {
                totals.put(s.period(), s);
            }
        }
        List<YearPoint> out = new ArrayList<>();
        for (Score s : totals.values()) {
            Double v = s.official() != null ? s.official() : s.self();
            out.add(new YearPoint(s.period(), v, s.target(), s.rank(), s.ofUnits()));
        }
        return out;
    }
}
