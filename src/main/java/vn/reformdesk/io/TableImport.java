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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import vn.reformdesk.io.mapping.ColumnMapping;
import vn.reformdesk.io.mapping.MappedTable;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.ProblemList;
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
    /**
     * Valid rows handed from the reading thread to the writing one at a time. Not final for the tests only: a small
     * chunk makes a file of a few thousand rows span as many chunks as a large one (rows written, then a late row
     * invalid).
     */
    static int chunkRows = 5_000;
    /** Chunks read ahead of the writer: bounds the memory (a few chunks of objects, whatever the file's size). */
    private static final int READ_AHEAD = 3;
    private static final Object END = new Object();

    protected String fileName;
    protected Database db;
    /** How the file's own headings and words read as ours (null: the file has our header on its first line). */
    ColumnMapping mapping;
    /** A rehearsal ({@link Importer#rehearse}): every step of the import, then a rollback instead of the commit. */
    boolean rehearsal;

    /** Columns that must be in the header, in the order they are reported. */
    protected abstract List<String> requiredColumns();

    /** The column holding the key (reported on duplicates). */
    protected abstract String keyColumn();

    /** Reads what the parser needs from the database (e.g. known procedure codes). */
    protected void prepare(Connection c) throws SQLException { }

    /**
     * Whether the table holds nothing yet (checked inside the import's transaction). Then no key of the file can
     * be stored already (a key written earlier in the same file is a duplicate and rejected before it is written),
     * so {@link #existing} is not asked. False (always look up) unless a subclass can tell cheaply.
     */
    protected boolean nothingStored(Connection c) throws SQLException { return false; }

    /**
     * Before the import's transaction: drops indexes that are quicker built after the rows of a file of about
     * {@code lines} lines, and says whether it did (then {@link #buildIndexes} runs after the import, whatever its
     * outcome). None by default.
     */
    protected boolean dropIndexes(long lines) { return false; }

    /** Builds again what {@link #dropIndexes} dropped. */
    protected void buildIndexes() { }

    /**
     * First in the import's transaction, before any row: {@code lines} is the file's length in lines (0 unknown),
     * {@code indexesDropped} what {@link #dropIndexes} answered. Nothing by default.
     */
    protected void begin(Connection c, long lines, boolean indexesDropped) throws SQLException { }

    /** Parses one row, reporting problems on {@code row}; returns null when the row is invalid. */
    protected abstract T parse(RowParser row);

    protected abstract Object key(T item);

    /** The stored objects for the given keys (absent keys are new). */
    protected abstract Map<Object, T> existing(Connection c, Set<Object> keys) throws SQLException;

    /** Of a small table read whole (units, officers): the stored objects whose {@link #key} is among the keys. */
    protected Map<Object, T> among(List<T> stored, Set<Object> keys) {
        Map<Object, T> out = new java.util.HashMap<>();
        for (T item : stored) if (keys.contains(key(item))) out.put(key(item), item);
        return out;
    }

    /**
     * The stored objects of a chunk's items, by {@link #key}: those of their keys unless the lookup needs the items
     * as the file spells them (dossier codes, compared without regard to case by the database).
     */
    protected Map<Object, T> existingOf(Connection c, List<T> items) throws SQLException {
        Set<Object> keys = new LinkedHashSet<>();
        for (T item : items) keys.add(key(item));
        return existing(c, keys);
    }

    /** What will be stored for {@code parsed} when {@code old} (maybe null) is in the database. */
    protected abstract T merge(T old, T parsed);

    /** Writes new and changed objects inside the caller's transaction; {@code stored} is what {@link #existing} found. */
    protected abstract void write(Connection c, List<T> items, Map<Object, T> stored) throws SQLException;

    /** Reads the file's rows; returns the header. The calendar import overrides it for .ics files. */
    protected List<String> read(Path file, Consumer<TableRow> rows) throws IOException {
        if (mapping != null) return MappedTable.read(file, mapping, rows);
        return TableReader.read(file, rows);
    }

    /**
     * One pass over the file, in one transaction (all or nothing). A reading thread parses and checks every row
     * and hands chunks of valid rows to this thread, which writes them while the next ones are parsed (two cores
     * at work; at most {@link #READ_AHEAD} chunks wait, so memory does not grow with the file). At the first
     * invalid row (without skip-invalid) the writing stops, the reading goes on to report every problem, and
     * the transaction is rolled back. A million-row file needs its keys in memory (duplicates), not its rows.
     */
    final ImportReport run(Database db, ImportKind kind, Path file, boolean skipInvalid, ProgressListener progress,
                           BooleanSupplier cancelled) {
        fileName = file.getFileName().toString();
        this.db = db;
        if (!Files.isRegularFile(file)) {
            return failed(kind, new ImportProblem(fileName, 0, null, "file not found", file.toString()));
        }
        try (Connection c = db.connection()) {
            prepare(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
        if (cancelled.getAsBoolean()) throw new ImportCancelledException();
        progress.progress(0, "reading");
        long totalLines = estimateLines(file);
        Path[] rejectFile = {null};
        boolean indexesDropped = dropIndexes(totalLines);
        boolean deferred = indexesDropped;
        try {
            ImportReport report = Transactions.inBulkTransaction(db, c -> {
                begin(c, totalLines, deferred);
                return importIn(c, kind, file, skipInvalid, progress, cancelled, totalLines, rejectFile);
            });
            if (indexesDropped) {
                progress.progress(0.99, "indexing");
                indexesDropped = false;
                buildIndexes();
            }
            progress.progress(1, "done");
            return report;
        } catch (NothingWritten e) {
            return e.report;
        } catch (RuntimeException e) {
            deleteQuietly(rejectFile[0]);
            throw e;
        } finally {
            if (indexesDropped) buildIndexes(); // rolled back, cancelled or failed: the register as it was, indexed
        }
    }

    /** Ends the transaction with a rollback and hands the report out: nothing was written. */
    private static final class NothingWritten extends RuntimeException {
        final transient ImportReport report;

        NothingWritten(ImportReport report) {
            super("nothing written", null, false, false);
            this.report = report;
        }
    }

    /** The writer stopped (it failed or was cancelled): the reading thread stops too. */
    private static final class Stopped extends RuntimeException {
        Stopped() { super("stopped", null, false, false); }
    }

    private ImportReport failed(ImportKind kind, ImportProblem problem) {
        return new ImportReport(kind, 0, 0, 0, 0, List.of(problem), null, false);
    }

    @SuppressWarnings("unchecked")
    private ImportReport importIn(Connection c, ImportKind kind, Path file, boolean skipInvalid,
                                  ProgressListener progress, BooleanSupplier cancelled, long totalLines,
                                  Path[] rejectFileOut) throws SQLException {
        boolean lookUp = !nothingStored(c);
        Reading reading = new Reading(file, skipInvalid, cancelled);
        Thread thread = new Thread(reading, "import-reader");
        thread.setDaemon(true);
        thread.start();
        int[] counts = {0, 0, 0}; // added, updated, unchanged
        boolean finished = false;
        try {
            while (true) {
                Object next = reading.queue.poll(200, TimeUnit.MILLISECONDS);
                if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                if (next == END) break;
                if (next != null) writeChunk(c, (List<T>) next, counts, lookUp);
                if (totalLines > 0) {
                    progress.progress(Math.min(0.99, (double) reading.line / totalLines),
                            reading.writing ? "writing" : "reading");
                }
            }
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        } finally {
            if (!finished) reading.stop = true;
            joinQuietly(thread);
        }

        // The reading thread has ended: what it gathered is visible here (join).
        if (reading.failure != null) {
            Throwable f = reading.failure;
            if (f instanceof TableFormatException e) {
                throw new NothingWritten(failed(kind, new ImportProblem(fileName, badLine(file, e), e.column(),
                        stripFileName(e.getMessage()), e.value())));
            }
            if (f instanceof IOException e) {
                throw new NothingWritten(failed(kind, new ImportProblem(fileName, 0, null,
                        "cannot read the file: " + e.getMessage(), null)));
            }
            if (f instanceof RuntimeException e) throw e;
            if (f instanceof Error e) throw e;
            throw new IllegalStateException(f);
        }
        List<String> header = reading.header;
        ProblemList problems = reading.problems;

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
            if (fileProblems.isEmpty() && reading.rowCount == 0) {
                fileProblems.add(new ImportProblem(fileName, 2, null, "the file has a header but no data rows", null));
            }
        }
        if (!fileProblems.isEmpty()) throw new NothingWritten(new ImportReport(kind, 0, 0, 0, 0, fileProblems, null, false));

        int rejected = reading.rejected;
        if (!problems.isEmpty() && !skipInvalid) {
            throw new NothingWritten(new ImportReport(kind, 0, 0, 0, rejected, problems.kept(), null, false, List.of(),
                    problems.more()));
        }
        if (cancelled.getAsBoolean()) throw new ImportCancelledException();

        Path rejectFile = null;
        if (rejected > 0) {
            rejectFile = RejectFile.pathFor(file);
            rejectFileOut[0] = rejectFile;
            try {
                RejectFile.write(rejectFile, header, reading.invalidRows, reading.errorsByLine);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the reject file " + rejectFile + ": " + e.getMessage(), e);
            }
        }
        if (counts[0] + counts[1] > 0) {
            AuditLog audit = new AuditLog(c);
            audit.record(ImportAuditEntry.ENTITY, fileName, null, new ImportAuditEntry(kind.code(),
                    file.toAbsolutePath().toString(), counts[0], counts[1], counts[2], rejected));
            audit.flush();
        }
        if (cancelled.getAsBoolean()) throw new ImportCancelledException();
        ImportReport report = new ImportReport(kind, counts[0], counts[1], counts[2], rejected, problems.kept(), rejectFile,
                !rehearsal, List.of(), problems.more());
        if (rehearsal) throw new NothingWritten(report);
        // Every row as stored already (the same export imported again): nothing is written, not even the data version,
        // which would have left the stored figures behind (counted again at the next view: 8.8 s for the board at 1 M)
        // and made closing take a backup.
        if (counts[0] + counts[1] == 0) throw new NothingWritten(report);
        return report;
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * The reading thread: parses and checks every row (problems, duplicates) and queues chunks of valid rows for
     * the writer, then {@link #END}. Everything but the queue and the volatile fields is read by the writer only
     * after the thread has ended.
     */
    private final class Reading implements Runnable {
        final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(READ_AHEAD);
        final Path file;
        final boolean skipInvalid;
        final BooleanSupplier cancelled;
        volatile boolean stop;
        volatile boolean writing = true;
        volatile long line;
        List<String> header = List.of();
        final ProblemList problems = new ProblemList();
        final List<TableRow> invalidRows = new ArrayList<>();
        final Map<Long, List<String>> errorsByLine = new LinkedHashMap<>();
        int rejected;
        long rowCount;
        Throwable failure;
        private List<T> chunk = new ArrayList<>(chunkRows);

        Reading(Path file, boolean skipInvalid, BooleanSupplier cancelled) {
            this.file = file;
            this.skipInvalid = skipInvalid;
            this.cancelled = cancelled;
        }

        @Override
        public void run() {
            FirstLines firstLine = new FirstLines();
            try {
                header = read(file, tableRow -> {
                    if (stop) throw new Stopped();
                    if (cancelled.getAsBoolean()) throw new ImportCancelledException();
                    rowCount++;
                    line = tableRow.line();
                    RowParser row = new RowParser(fileName, tableRow);
                    // a row the reader already refused (cells beyond the header, a recurrence it cannot expand) is
                    // reported as it is: its cells are not what the file meant
                    T item = tableRow.problems().isEmpty() ? parse(row) : null;
                    if (item != null && !row.bad()) {
                        Long seen = firstLine.putIfAbsent(key(item), tableRow.line());
                        if (seen != null) {
                            row.problem(keyColumn(), "duplicate " + keyColumn() + ", already on line " + seen,
                                    tableRow.raw(keyColumn()));
                        }
                    }
                    if (item == null || row.bad()) {
                        rejected++;
                        problems.addAll(row.problems());
                        if (skipInvalid) {
                            invalidRows.add(tableRow);
                            errorsByLine.put(tableRow.line(), row.problems().stream().map(TableImport.this::shortText).toList());
                        } else if (writing) {
                            writing = false; // nothing will be kept: stop writing, go on checking
                            chunk = null;
                        }
                        return;
                    }
                    if (!writing) return;
                    chunk.add(item);
                    if (chunk.size() >= chunkRows) {
                        hand(chunk);
                        chunk = new ArrayList<>(chunkRows);
                    }
                });
                if (writing && !chunk.isEmpty()) hand(chunk);
            } catch (Stopped e) {
                return; // the writer has given up and is not waiting for the end
            } catch (Throwable t) {
                failure = t;
            } finally {
                chunk = null;
            }
            try {
                hand(END);
            } catch (Stopped ignored) {
                // the writer has given up
            }
        }

        private void hand(Object o) {
            try {
                while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                    if (stop) throw new Stopped();
                }
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }
    }

    /** Compares a chunk with the database and writes what is new or changed; counts into {@code counts}. */
    private void writeChunk(Connection c, List<T> chunk, int[] counts, boolean lookUp) throws SQLException {
        if (chunk.isEmpty()) return;
        Map<Object, T> stored;
        if (lookUp) {
            stored = existingOf(c, chunk);
        } else {
            stored = new HashMap<>();
        }
        List<T> toWrite = new ArrayList<>(chunk.size());
        for (T item : chunk) {
            T old = stored.isEmpty() ? null : stored.get(key(item)); // a new register's chunk: no key to fold
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
