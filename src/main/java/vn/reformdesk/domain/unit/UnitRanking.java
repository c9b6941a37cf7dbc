package vn.reformdesk.domain.unit;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.reformdesk.domain.index.Direction;

/**
 * The units of one kind ranked by one measure for one period, best first (domain.md §6). Pure: the values come
 * from the caller (entered scores or each unit's own period figures).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>No data is not zero.</b> A unit without a value (no score entered, or a rate whose denominator is 0) is
 *       listed after the ranked units as "no data", with no rank, and counts in neither the average nor the number
 *       above it.</li>
 *   <li><b>Order.</b> Best first by the measure's direction (higher is better; for overdue dossiers lower is
 *       better).</li>
 *   <li><b>Ties.</b> Values equal at the precision shown ({@link UnitMeasure.Scale}: 0.01 for scores and %,
 *       0.01 percentage point for rates, exact for counts) share a rank, and the next rank skips as many places
 *       (standard competition ranking "1, 2, 2, 4"). Tied units are listed by name (Vietnamese order), then code.</li>
 *   <li><b>Average</b> = the plain mean of the ranked units' values (each unit counts once, whatever its size).</li>
 *   <li><b>Above the average</b> = strictly better than it (higher; fewer overdue dossiers for the overdue count),
 *       compared at two decimals (four for rates): a unit equal to the average is not above it.</li>
 *   <li><b>First and last</b> = the units of the best and of the worst rank (several when tied; the same unit when
 *       only one is ranked).</li>
 *   <li><b>Against the target</b>: the gap is signed by the direction (positive = met with that margin); a target is
 *       met when the value is at least as good at the precision shown. No target or no value: not judged.</li>
 * </ul>
 *
 * @param entries the ranked units best first, then the units with no data
 * @param average the mean of the ranked values (null when no unit has data)
 */
public record UnitRanking(UnitMeasure measure, List<Entry> entries, Double average, int aboveAverage) {

    /** What one unit brings to the ranking: its value (null = no data) and its target (null = none). */
    public record Input(Unit unit, Double value, Double target) {
        public Input {
            Objects.requireNonNull(unit, "unit");
            if (value != null && !Double.isFinite(value)) throw new IllegalArgumentException("value " + value);
            if (target != null && !Double.isFinite(target)) throw new IllegalArgumentException("target " + target);
        }
    }

    /**
     * One unit in the ranking.
     *
     * @param rank         1 = best; null when it has no data
     * @param aboveAverage strictly better than the average
     * @param gap          the value's gap to the target, positive when met (null without a value or a target)
     * @param targetMet    null without a value or a target
     */
    public record Entry(Unit unit, Double value, Double target, Integer rank, boolean aboveAverage, Double gap,
                        Boolean targetMet) {
        public boolean hasData() { return value != null; }
    }

    public UnitRanking {
        entries = List.copyOf(entries);
    }

    /** Ranks the inputs (any order) by the measure. */
    public static UnitRanking rank(UnitMeasure measure, List<Input> inputs) {
        UnitMeasure.Scale scale = measure.scale();
        Direction direction = measure.direction();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<Input> byName = Comparator.comparing((Input i) -> i.unit().name(), collator)
                .thenComparing(i -> i.unit().code());
        List<Input> withData = new ArrayList<>();
        List<Input> without = new ArrayList<>();
        for (Input i : inputs) (i.value() == null ? without : withData).add(i);
        Comparator<Input> byValue = Comparator.comparingLong(i -> scale.key(i.value()));
        if (direction == Direction.HIGHER) byValue = byValue.reversed();
        withData.sort(byValue.thenComparing(byName));
        without.sort(byName);

        Double average = null;
        if (!withData.isEmpty()) {
            double sum = 0;
            for (Input i : withData) sum += i.value();
            average = sum / withData.size();
        }
        int averageDecimals = Math.max(2, scale.decimals());
        List<Entry> out = new ArrayList<>(inputs.size());
        int above = 0;
        long previousKey = Long.MIN_VALUE;
        int rank = 0;
        for (int n = 0; n < withData.size(); n++) {
            Input i = withData.get(n);
            long key = scale.key(i.value());
            if (n == 0 || key != previousKey) rank = n + 1;
            previousKey = key;
            boolean better = better(direction, i.value(), average, averageDecimals);
            if (better) above++;
            out.add(new Entry(i.unit(), i.value(), i.target(), rank, better, gap(measure, i), met(measure, i)));
        }
        for (Input i : without) out.add(new Entry(i.unit(), null, i.target(), null, false, null, null));
        return new UnitRanking(measure, out, average, above);
    }

    private static boolean better(Direction direction, double value, Double average, int decimals) {
        double f = Math.pow(10, decimals);
        long v = Math.round(value * f);
        long a = Math.round(average * f);
        return direction == Direction.HIGHER ? v > a : v < a;
    }

    private static Double gap(UnitMeasure m, Input i) {
        if (i.value() == null || i.target() == null) return null;
        return m.direction().gap(i.value(), i.target());
    }

    private static Boolean met(UnitMeasure m, Input i) {
        if (i.value() == null || i.target() == null) return null;
        long v = m.scale().key(i.value());
        long t = m.scale().key(i.target());
        return m.direction() == Direction.HIGHER ? v >= t : v <= t;
    }

    /** The ranked units, best first. */
    public List<Entry> ranked() { return entries.stream().filter(Entry::hasData).toList(); }

    /** The units listed as "no data". */
    public List<Entry> noData() { return entries.stream().filter(e -> !e.hasData()).toList(); }

    /** The units of rank 1 (empty when none has data). */
    public List<Entry> first() { return ranked().stream().filter(e -> e.rank() == 1).toList(); }

    /** The units of the worst rank (empty when none has data). */
    public List<Entry> last() {
        List<Entry> r = ranked();
        if (r.isEmpty()) return List.of();
        int worst = r.get(r.size() - 1).rank();
        return r.stream().filter(e -> e.rank() == worst).toList();
    }

    /** Ranked units that have a target. */
    public int withTarget() { return (int) ranked().stream().filter(e -> e.targetMet() != null).count(); }

    /** Ranked units that meet their target. */
    public int targetsMet() { return (int) ranked().stream().filter(e -> Boolean.TRUE.equals(e.targetMet())).count(); }

    /** The entry of a unit, by code. */
    public java.util.Optional<Entry> entry(String unitCode) {
        return entries.stream().filter(e -> e.unit().code().equals(unitCode)).findFirst();
    }

    /** Ranked units whose value is at least (for lower-is-better: at most) {@code threshold}. */
    public int atLeast(double threshold) {
        UnitMeasure.Scale s = measure.scale();
        long t = s.key(threshold);
        return (int) ranked().stream().filter(e -> measure.direction() == Direction.HIGHER
                ? s.key(e.value()) >= t : s.key(e.value()) <= t).count();
    }
}
