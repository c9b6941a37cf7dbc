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
    private static final int WRITE_CHUNK = 20_000;


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

    /** Writes new and changed objects inside the caller's transaction; {@code stored} is what {@link #existing} found. */
    protected abstract void write(Connection c, List<T> items, Map<Object, T> stored) throws SQLException;

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

        // Two passes over the file, so memory does not grow with its size: the first checks every row and keeps
        // only keys and problems; the second parses the valid rows again and writes them in chunks, all in one
        // transaction (all or nothing). A million-row file needs its keys in memory, not a million objects.
        progress.progress(0, "reading");
        long totalLines = estimateLines(file);
        Map<Object, Long> firstLine = new HashMap<>();
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
                }
                if (rowCount[0] % 2_000 == 0 && totalLines > 0) {
                    progress.progress(Math.min(0.5, 0.5 * tableRow.line() / totalLines), "reading");
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
        firstLine.clear();

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
            // A column named twice would silently take its last cell: say so instead of guessing.
            Set<String> seen = new java.util.HashSet<>();
            for (String col : header) {
                if (!col.isBlank() && !seen.add(col)) {
                    fileProblems.add(new ImportProblem(fileName, 1, col, "the column appears twice in the header",
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

        Path rejectFile = null;
        if (rejected > 0) {
            rejectFile = RejectFile.pathFor(file);
            try {
                RejectFile.write(rejectFile, header, invalidRows, errorsByLine);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the reject file " + rejectFile + ": " + e.getMessage(), e);
            }
        }
        invalidRows.clear();
        int[] counts = {0, 0, 0}; // added, updated, unchanged
        long validRows = rowCount[0] - rejected;
        try {
            Transactions.inBulkTransaction(db, c -> {
                List<T> chunk = new ArrayList<>(WRITE_CHUNK);
                long[] done = {0};
                try {
                    read(file, tableRow -> {
                        if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                        if (errorsByLine.containsKey(tableRow.line())) return;
                        T item = parse(new RowParser(fileName, tableRow));
                        if (item == null) return;
                        chunk.add(item);
                        if (chunk.size() >= WRITE_CHUNK) {
                            writeChunk(c, chunk, counts);
                            done[0] += chunk.size();
                            chunk.clear();
                            progress.progress(0.5 + 0.5 * done[0] / Math.max(1, validRows), "writing");
                        }
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (SqlFailure e) {
                    throw e.cause;
                }
                writeChunk(c, chunk, counts);
                if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                if (counts[0] + counts[1] > 0) {
                    AuditLog audit = new AuditLog(c);
                    audit.record(ImportAuditEntry.ENTITY, fileName, null, new ImportAuditEntry(kind.code(),
                            file.toAbsolutePath().toString(), counts[0], counts[1], counts[2], rejected));
                    audit.flush();
                }
                return null;
            });
        } catch (RuntimeException e) {
            deleteQuietly(rejectFile);
            throw e;
        }
        progress.progress(1, "done");
        return new ImportReport(kind, counts[0], counts[1], counts[2], rejected, problems, rejectFile, true);
    }

    /** Carries an SQLException out of a row callback. */
    private static final class SqlFailure extends RuntimeException {
        final SQLException cause;

        SqlFailure(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Compares a chunk with the database and writes what is new or changed; counts into {@code counts}. */
    private void writeChunk(Connection c, List<T> chunk, int[] counts) {
        if (chunk.isEmpty()) return;
        try {
            Set<Object> keys = new LinkedHashSet<>();
            for (T item : chunk) keys.add(key(item));
            Map<Object, T> stored = existing(c, keys);
            List<T> toWrite = new ArrayList<>();
            for (T item : chunk) {
                T old = stored.get(key(item));
                T merged = merge(old, item);
                if (old == null) {
                    counts[0]++;
                    toWrite.add(merged);
                } else if (merged.equals(old)) {
                    counts[2]++;
                } else {
                    counts[1]++;
                    toWrite.add(merged);
                }
            }
            if (!toWrite.isEmpty()) write(c, toWrite, stored);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
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
