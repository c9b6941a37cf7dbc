package vn.reformdesk.domain.index;

import java.util.Objects;

/**
 * One component of a framework version: a field, group, criterion or indicator. {@code parentCode} null means
 * it sits directly under the total. {@code rateKey} non-null means the unit can compute it from its register
 * (points = min(1, rate / threshold) × max); otherwise it is entered.
 */
public record Component(String code, String parentCode, String nameVi, String nameEn, double max, Double threshold,
                        int order, String rateKey) {
    public static final String TOTAL = "total";

    public Component {
        Objects.requireNonNull(code, "code");
        code = code.trim();
        if (!code.matches("[A-Za-z0-9_.\\-]{1,64}") || code.equalsIgnoreCase(TOTAL)) {
            throw new IllegalArgumentException("a component code is 1–64 letters, digits, _ . - and not 'total' (" + code + ")");
        }
        if (parentCode != null && parentCode.isBlank()) parentCode = null;
        if (parentCode != null && parentCode.equals(code)) throw new IllegalArgumentException("a component cannot be its own parent");
        if (!(max >= 0) || Double.isInfinite(max)) throw new IllegalArgumentException("max must be 0 or more");
        if (threshold != null && !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a threshold is a rate in (0, 1] (" + threshold + ")");
        }
        if (rateKey != null && rateKey.isBlank()) rateKey = null;
        if (nameVi == null || nameVi.isBlank()) nameVi = code;
        if (nameEn == null || nameEn.isBlank()) nameEn = nameVi;
    }

    public boolean computed() { return rateKey != null; }

    public String name(boolean english) { return english ? nameEn : nameVi; }

    /** Points earned for a computed rate: min(1, rate / threshold) × max (threshold 1 when none). */
    public double pointsFor(double rate) {
        double t = threshold == null ? 1.0 : threshold;
        return Math.min(1.0, Math.max(0.0, rate) / t) * max;
    }

    public Component withMax(double newMax) {
        return new Component(code, parentCode, nameVi, nameEn, newMax, threshold, order, rateKey);
    }

    public Component withThreshold(Double t) {
        return new Component(code, parentCode, nameVi, nameEn, max, t, order, rateKey);
    }

    public Component withOrder(int o) {
        return new Component(code, parentCode, nameVi, nameEn, max, threshold, o, rateKey);
    }
}
