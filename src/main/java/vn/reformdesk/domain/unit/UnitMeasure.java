package vn.reformdesk.domain.unit;

import java.util.Locale;

import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.ServiceRates;

/**
 * What the province ranks its units by (domain.md §6): a score each unit has entered (PAR, SIPAS, the Decision 766
 * total published by the portal) or a figure computed from each unit's own register for the period (on-time rate,
 * overdue dossiers, online rate, digitised rate, the computed 766 points).
 */
public enum UnitMeasure {
    /** The PAR Index total of the year (points). */
    PAR("par", Direction.HIGHER, Scale.POINTS, true),
    /** SIPAS of the year (%). */
    SIPAS("sipas", Direction.HIGHER, Scale.PERCENT, true),
    /** The Citizen and Business Service Index total as entered (the portal's figure, points). */
    SERVICE_766("service766", Direction.HIGHER, Scale.POINTS, true),
    /** The computed points of the Decision 766 indicators the register knows (as {@code report --format json}). */
    COMPUTED_766("computed", Direction.HIGHER, Scale.POINTS, false),
    /** Dossiers resolved early or on time / (resolved + overdue). */
    ON_TIME_RATE(ServiceRates.ON_TIME, Direction.HIGHER, Scale.RATE, false),
    /** Dossiers of the period overdue at its end: fewer is better. */
    OVERDUE("overdue", Direction.LOWER, Scale.COUNT, false),
    /** Dossiers received online / received. */
    ONLINE_RATE(ServiceRates.ONLINE, Direction.HIGHER, Scale.RATE, false),
    /** Results issued with digitised inputs and an electronic result / results issued. */
    DIGITISED_RATE(ServiceRates.DIGITISED, Direction.HIGHER, Scale.RATE, false);

    /**
     * How values are written and compared: two values tie when they are equal at the precision shown (scores and
     * percentages to 0.01, rates to 0.01 percentage point, counts exactly).
     */
    public enum Scale {
        POINTS(2), PERCENT(2), RATE(4), COUNT(0);

        private final int decimals;

        Scale(int decimals) { this.decimals = decimals; }

        /** Decimals kept when values are compared or written. */
        public int decimals() { return decimals; }

        /** The value at the precision shown, as a whole number (89.05 → 8905), for comparing and tying. */
        public long key(double value) { return Math.round(value * Math.pow(10, decimals)); }

        /** The value rounded to the precision shown. */
        public double round(double value) { return key(value) / Math.pow(10, decimals); }
    }

    private final String code;
    private final Direction direction;
    private final Scale scale;
    private final boolean entered;

    UnitMeasure(String code, Direction direction, Scale scale, boolean entered) {
        this.code = code;
        this.direction = direction;
        this.scale = scale;
        this.entered = entered;
    }

    /** {@code par}, {@code sipas}, {@code service766}, {@code computed}, or the rate key / {@code overdue}. */
    public String code() { return code; }

    /** Which way is better: every measure higher, except the overdue count. */
    public Direction direction() { return direction; }

    public Scale scale() { return scale; }

    /** True for the scores units enter (PAR, SIPAS, the 766 total); false for figures computed from the register. */
    public boolean entered() { return entered; }

    /** The framework an entered measure reads its {@code total} from (null for computed measures). */
    public String framework() {
        return switch (this) {
            case PAR -> Framework.PAR;
            case SIPAS -> Framework.SIPAS;
            case SERVICE_766 -> Framework.SERVICE_766;
            default -> null;
        };
    }

    /**
     * The framework a unit's entered measure is kept under: a department's PAR score is its score in the province's
     * PAR of departments ({@code par_department}, the framework the province defines for them); any other unit's is
     * under {@code par}. Null for computed measures.
     */
    public String frameworkFor(UnitKind kind) {
        if (this == PAR && kind == UnitKind.DEPARTMENT) return Framework.PAR_DEPARTMENT;
        return framework();
    }

    /** The measures {@code report --units --framework} offers, in formats.md's order. */
    public static final java.util.List<UnitMeasure> FRAMEWORK_CHOICES = java.util.List.of(PAR, SIPAS, SERVICE_766,
            COMPUTED_766);

    /** By code (any case): {@code par}, {@code sipas}, {@code service766}, {@code computed}, {@code on_time_rate}, … */
    public static UnitMeasure fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (UnitMeasure m : values()) if (m.code.equals(c)) return m;
        throw new IllegalArgumentException("not a measure: " + code);
    }
}
