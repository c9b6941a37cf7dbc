package vn.reformdesk.domain.index;

import java.util.Locale;

/**
 * Why a value cannot be saved (an error) or deserves a look (a warning). {@link #message()} is English text for the
 * command line and import reports; the UI translates by {@link Kind#key()} with {@link #value()} and {@link #limit()}.
 */
public record ScoreIssue(Kind kind, String component, Double value, Double limit) {
    public enum Kind {
        NEGATIVE(true, "a score cannot be below 0"),
        ABOVE_MAX(true, "above the component's maximum of %s"),
        ABOVE_100(true, "a percentage cannot be above 100"),
        RANK_BELOW_ONE(true, "a rank starts at 1"),
        UNITS_BELOW_ONE(true, "the number of units ranked must be 1 or more"),
        RANK_ABOVE_UNITS(true, "the rank is above the number of units ranked (%s)"),
        NOT_A_NUMBER(true, "not a number"),
        NOT_A_WHOLE_NUMBER(true, "not a whole number"),
        TOTAL_MISMATCH(false, "the entered total differs from its components (%s)"),
        PARTIAL_ABOVE_TOTAL(false, "the components entered already exceed the total (%s)");

        private final boolean error;
        private final String english;

        Kind(boolean error, String english) {
            this.error = error;
            this.english = english;
        }

        public boolean error() { return error; }

        /** The i18n key in the scores bundle: {@code scores.issue.above_max}. */
        public String key() { return "scores.issue." + name().toLowerCase(Locale.ROOT); }
    }

    public boolean error() { return kind.error(); }

    public String message() {
        String limitText = limit == null ? "" : ScoreCheck.plain(limit);
        return String.format(Locale.ROOT, kind.english, limitText);
    }

    @Override
    public String toString() {
        return component + ": " + message() + (value == null ? "" : " (" + ScoreCheck.plain(value) + ")");
    }
}
