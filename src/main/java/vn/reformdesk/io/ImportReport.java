package vn.reformdesk.io;

import java.nio.file.Path;
import java.util.List;

import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.ProblemList;

/**
 * What an import did.
 *
 * @param added      rows whose key was new
 * @param updated    rows whose key existed and whose values changed
 * @param unchanged  rows identical to what the database holds (not written)
 * @param rejected   invalid rows (with skip-invalid they went to {@code rejectFile}; otherwise nothing was written)
 * @param problems   the problems found, in file order, printed {@code FILE:LINE: column NAME: what (value)}: at most
 *                   {@link ProblemList#SHOWN}; the others are counted in {@code moreProblems}
 * @param rejectFile the reject file written with skip-invalid, or null
 * @param written    whether the valid rows were committed (false: nothing at all changed in the database)
 * @param warnings   things written but worth a look (e.g. a total that differs from the sum of its components)
 * @param moreProblems problems found beyond those in {@code problems} (not kept)
 */
public record ImportReport(ImportKind kind, int added, int updated, int unchanged, int rejected,
                           List<ImportProblem> problems, Path rejectFile, boolean written, List<String> warnings,
                           long moreProblems) {
    public ImportReport {
        if (problems.size() > ProblemList.SHOWN) {
            moreProblems += problems.size() - ProblemList.SHOWN;
            problems = problems.subList(0, ProblemList.SHOWN);
        }
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public ImportReport(ImportKind kind, int added, int updated, int unchanged, int rejected,
                        List<ImportProblem> problems, Path rejectFile, boolean written, List<String> warnings) {
        this(kind, added, updated, unchanged, rejected, problems, rejectFile, written, warnings, 0);
    }

    public ImportReport(ImportKind kind, int added, int updated, int unchanged, int rejected,
                        List<ImportProblem> problems, Path rejectFile, boolean written) {
        this(kind, added, updated, unchanged, rejected, problems, rejectFile, written, List.of());
    }

    /** Every problem found, the ones not kept included. */
    public long problemCount() { return problems.size() + moreProblems; }

    /**
     * The problems as the command line prints them: one line each, then "… and N more problems" when more were
     * found than {@link ProblemList#SHOWN}.
     */
    public List<String> problemLines() {
        List<String> out = new java.util.ArrayList<>(problems.size() + 1);
        for (ImportProblem p : problems) out.add(p.toString());
        if (moreProblems > 0) out.add(ProblemList.moreLine(moreProblems));
        return out;
    }

    /** True when the import did what was asked: no problem, or skip-invalid with the valid rows written. */
    public boolean ok() { return written && (problems.isEmpty() || rejectFile != null); }

    /** One line: "dossiers: 3 added, 1 updated, 0 unchanged, 0 rejected". */
    public String summary() {
        return kind.code() + ": " + added + " added, " + updated + " updated, " + unchanged + " unchanged, "
                + rejected + " rejected" + (written ? "" : " (nothing written)")
                + (warnings.isEmpty() ? "" : "; warnings: " + String.join("; ", warnings));
    }
}
