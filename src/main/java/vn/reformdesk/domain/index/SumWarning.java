package vn.reformdesk.domain.index;

/**
 * A parent (or the total) whose entered value differs from what its direct components add up to (or average to).
 * Shown, never fixed: the seed example's total 86.94 against five groups summing to 83.63 stays as entered.
 *
 * @param parent    the component code or {@code total}
 * @param official  true for the official scores, false for the self-assessed ones
 * @param entered   the value entered on the parent
 * @param computed  the sum (or average) of the direct components entered
 * @param complete  whether every direct component has a value (otherwise {@code computed} is a partial sum)
 */
public record SumWarning(String parent, boolean official, double entered, double computed, boolean complete) {
    public double difference() { return entered - computed; }

    public ScoreIssue.Kind kind() { return complete ? ScoreIssue.Kind.TOTAL_MISMATCH : ScoreIssue.Kind.PARTIAL_ABOVE_TOTAL; }

    @Override
    public String toString() {
        return parent + (official ? " (official)" : " (self)") + ": entered " + ScoreCheck.plain(entered) + ", components "
                + (complete ? "sum to " : "entered so far sum to ") + ScoreCheck.plain(computed);
    }
}
