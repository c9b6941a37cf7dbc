package vn.reformdesk.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ProcedureRepository;

/**
 * At the app's start, in the background: a rehearsed import of a few hundred dossiers of the kind a day's portal
 * export holds ({@link Importer#rehearse}: every step, then a rollback; nothing is kept). On an embedded register the
 * engine runs in the app's own process, so the first import of a session is also the one that waits for the import's
 * and the engine's code to be compiled and for the pages of the register's B-trees to be read: at 1 M dossiers that
 * first import took 0.54–0.68 s against 0.28–0.37 s for the next (issue 18). The officer's first import is now a
 * second one. On a server the engine's work is done there, and a rehearsal would hold its locks for nothing: none.
 */
public final class ImportWarmup {
    /**
     * Enough rows for the import's loops to be compiled, few enough to be over in a third of a second at 1 M dossiers
     * (measured: after 100 rows the first import took 0.35–0.37 s, after 300 or 1,000 rows 0.32–0.45 s).
     */
    static final int ROWS = 300;
    /** Where its file is written: the system's temporary folder (null), or the tests' own. */
    static Path folder;

    private final Database db;
    private final LocalDate today;
    private volatile boolean stopped;
    /** Taken by the one {@link #run}, or by {@link #stop} before it: then the rehearsal never starts. */
    private final java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    /** A rehearsal of an import dated up to {@code today} into {@code db}, to {@link #run} once. */
    public ImportWarmup(Database db, LocalDate today) {
        this.db = db;
        this.today = today;
    }

    /** {@code new ImportWarmup(db, today).run()}. */
    public static int run(Database db, LocalDate today) { return new ImportWarmup(db, today).run(); }

    /**
     * Rehearses the import; returns the rows rehearsed (0 when there is nothing to rehearse with: a server, no
     * procedure yet; or when stopped). Nothing it does stays in the register.
     */
    public int run() {
        if (!taken.compareAndSet(false, true)) return 0;
        Path file = null;
        try {
            if (db.isServer() || stopped) return 0;
            List<Procedure> procedures = new ProcedureRepository(db).findAll();
            if (procedures.isEmpty()) return 0;
            file = folder == null ? Files.createTempFile("reformdesk-warmup-", ".csv")
                    : Files.createTempFile(folder, "reformdesk-warmup-", ".csv");
            write(file, procedures, today);
            ImportReport report = Importer.rehearse(db, ImportKind.DOSSIERS, file, () -> stopped);
            return report.added() + report.updated();
        } catch (ImportCancelledException e) {
            return 0;
        } catch (IOException e) {
            return 0; // no temporary file: the first import waits as before
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file of a few kilobytes
                }
            }
            ended.countDown();
        }
    }

    /**
     * Stops the rehearsal and waits (at most a few seconds) until it has rolled back: the app calls this before it
     * closes the register, so that closing never cuts a rehearsal off (H2 would write the closed database's errors
     * into its trace). A rehearsal not yet started does not start.
     */
    public void stop() {
        stopped = true;
        if (taken.compareAndSet(false, true)) return; // not started: it never will
        try {
            ended.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The rows: received over the last four weeks, some resolved (a few rejected), some with a supplement request,
     * under the stored procedures in turn. Their codes start with ~KHOIDONG- and a number of this run: were one of
     * them stored, the rehearsal would update it, and roll that back too.
     */
    private static void write(Path file, List<Procedure> procedures, LocalDate today) throws IOException {
        Random random = new Random(today.toEpochDay());
        String run = "~KHOIDONG-" + Long.toString(System.nanoTime(), 36) + "-";
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(DossierExport.INPUT_COLUMNS);
            for (int i = 0; i < ROWS; i++) {
                LocalDate day = today.minusDays(random.nextInt(28));
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) day = day.minusDays(2);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY) day = day.minusDays(1);
                LocalDate requested = random.nextInt(10) == 0 && day.isBefore(today) ? day.plusDays(1) : null;
                LocalDate supplied = requested != null && requested.isBefore(today) ? requested.plusDays(1) : null;
                boolean resolved = random.nextInt(3) > 0 && (requested == null || supplied != null);
                // between the receipt (or the supplement's arrival) and today
                LocalDate from = supplied != null ? supplied : day;
                LocalDate resolvedOn = resolved ? from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1)) : null;
                String outcome = resolvedOn == null ? null : random.nextInt(20) == 0 ? "rejected" : "issued";
                p.printRecord(run + i, procedures.get(i % procedures.size()).code(), "Nguyễn Văn A",
                        random.nextInt(5) == 0 ? "direct" : "online", day.atTime(8 + random.nextInt(9), random.nextInt(60)),
                        requested, supplied, resolvedOn, outcome, random.nextBoolean(), random.nextBoolean(),
                        resolvedOn != null ? random.nextBoolean() : null,
                        resolvedOn != null && random.nextBoolean() ? "satisfied" : null, false, null);
            }
        }
    }
}
