package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import vn.reformdesk.io.mapping.ColumnMapping;
import vn.reformdesk.io.scores.ScoresImportReport;
import vn.reformdesk.io.scores.ScoresImporter;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.TableFormatException;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.Database;

/**
 * The one entry point the CLI and the UI use to import a file.
 *
 * <p>All or nothing: every row is validated first and every problem collected; if there is any and
 * {@code skipInvalid} is false nothing is written. With {@code skipInvalid} the valid rows are written and the
 * invalid ones go to {@code NAME.rejects.csv} next to the input (original columns + {@code error}). Problems with
 * the file itself (unreadable, empty, required column missing) always stop the import. All writes happen in one
 * transaction; rows identical to the database are not written, so re-importing a file changes nothing.
 * Cancelling (the supplier turns true) at any point leaves the database as it was and throws
 * {@link ImportCancelledException}.
 */
public final class Importer {
    private Importer() {}

    public static ImportReport run(AppContext app, ImportKind kind, Path file, boolean skipInvalid,
                                   ProgressListener progress, BooleanSupplier cancelled) {
        return run(app.database(), kind, file, skipInvalid, progress, cancelled);
    }

    public static ImportReport run(Database db, ImportKind kind, Path file, boolean skipInvalid,
                                   ProgressListener progress, BooleanSupplier cancelled) {
        return run(db, kind, file, skipInvalid, null, progress, cancelled);
    }

    /**
     * The same, reading the file through {@code mapping} (its heading row found below any title rows, its headings
     * and words taken as ours); null reads our own header on the first line.
     */
    public static ImportReport run(Database db, ImportKind kind, Path file, boolean skipInvalid, ColumnMapping mapping,
                                   ProgressListener progress, BooleanSupplier cancelled) {
        if (mapping != null && !mapping.kind().equals(kind.code())) {
            throw new IllegalArgumentException("the mapping " + mapping.name() + " is for " + mapping.kind() + ", not " + kind.code());
        }
        if (kind == ImportKind.SCORES) return scores(db, file, skipInvalid);
        TableImport<?> table = kind.newImport();
        table.mapping = mapping;
        return table.run(db, kind, file, skipInvalid,
                progress == null ? ProgressListener.NONE : progress, cancelled == null ? () -> false : cancelled);
    }

    private static ImportReport scores(Database db, Path file, boolean skipInvalid) {
        try {
            ScoresImportReport r = ScoresImporter.run(db, file, skipInvalid);
            return new ImportReport(ImportKind.SCORES, r.added(), r.updated(), r.unchanged(), r.rejected(), r.problems(),
                    r.rejectFile(), r.written(), r.warnings(), r.moreProblems());
        } catch (IOException e) {
            String name = file.getFileName().toString();
            String message = String.valueOf(e.getMessage());
            if (message.startsWith(name + ": ")) message = message.substring(name.length() + 2);
            long line = e instanceof TableFormatException t && t.line() > 0 ? t.line() : 1;
            return new ImportReport(ImportKind.SCORES, 0, 0, 0, 0, List.of(new ImportProblem(name, line,
                    e instanceof TableFormatException t ? t.column() : null, message,
                    e instanceof TableFormatException t ? t.value() : null)), null, false);
        }
    }

    /**
     * Runs an import of {@code file} through every step a real one takes (the reading, the checks, the look-ups, the
     * rows and figures written in the import's transaction), then rolls it back: nothing is kept. The app's start does
     * this with a few rows of its own ({@link ImportWarmup}), so that the officer's first import is not the one that
     * waits for the code to be compiled and the register's pages to be read.
     */
    static ImportReport rehearse(Database db, ImportKind kind, Path file, BooleanSupplier cancelled) {
        if (kind == ImportKind.SCORES) throw new IllegalArgumentException("the scores import has no rehearsal");
        TableImport<?> table = kind.newImport();
        table.rehearsal = true;
        return table.run(db, kind, file, false, ProgressListener.NONE, cancelled);
    }

    /** Convenience for tests and scripts: no progress, no cancel. */
    public static ImportReport run(Database db, ImportKind kind, Path file, boolean skipInvalid) {
        return run(db, kind, file, skipInvalid, ProgressListener.NONE, () -> false);
    }
}
