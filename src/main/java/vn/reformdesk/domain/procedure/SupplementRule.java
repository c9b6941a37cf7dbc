package vn.reformdesk.domain.procedure;

/**
 * How a supplementation request affects the deadline.
 * PAUSE: the clock stops while the unit waits (the national portal's rule, the default).
 * RESTART: the completed dossier counts as newly received on the day the supplement arrives.
 */
public enum SupplementRule {
    PAUSE, RESTART;

    public String code() { return CodeEnums.code(this); }

    public static SupplementRule fromCode(String code) { return CodeEnums.parse(SupplementRule.class, code); }
}
