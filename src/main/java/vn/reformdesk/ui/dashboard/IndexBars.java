package vn.reformdesk.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ServiceRates;

/**
 * The bars of an index chart: one per top-level component of a framework version, its value against its maximum
 * and target. A component's value is the score entered for it (official, else self-assessed); without one, the sum
 * of its children's values, where a leaf with a rate key gets the points computed from the register
 * ({@link Component#pointsFor}). A sum that misses some children is marked {@code partial} (only what is known).
 * Pure: no JavaFX, no database.
 */
public final class IndexBars {
    /** One bar. {@code value} null = nothing known; {@code partial} = a sum of only some of the children. */
    public record Bar(String code, String name, Double value, Double target, double max, boolean partial,
                      boolean computed) {}

    private IndexBars() {}

    /**
     * @param rates the register's rates of the period (null = none, e.g. for PAR and SIPAS)
     */
    public static List<Bar> of(List<Component> components, List<Score> scores, ServiceRates rates, boolean english) {
        Map<String, Score> byCode = new HashMap<>();
        for (Score s : scores) byCode.put(s.component(), s);
        List<Bar> out = new ArrayList<>();
        for (Component c : components) {
            if (c.parentCode() != null) continue;
            Value v = value(c, components, byCode, rates);
            Score s = byCode.get(c.code());
            out.add(new Bar(c.code(), c.name(english), v.value, s == null ? null : s.target(), c.max(), v.partial,
                    v.computed));
        }
        return out;
    }

    private record Value(Double value, boolean partial, boolean computed) {}

    private static Value value(Component c, List<Component> all, Map<String, Score> scores, ServiceRates rates) {
        Score s = scores.get(c.code());
        Double entered = s == null ? null : s.official() != null ? s.official() : s.self();
        if (entered != null) return new Value(entered, false, false);
        List<Component> children = all.stream().filter(x -> c.code().equals(x.parentCode())).toList();
        if (children.isEmpty()) {
            if (c.rateKey() != null && rates != null && rates.rates().containsKey(c.rateKey())) {
                Rate r = rates.rate(c.rateKey());
                if (r.hasData()) return new Value(c.pointsFor(r.value()), false, true);
            }
            return new Value(null, false, false);
        }
        double sum = 0;
        boolean any = false;
        boolean partial = false;
        boolean computed = false;
        for (Component child : children) {
            Value v = value(child, all, scores, rates);
            if (v.value == null) {
                partial = true;
                continue;
            }
            any = true;
            sum += v.value;
            partial |= v.partial;
            computed |= v.computed;
        }
        return any ? new Value(sum, partial, computed) : new Value(null, false, false);
    }
}
