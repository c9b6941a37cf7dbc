package vn.reformdesk.domain.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules on scores: a value is refused below 0 or above its component's maximum (and above 100 in a percentage
 * framework); a rank is 1..of_units; a parent whose entered value differs from its direct components by more
 * than {@link #TOLERANCE} is flagged with both numbers, never corrected.
 */
public final class ScoreCheck {
    public static final double TOLERANCE = 0.005;

    private ScoreCheck() {}

    /** Problems with one value of a component (max null = unknown maximum, only sign and % are checked). */
    public static Optional<ScoreIssue> value(String component, Double value, Double max, ScoreUnit unit) {
        if (value == null) return Optional.empty();
        if (value < 0) return Optional.of(new ScoreIssue(ScoreIssue.Kind.NEGATIVE, component, value, 0.0));
        if (unit == ScoreUnit.PERCENT && value > 100 + 1e-9) {
            return Optional.of(new ScoreIssue(ScoreIssue.Kind.ABOVE_100, component, value, 100.0));
        }
        if (max != null && value > max + 1e-9) return Optional.of(new ScoreIssue(ScoreIssue.Kind.ABOVE_MAX, component, value, max));
        return Optional.empty();
    }

    /** Problems with a rank and the number of units ranked. */
    public static Optional<ScoreIssue> rank(String component, Integer rank, Integer ofUnits) {
        if (ofUnits != null && ofUnits < 1) return Optional.of(new ScoreIssue(ScoreIssue.Kind.UNITS_BELOW_ONE, component, ofUnits.doubleValue(), 1.0));
        if (rank == null) return Optional.empty();
        if (rank < 1) return Optional.of(new ScoreIssue(ScoreIssue.Kind.RANK_BELOW_ONE, component, rank.doubleValue(), 1.0));
        if (ofUnits != null && rank > ofUnits) {
            return Optional.of(new ScoreIssue(ScoreIssue.Kind.RANK_ABOVE_UNITS, component, rank.doubleValue(), ofUnits.doubleValue()));
        }
        return Optional.empty();
    }

    /** Every error in a score row (official, self and target against 0 and the maximum, the rank against of_units). */
    public static List<ScoreIssue> errors(Score s, FrameworkVersion version, Framework framework) {
        Double max = version.maxOf(s.component(), framework.unit(), framework.aggregation()).orElse(null);
        List<ScoreIssue> out = new ArrayList<>();
        value(s.component(), s.official(), max, framework.unit()).ifPresent(out::add);
        value(s.component(), s.self(), max, framework.unit()).ifPresent(out::add);
        value(s.component(), s.target(), max, framework.unit()).ifPresent(out::add);
        rank(s.component(), s.rank(), s.ofUnits()).ifPresent(out::add);
        return out;
    }

    /**
     * Warnings for every parent (the total included) that has an entered value and components with values: when
     * all direct components are entered and their sum (average for SIPAS-like frameworks) differs from the parent
     * by more than the tolerance; when only some are entered and they already exceed the parent.
     */
    public static List<SumWarning> sums(List<Score> scores, FrameworkVersion version, Aggregation aggregation) {
        Map<String, Score> byComponent = new HashMap<>();
        for (Score s : scores) byComponent.put(s.component(), s);
        List<SumWarning> out = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        parents.add(Component.TOTAL);
        for (Component c : version.depthFirst()) parents.add(c.code());
        for (String parent : parents) {
            List<Component> children = version.children(parent);
            if (children.isEmpty()) continue;
            Score p = byComponent.get(parent);
            if (p == null) continue;
            for (boolean official : new boolean[] {true, false}) {
                Double entered = official ? p.official() : p.self();
                if (entered == null) continue;
                List<Double> values = new ArrayList<>();
                for (Component child : children) {
                    Score cs = byComponent.get(child.code());
                    Double v = cs == null ? null : official ? cs.official() : cs.self();
                    if (v != null) values.add(v);
                }
                if (values.isEmpty()) continue;
                boolean complete = values.size() == children.size();
                double computed = round(aggregation.combine(values));
                if (complete && Math.abs(computed - entered) > TOLERANCE) {
                    out.add(new SumWarning(parent, official, entered, computed, true));
                } else if (!complete && aggregation == Aggregation.SUM && computed > entered + TOLERANCE) {
                    out.add(new SumWarning(parent, official, entered, computed, false));
                }
            }
        }
        return out;
    }

    /** Rounds away binary noise (15.3 + 16.39 + … = 83.63, not 83.62999999). */
    public static double round(double v) {
        return BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** A number as plain text without trailing zeros: 86.94, 18, 10.5. */
    public static String plain(double v) {
        return BigDecimal.valueOf(round(v)).stripTrailingZeros().toPlainString();
    }
}
