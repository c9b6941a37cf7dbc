package vn.reformdesk.io.scores;

import java.nio.file.Path;
import java.util.List;

import vn.reformdesk.io.table.ImportProblem;

/**
 * What a scores.csv import did. With problems and without skip-invalid nothing was written ({@link #written()} false).
 *
 * @param warnings    total-vs-components mismatches in the periods imported (shown, never fixed)
 * @param rejectFile  with skip-invalid and invalid rows: the file the rejected rows were written to
 * @param moreProblems problems found beyond the {@link vn.reformdesk.io.table.ProblemList#SHOWN} in {@code problems}
 */
public record ScoresImportReport(boolean written, int added, int updated, int unchanged, int rejected,
                                 List<ImportProblem> problems, List<String> warnings, Path rejectFile, long moreProblems) {
    public ScoresImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public ScoresImportReport(boolean written, int added, int updated, int unchanged, int rejected,
                              List<ImportProblem> problems, List<String> warnings, Path rejectFile) {
        this(written, added, updated, unchanged, rejected, problems, warnings, rejectFile, 0);
    }

    public String summary() {
        return "scores: " + added + " added, " + updated + " updated, " + unchanged + " unchanged, " + rejected + " rejected";
    }
}
