package vn.reformdesk.io;

import java.nio.file.Path;
import java.util.List;

import vn.reformdesk.io.table.ImportProblem;

/**
 * What an import did.
 *
 * @param added      rows whose key was new
 * @param updated    rows whose key existed and whose values changed
 * @param unchanged  rows identical to what the database holds (not written)
 * @param rejected   invalid rows (with skip-invalid they went to {@code rejectFile}; otherwise nothing was written)
 * @param problems   every problem found, in file order, printed {@code FILE:LINE: column NAME: what (value)}
 * @param rejectFile the reject file written with skip-invalid, or null
 * @param written    whether the valid rows were committed (false: nothing at all changed in the database)
 * @param warnings   things written but worth a look (e.g. a total that differs from the sum of its components)
 */
public record ImportReport(ImportKind kind, int added, int updated, int unchanged, int rejected,
                           List<ImportProblem> problems, Path rejectFile, boolean written, List<String> warnings) {
    public ImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public ImportReport(ImportKind kind, int added, int updated, int unchanged, int rejected,
                        List<ImportProblem> problems, Path rejectFile, boolean written) {
        this(kind, added, updated, unchanged, rejected, problems, rejectFile, written, List.of());
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
