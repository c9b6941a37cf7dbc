package vn.reformdesk.domain.index;

import java.util.Locale;
import java.util.Objects;

/**
 * A target that is not a component score: a computed rate of the register (kind RATE, subject = rate key such as
 * {@code on_time_rate}, value a fraction: 0.98 = 98 %) or a framework's rank (kind RANK, subject = framework
 * code, value the rank, usually direction LOWER: "top 15").
 */
public record Target(Kind kind, String subject, String period, double value, Direction direction, String note) {
    public enum Kind {
        RATE, RANK;

        public String code() { return name().toLowerCase(Locale.ROOT); }

        public static Kind parse(String s) { return valueOf(s.trim().toUpperCase(Locale.ROOT)); }
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        if (direction == null) direction = kind == Kind.RANK ? Direction.LOWER : Direction.HIGHER;
        if (kind == Kind.RATE && (value < 0 || value > 1)) throw new IllegalArgumentException("a rate target is between 0 and 100 %");
        if (kind == Kind.RANK && (value < 1 || value != Math.rint(value))) throw new IllegalArgumentException("a rank target is a whole number ≥ 1");
    }

    public static Target rate(String rateKey, String period, double fraction, Direction direction) {
        return new Target(Kind.RATE, rateKey, period, fraction, direction, null);
    }

    public static Target rank(String framework, String period, int rank) {
        return new Target(Kind.RANK, framework, period, rank, Direction.LOWER, null);
    }

    /** Gap of an actual value to this target, positive when met (see {@link Direction#gap}). */
    public double gap(double actual) { return direction.gap(actual, value); }
}
