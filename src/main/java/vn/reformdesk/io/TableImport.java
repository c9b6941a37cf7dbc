package vn.reformdesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.TableFormatException;
import vn.reformdesk.io.table.TableReader;
import vn.reformdesk.io.table.TableRow;
import vn.reformdesk.store.AuditLog;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.Transactions;

/**
 * The all-or-nothing import of one keyed table (see {@link Importer}). Subclasses say how a row parses, what
 * its key is, how a parsed row merges with the stored one, and how a batch is written.
 *
 * @param <T> the domain object one row becomes
 */
abstract class TableImport<T> {
    private static final int WRITE_CHUNK = 50_000;


    protected String fileName;
    protected Database db;

    /** Columns that must be in the header, in the order they are reported. */
    protected abstract List<String> requiredColumns();

    /** The column holding the key (reported on duplicates). */
    protected abstract String keyColumn();

    /** Reads what the parser needs from the database (e.g. known procedure codes). */
    protected void prepare(Connection c) throws SQLException { }

    /** Parses one row, reporting problems on {@code row}; returns null when the row is invalid. */
    protected abstract T parse(RowParser row);

    protected abstract Object key(T item);

    /** The stored objects for the given keys (absent keys are new). */
    protected abstract Map<Object, T> existing(Connection c, Set<Object> keys) throws SQLException;

    /** What will be stored for {@code parsed} when {@code old} (maybe null) is in the database. */
    protected abstract T merge(T old, T parsed);

    /** Writes new and changed objects inside the caller's transaction. */
    protected abstract void write(Connection c, List<T> items) throws SQLException;

    /** Reads the file's rows; returns the header. The calendar import overrides it for .ics files. */
    protected List<String> read(Path file, Consumer<TableRow> rows) throws IOException {
        return TableReader.read(file, rows);
    }

    final ImportReport run(Database db, ImportKind kind, Path file, boolean skipInvalid, ProgressListener progress,
                           BooleanSupplier cancelled) {
        fileName = file.getFileName().toString();
        this.db = db;
        List<ImportProblem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(new ImportProblem(fileName, 0, null, "file not found", file.toString()));
            return new ImportReport(kind, 0, 0, 0, 0, problems, null, false);
        }
        try (Connection c = db.connection()) {
            prepare(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }

        progress.progress(0, "reading");
        long totalLines = estimateLines(file);
        Map<Object, Long> firstLine = new HashMap<>();
        List<T> valid = new ArrayList<>();
        List<TableRow> invalidRows = new ArrayList<>();
        Map<Long, List<String>> errorsByLine = new LinkedHashMap<>();
        long[] rowCount = {0};
        List<String> header;
        try {
            header = read(file, tableRow -> {
                if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                rowCount[0]++;
                RowParser row = new RowParser(fileName, tableRow);
                T item = parse(row);
                if (item != null && !row.bad()) {
                    Long seen = firstLine.putIfAbsent(key(item), tableRow.line());
                    if (seen != null) {
                        row.problem(keyColumn(), "duplicate " + keyColumn() + ", already on line " + seen,
                                tableRow.raw(keyColumn()));
                    }
                }
                if (item == null || row.bad()) {
                    invalidRows.add(tableRow);
                    problems.addAll(row.problems());
                    errorsByLine.put(tableRow.line(), row.problems().stream().map(this::shortText).toList());
                } else {
                    valid.add(item);
                }
                if (rowCount[0] % 2_000 == 0 && totalLines > 0) {
                    progress.progress(Math.min(0.7, 0.7 * tableRow.line() / totalLines), "reading");
                }
            });
        } catch (TableFormatException e) {
            problems.clear();
            problems.add(new ImportProblem(fileName, badLine(file, e), null, stripFileName(e.getMessage()), null));
            return new ImportReport(kind, 0, 0, 0, 0, problems, null, false);
        } catch (IOException e) {
            problems.clear();
            problems.add(new ImportProblem(fileName, 0, null, "cannot read the file: " + e.getMessage(), null));
            return new ImportReport(kind, 0, 0, 0, 0, problems, null, false);
        }

        // Problems with the file as a whole replace the row problems they cause.
        List<ImportProblem> fileProblems = new ArrayList<>();
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            fileProblems.add(new ImportProblem(fileName, 1, null, "the file is empty: no header row (expected "
                    + String.join(",", requiredColumns()) + ")", null));
        } else {
            for (String col : requiredColumns()) {
                if (!header.contains(col)) {
                    fileProblems.add(new ImportProblem(fileName, 1, col, "required column is missing from the header",
                            String.join(",", header)));
                }
            }
            if (fileProblems.isEmpty() && rowCount[0] == 0) {
                fileProblems.add(new ImportProblem(fileName, 2, null, "the file has a header but no data rows", null));
            }
        }
        if (!fileProblems.isEmpty()) return new ImportReport(kind, 0, 0, 0, 0, fileProblems, null, false);

        int rejected = invalidRows.size();
        if (!problems.isEmpty() && !skipInvalid) {
            return new ImportReport(kind, 0, 0, 0, rejected, problems, null, false);
        }
        if (cancelled.getAsBoolean()) throw new ImportCancelledException();

        progress.progress(0.7, "comparing");
        Set<Object> keys = new LinkedHashSet<>();
        for (T item : valid) keys.add(key(item));
        Map<Object, T> stored;
        try (Connection c = db.connection()) {
            stored = existing(c, keys);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<T> toWrite = new ArrayList<>();
        for (T item : valid) {
            T old = stored.get(key(item));
            T merged = merge(old, item);
            if (old == null) {
                added++;
                toWrite.add(merged);
            } else if (merged.equals(old)) {
                unchanged++;
            } else {
                updated++;
                toWrite.add(merged);
            }
        }

        int[] counts = {added, updated, unchanged};
        Path rejectFile = null;
        if (rejected > 0) {
            rejectFile = RejectFile.pathFor(file);
            try {
                RejectFile.write(rejectFile, header, invalidRows, errorsByLine);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the reject file " + rejectFile + ": " + e.getMessage(), e);
            }
        }
        if (cancelled.getAsBoolean()) throw new ImportCancelledException();
        if (!toWrite.isEmpty()) {
            progress.progress(0.75, "writing");
            try {
                Transactions.inBulkTransaction(db, c -> {
                    for (int from = 0; from < toWrite.size(); from += WRITE_CHUNK) {
                        if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                        write(c, toWrite.subList(from, Math.min(toWrite.size(), from + WRITE_CHUNK)));
                        progress.progress(0.75 + 0.25 * Math.min(toWrite.size(), from + WRITE_CHUNK) / toWrite.size(),
                                "writing");
                    }
                    if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                    AuditLog audit = new AuditLog(c);
                    audit.record(ImportAuditEntry.ENTITY, fileName, null, new ImportAuditEntry(kind.code(), file.toAbsolutePath().toString(),
                            counts[0], counts[1], counts[2], rejected));
                    audit.flush();
                    return null;
                });
            } catch (RuntimeException e) {
                deleteQuietly(rejectFile);
                throw e;
            }
        }
        progress.progress(1, "done");
        return new ImportReport(kind, added, updated, unchanged, rejected, problems, rejectFile, true);
    }

    private String shortText(ImportProblem p) {
        String s = p.toString();
        String prefix = p.file() + ":" + p.line() + ": ";
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    private String stripFileName(String message) {
        String prefix = fileName + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the reject file is only a by-product
        }
    }

    /** Lines in a text file (for progress); 0 for workbooks. */
    private static long estimateLines(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) return 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long lines = 1;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) if (buf[i] == '\n') lines++;
            }
            return lines;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The first line that is not valid UTF-8 (1 when it cannot be told, e.g. a broken workbook). */
    private static long badLine(Path file, TableFormatException e) {
        if (e.line() > 0) return e.line();
        if (!(e.getCause() instanceof CharacterCodingException)) return 1;
        try {
            byte[] all = Files.readAllBytes(file);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            long line = 1;
            int start = 0;
            for (int i = 0; i <= all.length; i++) {
                if (i == all.length || all[i] == '\n') {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(all, start, i - start));
                    } catch (CharacterCodingException bad) {
                        return line;
                    }
                    line++;
                    start = i + 1;
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        return 1;
    }
}
