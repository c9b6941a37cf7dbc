package vn.reformdesk.domain.unit;

import java.util.Objects;

/**
 * Which units a figure, a list or a report covers: one unit, or every unit the connection may see
 * (on a server the database's row-level security decides which those are; on this PC it is the one unit).
 */
public sealed interface UnitScope {
    /** Every unit the officer may see. */
    record All() implements UnitScope {}

    /** One unit, by its code. */
    record One(String unitCode) implements UnitScope {
        public One { Objects.requireNonNull(unitCode, "unitCode"); }
    }

    UnitScope ALL = new All();

    static UnitScope of(String unitCode) { return unitCode == null ? ALL : new One(unitCode); }

    /** The unit code to filter on, or null for every visible unit. */
    default String unitCodeOrNull() { return this instanceof One one ? one.unitCode() : null; }
}
