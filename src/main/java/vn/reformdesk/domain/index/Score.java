package vn.reformdesk.domain.index;

import java.util.Objects;

/**
 * What the unit recorded for one component (or {@code total}) of a framework in one period: the official
 * score when published, its self-assessed score, the target and its direction, and its rank among N units.
 */
public record Score(String framework, String period, String component, Double official, Double self, Double target,
                    Direction direction, Integer rank, Integer ofUnits, String note) {
    public Score {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(component, "component");
        if (direction == null) direction = Direction.HIGHER;
        if (note != null && note.isBlank()) note = null;
    }

    public static Score of(String framework, String period, String component, Double official) {
        return new Score(framework, period, component, official, null, null, Direction.HIGHER, null, null, null);
    }

    public boolean isTotal() { return Component.TOTAL.equals(component); }

    public boolean isEmpty() {
        return official == null && self == null && target == null && rank == null && ofUnits == null && note == null;
    }

    /** Gap of the official score (or else the self score) to the target, signed by the direction; null if either is missing. */
    public Double gap() {
        Double v = official != null ? official : self;
        if (v == null || target == null) return null;
        return direction.gap(v, target);
    }

    public Score withRank(Integer r, Integer of) {
        return new Score(framework, period, component, official, self, target, direction, r, of, note);
    }
}
