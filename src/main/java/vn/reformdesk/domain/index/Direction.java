package vn.reformdesk.domain.index;

import java.util.Locale;

/** Which way is better for a target: higher (scores, on-time rates) or lower (overdue counts, rank numbers). */
public enum Direction {
    HIGHER, LOWER;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** {@code higher}/{@code lower} (any case); empty means higher. */
    public static Direction parse(String s) {
        if (s == null || s.isBlank()) return HIGHER;
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "higher": case "cao": case "tăng": return HIGHER;
            case "lower": case "thấp": case "giảm": return LOWER;
            default: throw new IllegalArgumentException("not a direction (use higher or lower)");
        }
    }

    /**
     * The gap from the target, signed so that a positive number means the target is met with that margin
     * and a negative one means the value falls short (rank 12 against a top-15 target, lower: +3).
     */
    public double gap(double value, double target) {
        return this == HIGHER ? value - target : target - value;
    }

    public boolean met(double value, double target) { return gap(value, target) >= -1e-9; }
}
