package vn.reformdesk.domain.index;

/**
 * A rate with the counts behind it. {@link #value()} is null ("no data") when the denominator is zero, never
 * 0 or NaN, so a period without dossiers is never shown as a 0 % failure.
 */
public record Rate(long numerator, long denominator) {
    public Rate {
        if (numerator < 0 || denominator < 0) throw new IllegalArgumentException("negative count");
    }

    /** numerator / denominator in [0, 1] (it can exceed 1 only if the caller counts wrongly), or null. */
    public Double value() { return denominator == 0 ? null : (double) numerator / denominator; }

    public boolean hasData() { return denominator != 0; }
}
