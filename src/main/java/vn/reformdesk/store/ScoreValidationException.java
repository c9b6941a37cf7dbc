package vn.reformdesk.store;

import java.util.List;

import vn.reformdesk.domain.index.ScoreIssue;

/** Scores refused before anything was written (a value above its maximum, a rank above the units ranked…). */
public class ScoreValidationException extends IllegalArgumentException {
    private final transient List<ScoreIssue> issues;

    public ScoreValidationException(List<ScoreIssue> issues) {
        super(issues.stream().map(ScoreIssue::toString).reduce((a, b) -> a + "; " + b).orElse("invalid scores"));
        this.issues = List.copyOf(issues);
    }

    public List<ScoreIssue> issues() { return issues; }
}
