package vn.reformdesk.domain.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One version of a framework's component tree. A period keeps the version it was scored with. */
public record FrameworkVersion(long id, long frameworkId, int number, List<Component> components) {
    public FrameworkVersion {
        components = List.copyOf(components);
        checkTree(components);
    }

    /** Codes unique, parents exist, no cycles. */
    public static void checkTree(List<Component> components) {
        Map<String, Component> byCode = new LinkedHashMap<>();
        for (Component c : components) {
            if (byCode.put(c.code(), c) != null) throw new IllegalArgumentException("component code " + c.code() + " appears twice");
        }
        for (Component c : components) {
            if (c.parentCode() != null && !byCode.containsKey(c.parentCode())) {
                throw new IllegalArgumentException("component " + c.code() + ": parent " + c.parentCode() + " does not exist");
            }
            Set<String> seen = new HashSet<>();
            String p = c.parentCode();
            while (p != null) {
                if (!seen.add(p)) throw new IllegalArgumentException("component " + c.code() + ": parents form a loop");
                p = byCode.get(p).parentCode();
            }
        }
    }

    public Optional<Component> find(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The direct components of {@code parentCode} ({@link Component#TOTAL} or null = the top level), in order. */
    public List<Component> children(String parentCode) {
        String p = parentCode == null || parentCode.equals(Component.TOTAL) ? null : parentCode;
        List<Component> out = new ArrayList<>();
        for (Component c : components) {
            if (java.util.Objects.equals(c.parentCode(), p)) out.add(c);
        }
        out.sort(Comparator.comparingInt(Component::order));
        return out;
    }

    /** The maximum of the total: the sum of the top-level maxima (points), or 100 (percent). */
    public double totalMax(ScoreUnit unit, Aggregation aggregation) {
        if (unit == ScoreUnit.PERCENT) return 100.0;
        List<Double> maxima = children(null).stream().map(Component::max).toList();
        return aggregation.combine(maxima);
    }

    /** The maximum of a component code or of {@code total}. */
    public Optional<Double> maxOf(String code, ScoreUnit unit, Aggregation aggregation) {
        if (Component.TOTAL.equals(code)) return Optional.of(totalMax(unit, aggregation));
        return find(code).map(Component::max);
    }

    /** Codes in tree order (depth first), for grids and exports. */
    public List<Component> depthFirst() {
        List<Component> out = new ArrayList<>();
        walk(null, out);
        return out;
    }

    private void walk(String parent, List<Component> out) {
        for (Component c : children(parent)) {
            out.add(c);
            walk(c.code(), out);
        }
    }

    public int depth(String code) {
        int d = 0;
        Optional<Component> c = find(code);
        while (c.isPresent() && c.get().parentCode() != null) {
            d++;
            c = find(c.get().parentCode());
        }
        return d;
    }
}
