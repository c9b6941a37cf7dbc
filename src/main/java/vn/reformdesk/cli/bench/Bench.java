package vn.reformdesk.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.reformdesk.io.DossierExport;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.ImportWarmup;
import vn.reformdesk.io.Importer;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.BoardPages;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.ui.dashboard.DashboardData;
import vn.reformdesk.ui.dashboard.DashboardLoader;
import vn.reformdesk.ui.dossiers.DossierPages;
import vn.reformdesk.ui.dossiers.DossiersView;
import vn.reformdesk.ui.dossiers.DossiersViewModel;
import vn.reformdesk.ui.overdue.OverdueViewModel;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.BackupService;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository.ListKey;

/**
 * {@code reformdesk bench}: measures the app's own code paths on a synthetic register, each beside the same
 * work done bare (plain SQL or a plain Java loop on the same data: the floor), and the peak heap of each step.
 */
public final class Bench {
    /** One line of the result table: {@code rows} = dossiers the step read. */
    public record Step(String name, long rows, double seconds, double floorSeconds, long peakHeapBytes) {
        double ratio() { return floorSeconds > 0 ? seconds / floorSeconds : Double.NaN; }
    }

    private final Path work;
    private final int dossiers;
    private final int units;
    private final PrintWriter log;
    /** Opens the throw-away register (an H2 file in the work folder, or a schema on a server). */
    private final java.util.function.Function<Path, Database> open;
    private final List<Step> steps = new ArrayList<>();
    /** Figures printed under the table: a second floor where the first one is not the app's physical design. */
    private final List<String> notes = new ArrayList<>();

    public Bench(Path work, int dossiers, PrintWriter log) {
        this(work, dossiers, 1, log, w -> Database.open(w.resolve("db")));
    }

    public Bench(Path work, int dossiers, int units, PrintWriter log, java.util.function.Function<Path, Database> open) {
        this.work = work;
        this.dossiers = dossiers;
        this.units = units;
        this.log = log;
        this.open = open;
    }

    /** What {@link #runAfterStart} measured, and the dossiers of the register it ran on (the table's footer). */
    public record AfterStart(List<Step> steps, long registerSize) {}

    /**
     * {@code bench --after-start}: what an officer waits for after starting the app on a large register. Run in a JVM
     * of its own, on the register an earlier {@code bench --db DIR} left in the work folder: what the app does at start
     * (the dashboard and the overdue board's first view, on the last day that run viewed), then three imports of
     * 1,000 new dossiers, each timed. The first runs on code the compiler has not yet seen, as an officer's first
     * import of the day does, after the rehearsed import the app's start does in the background ({@code warmup};
     * without it, the first import is the one that waits for the compiler). With {@code bare} the three are bare
     * batches into the register instead (the engine alone, deleted after each), for a JVM of their own: each way's
     * first import then starts as cold.
     */
    public AfterStart runAfterStart(boolean bare, boolean warmup) throws Exception {
        SyntheticRegister register = new SyntheticRegister(2026);
        LocalDate day = SyntheticRegister.AS_OF.plusDays(2); // the bench's last viewed day: its figures are stored
        Period quarter = Period.quarter(2026, 3);
        try (Database db = open.apply(work)) {
            String first = SyntheticRegister.procedureCode(0);
            String last = SyntheticRegister.procedureCode(SyntheticRegister.PROCEDURES - 1);
            if (bareCount(db, "SELECT COUNT(*) FROM procedures WHERE code BETWEEN '" + first + "' AND '" + last + "'")
                    < SyntheticRegister.PROCEDURES) {
                throw new NotABenchRegister(work);
            }
            long registerSize = new vn.reformdesk.store.DossierRepository(db).count();
            RegisterService service = new RegisterService(db);
            AppContext app = new AppContext(db, new UserPreferences(work.resolve("preferences.properties")));
            measure("start: dashboard and overdue board", registerSize,
                    () -> dashboardRows(DashboardLoader.compute(app, quarter, day, DashboardData.TOP))
                            + boardFirstView(service, day), null);
            if (warmup) {
                // as the app's start does once its first screen is shown, in the background (ReformDeskApp)
                measure("start: an import rehearsed (background)", 0, () -> (long) ImportWarmup.run(db, day), null);
            }
            String run = "S" + Long.toString(System.currentTimeMillis(), 36) + "-";
            String[] which = {"first after start", "second", "third"};
            for (int i = 0; i < which.length; i++) {
                Path file = work.resolve("dossiers-1k-after-start.csv");
                String prefix = run + (i + 1) + "-";
                register.writeDossiers(file, 1_000, prefix);
                if (bare) {
                    try {
                        measure("bare 1,000 rows into the register, " + which[i], 1_000, () -> bareIntoRegister(db, file), null);
                    } finally {
                        deleteBare(db, prefix);
                    }
                } else {
                    measure("import 1,000 dossiers, " + which[i], 1_000,
                            () -> checked(Importer.run(db, ImportKind.DOSSIERS, file, false)), null);
                }
            }
            return new AfterStart(steps, registerSize);
        }
    }

    /** {@link #runAfterStart} on a register without the bench's procedures: its imports would be refused row by row. */
    public static final class NotABenchRegister extends RuntimeException {
        NotABenchRegister(Path work) {
            super(work.resolve("db") + " holds a register that no bench made (it lacks the bench's "
                    + SyntheticRegister.PROCEDURES + " procedures); run bench --db DIR into a new folder first");
        }
    }

    /** Deletes a work folder and everything in it (the floors' register; a temporary bench's whole folder). */
    public static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What {@link #run} measured beside the table's rows (printed under it). */
    public List<String> notes() { return notes; }

    public List<Step> run() throws Exception {
        Files.createDirectories(work);
        SyntheticRegister register = new SyntheticRegister(2026);
        Path procedures = work.resolve("procedures.csv");
        Path dossierFile = work.resolve("dossiers.csv");
        log.printf("generating %,d dossiers of %,d unit(s) in %s …%n", dossiers, units, work);
        log.flush();
        register.writeProcedures(procedures);
        register.writeDossiers(dossierFile, dossiers, units);
        LocalDate asOf = SyntheticRegister.AS_OF;
        try (Database db = open.apply(work)) {
            RegisterService service = new RegisterService(db);
            Importer.run(db, ImportKind.PROCEDURES, procedures, false);
            log.printf("register: %s%n", db.isServer() ? db.engine().where() + " (a throw-away schema)" : "H2 in " + work);

            // On H2 the import's bare floors go into a register of their own, deleted after them: a dropped table's
            // space comes back to the file only when H2 compacts it at closing, and the floors of 2,000,000 rows left
            // the app's register at 24.6 GB for every step after them (its daily backup above all).
            Path floorWork = work.resolve("floors");
            Database floors = db.isServer() ? db : open.apply(floorWork);
            try {
                if (floors != db) Importer.run(floors, ImportKind.PROCEDURES, procedures, false);
                measure("import dossiers (CSV → " + (db.isServer() ? "PostgreSQL, "
                        + ("false".equals(System.getProperty("reformdesk.copy")) ? "INSERT batches" : "COPY") : "H2") + ")",
                        dossiers,
                        () -> checked(Importer.run(db, ImportKind.DOSSIERS, dossierFile, false)),
                        () -> bareImport(floors, dossierFile, true, false));
                if (!db.isServer()) {
                    // the app's physical design for a large import into a smaller register (DossierIndexes), done bare
                    double seconds = timed(() -> bareImport(floors, dossierFile, true, true));
                    notes.add(String.format("import dossiers, second floor (bare H2 batches into the primary key and the"
                            + " unique codes, the four other indexes and two foreign keys built after, unchecked): %.3f s",
                            seconds));
                }
            } finally {
                if (floors != db) {
                    floors.close();
                    deleteTree(floorWork);
                }
            }

            measure("due dates + statuses, all dossiers", dossiers, () -> {
                long[] n = {0};
                service.forEachRow(null, null, asOf, r -> n[0]++);
                return n[0];
            }, () -> bareDueDates(db));

            // Nothing stored yet (a new register, or after a calendar edit): the board counts the open dossiers and
            // those resolved without an apology letter, and stores its candidates (V12).
            measure("overdue board, counted again (calendar edit)", dossiers, () -> {
                service.overdueBoard(asOf);
                return (long) dossiers; // reads every open dossier's deadline facts
            }, () -> bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE resolved_on IS NULL"));
            // What the screen waits for (issue 18): each list's count and first page; the rest is read in the
            // background, page by page, and measured whole (its floor: bare SQL reading every stored row listed).
            measure("overdue board (3 lists)", 3 * OverdueViewModel.FIRST, () -> boardFirstView(service, asOf),
                    () -> bareBoardFirstView(db, service, asOf));
            measure("overdue board, whole lists (background)", dossiers, () -> boardWhole(service, asOf),
                    () -> bareBoard(db, asOf));

            // Nothing stored yet (after a large import or a calendar edit): the months are read and their settled
            // tallies stored; a later report on any period of them reads those.
            measure("766 rates, counted again (calendar edit)", dossiers, () -> {
                return rates(service, Period.quarter(2026, 3), asOf)
                        + rates(service, Period.year(2025), LocalDate.of(2025, 12, 31));
            }, () -> bareGroupBy(db, LocalDate.of(2026, 7, 1), asOf)
                    + bareGroupBy(db, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
            measure("766 rates + counters, one quarter (2026-Q3)", dossiers,
                    () -> rates(service, Period.quarter(2026, 3), asOf),
                    () -> bareGroupBy(db, LocalDate.of(2026, 7, 1), asOf));
            measure("766 rates + counters, one year (2025)", dossiers,
                    () -> rates(service, Period.year(2025), LocalDate.of(2025, 12, 31)),
                    () -> bareGroupBy(db, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

            AppContext app = new AppContext(db, new UserPreferences(work.resolve("preferences.properties")));
            Period quarter = Period.quarter(2026, 3);
            // Nothing stored yet (as after a calendar edit, which changes every due date): the first view reads both
            // quarters and the open dossiers, and stores their figures.
            measure("dashboard, counted again (calendar edit)", dossiers,
                    () -> dashboardRows(DashboardLoader.compute(app, quarter, asOf, DashboardData.TOP)),
                    () -> bareGroupBy(db, quarter.previous().start(), quarter.end())
                            + bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE resolved_on IS NULL"));
            // What a session that starts on unchanged data sees: the stored tallies and the open dossiers.
            measure("dashboard, first view, data unchanged", dossiers,
                    () -> dashboardRows(DashboardLoader.compute(app, quarter, asOf, DashboardData.TOP)),
                    () -> bareCount(db, "SELECT COUNT(*) FROM period_tally_lines")
                            + bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE resolved_on IS NULL"));
            DashboardLoader.load(app, quarter, asOf, DashboardData.TOP);
            measure("dashboard, again (kept until a write)", dossiers,
                    () -> dashboardRows(DashboardLoader.load(app, quarter, asOf, DashboardData.TOP)), null);

            // A write applies its change to the stored figures in its own transaction: the next view reads them.
            String open = firstCode(db, "SELECT code FROM dossiers WHERE resolved_on IS NULL AND received_at >= ?",
                    quarter.start());
            measure("save one dossier (figures applied)", 1, () -> resolve(service, open, asOf), () -> bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE code_key = LOWER('" + open + "')"));
            measure("dashboard, first view after a save", dossiers,
                    () -> dashboardRows(DashboardLoader.compute(app, quarter, asOf, DashboardData.TOP)),
                    () -> bareCount(db, "SELECT COUNT(*) FROM period_tally_lines")
                            + bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE resolved_on IS NULL"));
            Path small = work.resolve("dossiers-1k.csv");
            register.writeDossiers(small, 1_000, "B-");
            // its floor: the same 1,000 rows bare, into an empty table of the dossiers' shape (what the rows cost, not
            // the register they join), in a plain transaction: a bulk one raises the data version, and the next view
            // would count again; its second floor writes 1,000 such rows bare into the register itself (what the
            // engine's B-trees of this size cost to change)
            measure("import 1,000 dossiers (figures applied)", 1_000,
                    () -> checked(Importer.run(db, ImportKind.DOSSIERS, small, false)), () -> bareImport(db, small, false, false));
            Path bare = work.resolve("dossiers-1k-bare.csv");
            register.writeDossiers(bare, 1_000, "F-");
            try {
                double seconds = timed(() -> bareIntoRegister(db, bare));
                notes.add(String.format("import 1,000 dossiers, second floor (bare batches into the register's own"
                        + " dossiers, at its size and with its indexes, committed and synced; deleted after): %.3f s",
                        seconds));
            } finally {
                deleteBare(db, "F-");
            }
            measure("dashboard, first view after an import", dossiers,
                    () -> dashboardRows(DashboardLoader.compute(app, quarter, asOf, DashboardData.TOP)),
                    () -> bareCount(db, "SELECT COUNT(*) FROM period_tally_lines")
                            + bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE resolved_on IS NULL"));
            measure("overdue board after the writes (3 lists)", 3 * OverdueViewModel.FIRST,
                    () -> boardFirstView(service, asOf), () -> bareBoardFirstView(db, service, asOf));
            // The next morning: the first view of a new day reads the stored candidates (they hold until the next
            // event) and moves them to that day; the day's first receipt and first resolution are then applied to
            // them, and the board after them is read as stored, not counted again (before, the resolution ended the
            // stored candidates and the board counted every dossier again: 10.6 s at a million dossiers).
            LocalDate nextDay = asOf.plusDays(1);
            String overdue = firstCode(db, "SELECT code FROM dossiers WHERE resolved_on IS NULL AND received_at < ?",
                    quarter.start());
            measure("overdue board, a new day (3 lists)", 3 * OverdueViewModel.FIRST,
                    () -> boardFirstView(service, nextDay), () -> bareBoardFirstView(db, service, nextDay));
            measure("save a new day's receipt and resolution", 2, () -> {
                service.dossiers().save(vn.reformdesk.domain.dossier.Dossier.received("NEXT-DAY-1",
                        SyntheticRegister.procedureCode(0), "Nguyễn Văn Sáng", vn.reformdesk.domain.dossier.Channel.ONLINE,
                        nextDay.atTime(7, 30)));
                return 1L + resolve(service, overdue, nextDay);
            }, () -> bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE code_key IN (LOWER('NEXT-DAY-1'), LOWER('" + overdue + "'))"));
            measure("overdue board, new day after a save", 3 * OverdueViewModel.FIRST,
                    () -> boardFirstView(service, nextDay), () -> bareBoardFirstView(db, service, nextDay));
            // The day after, a resolution written before any view of that day (the command line's import, another
            // desk) moves the stored candidates to its day and is applied there, so the day's first view reads them
            // (before, it ended them: the board's first view took 10.35 s at a million dossiers).
            LocalDate dayAfter = nextDay.plusDays(1);
            String another = firstCode(db, "SELECT code FROM dossiers WHERE resolved_on IS NULL AND received_at < ?"
                    + " ORDER BY id DESC", quarter.start());
            measure("save a resolution of a day not yet viewed", 1, () -> resolve(service, another, dayAfter), () -> bareCount(db, "SELECT COUNT(*) FROM dossiers WHERE code_key = LOWER('" + another + "')"));
            measure("overdue board, the day after, first view", 3 * OverdueViewModel.FIRST,
                    () -> boardFirstView(service, dayAfter), () -> bareBoardFirstView(db, service, dayAfter));

            // The list reads pages (keyset on received_at DESC, id DESC): the first screen, then each next page
            // while the officer scrolls, however deep; the floors read the same page with bare SQL.
            DossiersViewModel list = new DossiersViewModel();
            DossierPages.Query all = new DossierPages.Query(vn.reformdesk.domain.unit.UnitScope.ALL, null, null, null);
            List<vn.reformdesk.domain.procedure.Procedure> procedureList = service.procedures().findAll();
            DossierPages.Page[] first = new DossierPages.Page[1];
            var calcs = new ArrayList<java.util.function.Function<String, vn.reformdesk.domain.deadline.DeadlineCalculator>>();
            measure("dossier list, first screen", DossiersView.FIRST, () -> {
                calcs.add(service.calculators()); // as the screen: the calendar read once per load
                first[0] = DossierPages.first(service, all, asOf, DossiersView.FIRST, calcs.get(0));
                list.setData(first[0].prepared(), procedureList, first[0].last());
                return (long) list.rows().size();
            }, () -> bareRows(db, null, DossiersView.FIRST));
            ListKey middle = middleKey(db, dossiers / 2); // a page in the middle of the register
            measure("dossier list, next page (scrolling)", DossiersView.PAGE, () -> {
                DossierPages.Page p = DossierPages.next(service, all, asOf, middle, DossiersView.PAGE, calcs.get(0));
                list.appendPage(p.prepared(), p.last());
                return (long) p.rows().size();
            }, () -> bareRows(db, middle, DossiersView.PAGE));
            // Typing filters the rows read at once; when the matches do not fill the screen and a page ahead, older
            // pages are read in the background ("searching…", which the officer can stop). Timed apart: the reading
            // on for a whole typed search, then one keystroke over the rows read.
            list.setData(first[0].prepared(), procedureList, first[0].last());
            ListKey[] after = {first[0].lastKey()};
            String[] typed = {"n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen v", "nguyen va", "h15.50", ""};
            measure("dossier list, search reads on (background)", dossiers, () -> {
                for (String text : typed) {
                    list.textProperty().set(text);
                    while (!list.complete() && list.filtered().size() < DossiersView.PAGE
                            && list.rows().size() < DossiersView.WINDOW) {
                        DossierPages.Page p = DossierPages.next(service, all, asOf, after[0], DossiersView.PAGE, calcs.get(0));
                        list.appendPage(p.prepared(), p.last());
                        if (p.lastKey() != null) after[0] = p.lastKey();
                    }
                }
                return (long) list.rows().size();
            }, () -> bareRows(db, null, list.rows().size()) + bareFilter(list.rows(), typed));
            steps.set(steps.size() - 1, withRows(steps.get(steps.size() - 1), list.rows().size()));
            measure("dossier list, text filter (one keystroke)", list.rows().size(), () -> {
                for (String text : typed) list.textProperty().set(text);
                return (long) list.rows().size();
            }, () -> bareFilter(list.rows(), typed));
            steps.set(steps.size() - 1, perKeystroke(steps.get(steps.size() - 1), typed.length));

            Path export = work.resolve("export.csv");
            measure("export dossiers (CSV)", dossiers, () -> (long) DossierExport.write(service, export, asOf),
                    () -> bareExport(db, work.resolve("export-floor.csv")));

            if (!db.isServer()) { // a server's backups are the server's (pg_dump), not the app's
                // The app closes its file: after a large import H2 compacts it (the import's freed pages go), and
                // the next start's daily backup copies the file as that closing left it.
                measure("closing after the writes (file compacted)", dossiers, () -> {
                    db.close();
                    return 0L;
                }, null);
                try (Database next = this.open.apply(work)) {
                    BackupService backups = new BackupService(next);
                    measure("daily backup, next start (in the background)", dossiers,
                            () -> backups.autoBackup(1, java.time.LocalDateTime.of(2026, 12, 1, 9, 0), false) != null ? 1L : 0L,
                            null);
                    // What closing the window waits for when nothing was written since that backup: the decision alone.
                    measure("closing, no write since the backup", dossiers,
                            () -> backups.changedSinceNewestAutoBackup() ? 1L : 0L,
                            () -> bareCount(next, "SELECT COUNT(*) FROM data_writes"));
                }
            }
        }
        return steps;
    }

    /** Saves dossier {@code code} resolved (issued) on {@code day}, as the officer's form does; returns 1. */
    private static long resolve(RegisterService service, String code, LocalDate day) {
        var d = service.dossiers().findByCode(code).orElseThrow();
        service.dossiers().save(d.withResolution(day, vn.reformdesk.domain.dossier.Outcome.ISSUED));
        return 1L;
    }

    /** The first code a query (one date parameter) finds. */
    private static String firstCode(Database db, String sql, LocalDate day) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql + " FETCH FIRST 1 ROWS ONLY")) {
            ps.setTimestamp(1, Timestamp.valueOf(day.atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Reads every column of {@code limit} rows of the list with bare SQL: from the newest, or after {@code after}. */
    private static long bareRows(Database db, ListKey after, int limit) throws SQLException {
        String sql = "SELECT * FROM dossiers" + (after == null ? ""
                : " WHERE received_at <= ? AND (received_at < ? OR id < ?)")
                + " ORDER BY received_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY";
        long n = 0;
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (after != null) {
                ps.setObject(1, after.receivedAt());
                ps.setObject(2, after.receivedAt());
                ps.setLong(3, after.id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                n += readEveryColumn(rs);
            }
        }
        return n;
    }

    /** Where the list stands after {@code rank} dossiers (newest first). */
    private static ListKey middleKey(Database db, int rank) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT received_at, id FROM dossiers ORDER BY received_at DESC, id DESC OFFSET " + rank
                        + " ROWS FETCH FIRST 1 ROWS ONLY")) {
            rs.next();
            return new ListKey(rs.getObject(1, java.time.LocalDateTime.class), rs.getLong(2));
        }
    }

    /** Dossiers the dashboard counted: the period's and the previous period's. */
    private static long dashboardRows(DashboardData d) {
        return d.current().received() + d.previous().received();
    }

    /** The same text tests as the list's filter, on keys made beforehand, without the list. */
    private static long bareFilter(List<DossierRow> rows, String[] typed) {
        String[] keys = new String[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (rows.get(i).dossier().code() + " " + rows.get(i).dossier().applicant()).toLowerCase();
        }
        long n = 0;
        for (String text : typed) for (String k : keys) if (k.contains(text)) n++;
        return n;
    }

    /** The step with the dossiers it read (known only after it ran). */
    private static Step withRows(Step s, long rows) {
        return new Step(s.name(), rows, s.seconds(), s.floorSeconds(), s.peakHeapBytes());
    }

    /** The filter step timed per keystroke (it typed {@code keystrokes} times). */
    private static Step perKeystroke(Step s, int keystrokes) {
        return new Step(s.name(), s.rows(), s.seconds() / keystrokes, s.floorSeconds() / keystrokes, s.peakHeapBytes());
    }

    private static long checked(ImportReport report) {
        if (!report.ok()) throw new IllegalStateException("bench import failed: " + report.problems());
        return report.added() + report.updated();
    }

    /** The period's rates and counters as {@code reformdesk report --period P --format json} computes them. */
    private static long rates(RegisterService service, Period p, LocalDate asOf) {
        return service.serviceRates(p, asOf).received();
    }

    private void measure(String name, long rows, Callable<Long> app, Callable<Long> floor) throws Exception {
        log.printf("  %s …%n", name);
        log.flush();
        System.gc();
        long processed;
        double seconds;
        long peak;
        try (HeapPeak heap = new HeapPeak()) {
            long t0 = System.nanoTime();
            processed = app.call();
            seconds = (System.nanoTime() - t0) / 1e9;
            peak = heap.peak();
        }
        double floorSeconds = floor == null ? 0 : timed(floor); // 0: nothing bare does the same work
        steps.add(new Step(name, processed, seconds, floorSeconds, peak));
    }

    /** The seconds {@code work} takes, after a garbage collection (a floor's, or a figure printed under the table). */
    private static double timed(Callable<?> work) throws Exception {
        System.gc();
        long t = System.nanoTime();
        work.call();
        return (System.nanoTime() - t) / 1e9;
    }

    // ---- floors: the same work done bare ----

    /**
     * The same rows bare: parse the CSV without checks, no look-ups, no comparison, no audit, and write them with
     * the engine's own bulk insert (H2: INSERT batches; PostgreSQL: COPY, or INSERT batches with
     * -Dreformdesk.copy=false) into scratch tables shaped exactly like {@code dossiers} and {@code supplement_cycles}
     * (same columns, the same unique, foreign-key and secondary indexes), in one transaction like the import (all or
     * nothing, H2's bulk settings through {@link vn.reformdesk.store.Transactions#inBulkTransaction}), on one thread;
     * a cycle finds its dossier by code in its insert. What the database itself needs for these rows; without the
     * indexes the floor would be a table the app does not have.
     */
    private static long bareImport(Database db, Path file, boolean bulk, boolean indexesAfter) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_floor (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " code VARCHAR(100) NOT NULL, procedure_id BIGINT NOT NULL"
                    + (indexesAfter ? "" : " REFERENCES procedures (id)") + ","
                    + " applicant VARCHAR(1000), channel VARCHAR(16) NOT NULL, received_at TIMESTAMP NOT NULL,"
                    + " resolved_on DATE, outcome VARCHAR(16), paid_online BOOLEAN, inputs_digitised BOOLEAN,"
                    + " electronic_result BOOLEAN, result_digitised BOOLEAN, reused_data BOOLEAN, rating VARCHAR(20),"
                    + " complaint BOOLEAN, apology_on DATE, new_appointment_on DATE, unit_code VARCHAR(64),"
                    + " updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, code_key VARCHAR(100) GENERATED ALWAYS"
                    + " AS (LOWER(code))" + (db.isServer() ? " STORED" : "") + ")");
            // the indexes of dossiers as migrations V13 and V15 leave them: one unique index on the codes
            st.execute("CREATE UNIQUE INDEX ux_bench_floor_code_key ON bench_floor (code_key)");
            if (!indexesAfter) secondaryIndexes(st, !db.isServer());
            st.execute("CREATE TABLE bench_floor_cycles (dossier_id BIGINT NOT NULL REFERENCES bench_floor (id)"
                    + " ON DELETE CASCADE, cycle_no INTEGER NOT NULL, requested_on DATE NOT NULL, received_on DATE,"
                    + " PRIMARY KEY (dossier_id, cycle_no), CHECK (received_on IS NULL OR received_on >= requested_on))");
        }
        try {
            return load(db, file, bulk, "bench_floor", "bench_floor_cycles");
        } finally {
            if (indexesAfter) {
                try (Connection c = db.connection(); Statement st = c.createStatement()) {
                    secondaryIndexes(st, false);
                    // unchecked, as the app restores them after its own check of the distinct values
                    st.execute("ALTER TABLE bench_floor ADD CONSTRAINT fk_bench_floor_procedure FOREIGN KEY"
                            + " (procedure_id) REFERENCES procedures (id) NOCHECK");
                    st.execute("ALTER TABLE bench_floor ADD CONSTRAINT fk_bench_floor_unit FOREIGN KEY (unit_code)"
                            + " REFERENCES units (code) ON UPDATE CASCADE NOCHECK");
                }
            }
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.execute("DROP TABLE bench_floor_cycles");
                st.execute("DROP TABLE bench_floor");
            }
        }
    }

    /**
     * A small import's second floor: its rows bare into the register's own dossiers and cycles, at the register's size
     * and with its indexes and keys, committed and synced as the app's import is; {@link #deleteBare} removes them
     * again (its figures never saw them: nothing raised the data version). Its first floor writes into an empty table
     * of the same shape, which leaves out what a B-tree of a million entries costs the engine to change.
     */
    private static long bareIntoRegister(Database db, Path file) throws Exception {
        return load(db, file, false, "dossiers", "supplement_cycles");
    }

    /** Deletes the dossiers {@link #bareIntoRegister} wrote, by their codes' prefix; their cycles go with them. */
    private static void deleteBare(Database db, String codePrefix) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("DELETE FROM dossiers WHERE code_key LIKE LOWER(?)")) {
            ps.setString(1, codePrefix + "%");
            ps.executeUpdate();
        }
    }

    /** The file's rows by bare batches into {@code table} and its cycles into {@code cyclesTable}; committed. */
    private static long load(Database db, Path file, boolean bulk, String table, String cyclesTable) throws Exception {
        java.util.Map<String, Long> procedureIds = new java.util.HashMap<>();
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code, id FROM procedures")) {
            while (rs.next()) procedureIds.put(rs.getString(1), rs.getLong(2));
        }
        vn.reformdesk.store.Transactions.Work<Long> work = c -> {
            long n = 0;
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 var ps = db.engine().bulkInsert(c, table, List.of("procedure_id", "applicant", "channel",
                         "received_at", "resolved_on", "outcome", "paid_online", "inputs_digitised",
                         "electronic_result", "rating", "complaint", "apology_on", "code", "unit_code"));
                 PreparedStatement cycles = c.prepareStatement("INSERT INTO " + cyclesTable + " (dossier_id,"
                         + " cycle_no, requested_on, received_on)"
                         + " VALUES ((SELECT id FROM " + table + " WHERE code_key = LOWER(?)),1,?,?)")) {
                int pendingCycles = 0;
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    ps.number(procedureIds.get(r.get("procedure_code")));
                    ps.text(r.get("applicant"));
                    ps.text(r.get("channel"));
                    ps.timestamp(java.time.LocalDateTime.parse(r.get("received_at")));
                    ps.date(date(r.get("resolved_on")));
                    ps.text(empty(r.get("outcome")));
                    ps.bool(bool(r.get("paid_online")));
                    ps.bool(bool(r.get("inputs_digitised")));
                    ps.bool(bool(r.get("electronic_result")));
                    ps.text(empty(r.get("rating")));
                    ps.bool(bool(r.get("complaint")));
                    ps.date(date(r.get("apology_on")));
                    ps.text(r.get("code"));
                    ps.text(r.isMapped("unit_code") ? r.get("unit_code") : "home"); // the app puts a row without one in the home unit
                    ps.endRow();
                    n++;
                    LocalDate requested = date(r.get("supplement_requested_on"));
                    if (requested != null) {
                        cycles.setString(1, r.get("code"));
                        cycles.setObject(2, requested);
                        LocalDate received = date(r.get("supplement_received_on"));
                        if (received == null) cycles.setNull(3, java.sql.Types.DATE);
                        else cycles.setObject(3, received);
                        cycles.addBatch();
                        pendingCycles++;
                    }
                    if (pendingCycles >= 5_000) { // their dossiers are written first (a COPY holds the connection)
                        ps.finish();
                        cycles.executeBatch();
                        pendingCycles = 0;
                    }
                }
                ps.finish();
                cycles.executeBatch();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return n;
        };
        // bulk as the import is, without raising the register's data version: the figures the import stored
        // (the months' settled tallies) stay current for the steps after it
        // (a small one's floors are synced as the app's import is)
        return bulk ? vn.reformdesk.store.Transactions.inBulkTransactionOutsideTheRegister(db, work)
                : vn.reformdesk.store.Transactions.inTransactionOutsideTheRegister(db, work);
    }

    /**
     * The non-unique indexes of dossiers as migration V13 leaves them; with {@code unitKey}, also the one H2 gives the
     * foreign key to units of its own (V10, V13; a key added afterwards makes it itself).
     */
    private static void secondaryIndexes(Statement st, boolean unitKey) throws SQLException {
        st.execute("CREATE INDEX ix_bench_floor_received ON bench_floor (received_at)");
        st.execute("CREATE INDEX ix_bench_floor_procedure ON bench_floor (procedure_id)");
        st.execute("CREATE INDEX ix_bench_floor_open ON bench_floor (resolved_on)");
        if (unitKey) st.execute("CREATE INDEX ix_bench_floor_unit_key ON bench_floor (unit_code)");
        st.execute("CREATE INDEX ix_bench_floor_unit ON bench_floor (unit_code, received_at)");
    }

    private static String empty(String s) { return s.isEmpty() ? null : s; }

    private static LocalDate date(String s) { return s.isEmpty() ? null : LocalDate.parse(s); }

    private static Boolean bool(String s) { return s.isEmpty() ? null : Boolean.parseBoolean(s); }

    /** Read received dates and add the processing time skipping weekends only: a bare loop. */
    private static long bareDueDates(Database db) throws SQLException {
        long n = 0;
        long sum = 0;
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT d.received_at, p.processing_days FROM dossiers d"
                     + " JOIN procedures p ON p.id = d.procedure_id")) {
            while (rs.next()) {
                LocalDate day = rs.getTimestamp(1).toLocalDateTime().toLocalDate();
                int left = rs.getInt(2);
                while (left > 0) {
                    day = day.plusDays(1);
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) left--;
                }
                sum += day.toEpochDay();
                n++;
            }
        }
        return sum == 0 ? 0 : n;
    }

    /** The board's first view as the screen reads it (counts and first pages); the rows shown. */
    private static long boardFirstView(RegisterService service, LocalDate asOf) {
        OverdueViewModel.Loaded loaded = OverdueViewModel.read(service, UnitScope.ALL, asOf);
        long shown = 0;
        for (BoardPages.Page p : loaded.first().values()) shown += p.rows().size();
        return shown;
    }

    /** The first view, then every further page the screen reads in the background; the dossiers listed, once each. */
    private static long boardWhole(RegisterService service, LocalDate asOf) {
        OverdueViewModel.Loaded loaded = OverdueViewModel.read(service, UnitScope.ALL, asOf);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (var e : loaded.first().entrySet()) {
            BoardPages.Page p = e.getValue();
            for (;;) {
                for (DossierRow r : p.rows()) ids.add(r.dossier().id());
                if (p.last()) break;
                p = loaded.pages().next(e.getKey().kind(), p.next(), OverdueViewModel.PAGE);
            }
        }
        return ids.size();
    }

    /**
     * The first view's floor: bare SQL doing the same counts and first pages on the stored rows, per unit: the open
     * rows overdue, due soon and without a letter due within a working day, the resolved ones without a letter.
     */
    private static long bareBoardFirstView(Database db, RegisterService service, LocalDate asOf) throws SQLException {
        long n = 0;
        int k = service.deadlineSettings().dueSoonDays();
        try (Connection c = db.connection()) {
            for (String unit : service.unitCodes(UnitScope.ALL)) {
                var cal = service.calculator(unit).calendar();
                List<LocalDate> nth = new ArrayList<>(List.of(asOf));
                for (LocalDate d = asOf; nth.size() <= Math.max(k, 1) + 1; ) {
                    d = d.plusDays(1);
                    if (cal.isWorkingDay(d)) nth.add(d);
                }
                // each part: its condition, its order, and the days bound after unit_code (open rows by due date,
                // resolved late ones by working days late)
                String due = " ORDER BY unit_code, resolved, due_on, received_at, dossier_id";
                String[][] parts = {
                        {"resolved = FALSE AND due_on < ?", due},
                        {"resolved = FALSE AND due_on >= ? AND due_on < ?", due},
                        {"resolved = FALSE AND due_on < ? AND (apology_on IS NULL OR apology_on > ?)", due},
                        {"resolved = TRUE AND (apology_on IS NULL OR apology_on > ?)",
                                " ORDER BY unit_code, resolved, late_days DESC, due_on, received_at, dossier_id"}};
                LocalDate[][] days = {{asOf}, {asOf, nth.get(k + 1)}, {nth.get(2), asOf}, {asOf}};
                for (int p = 0; p < parts.length; p++) {
                    for (boolean count : new boolean[] {true, false}) {
                        String sql = (count ? "SELECT COUNT(*)" : "SELECT *") + " FROM board_dossiers WHERE unit_code = ? AND "
                                + parts[p][0] + (count ? "" : parts[p][1] + " FETCH FIRST " + OverdueViewModel.FIRST + " ROWS ONLY");
                        try (PreparedStatement ps = c.prepareStatement(sql)) {
                            ps.setString(1, unit);
                            for (int d = 0; d < days[p].length; d++) ps.setObject(2 + d, days[p][d]);
                            try (ResultSet rs = ps.executeQuery()) {
                                n += readEveryColumn(rs);
                            }
                        }
                    }
                }
            }
        }
        return n;
    }

    /**
     * The board's floor: bare SQL reading every column of the stored board rows its lists come from on {@code asOf}
     * (open and due within a week, or resolved late without an apology letter), without deadlines or sorting.
     */
    private static long bareBoard(Database db, LocalDate asOf) throws SQLException {
        long n = 0;
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT * FROM board_dossiers"
                + " WHERE (resolved = FALSE AND due_on < ?) OR (resolved = TRUE AND (apology_on IS NULL OR apology_on > ?))")) {
            ps.setObject(1, asOf.plusDays(7));
            ps.setObject(2, asOf);
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                n += readEveryColumn(rs);
            }
        }
        return n;
    }

    /** Reads every column of every row, as the app's own read would; the rows read. */
    private static long readEveryColumn(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        long n = 0;
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) rs.getObject(i);
            n++;
        }
        return n;
    }

    private static long bareCount(Database db, String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long bareGroupBy(Database db, LocalDate from, LocalDate to) throws SQLException {
        long n = 0;
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT channel, outcome,"
                + " COUNT(*) FROM dossiers WHERE received_at >= ? AND received_at < ? GROUP BY channel, outcome")) {
            ps.setTimestamp(1, Timestamp.valueOf(from.atStartOfDay()));
            ps.setTimestamp(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) n += rs.getLong(3);
            }
        }
        return n;
    }

    private static long bareExport(Database db, Path file) throws Exception {
        long n = 0;
        try (Connection c = db.connection()) {
            // PostgreSQL's driver holds a whole result in memory unless it is read by the fetch size in a transaction:
            // a million dossiers did not fit in 512 MB
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(5_000);
                try (ResultSet rs = st.executeQuery("SELECT * FROM dossiers");
                     BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                     CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
                    int cols = rs.getMetaData().getColumnCount();
                    Object[] row = new Object[cols];
                    while (rs.next()) {
                        for (int i = 0; i < cols; i++) row[i] = rs.getObject(i + 1);
                        p.printRecord(row);
                        n++;
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        return n;
    }

    /** The result as a text table. */
    public static String table(List<Step> steps, int dossiers) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-42s %12s %10s %12s %10s %8s %10s%n", "step", "rows", "time (s)", "rows/s",
                "floor (s)", "ratio", "peak heap"));
        for (Step s : steps) {
            boolean floor = s.floorSeconds() > 0;
            sb.append(String.format("%-42s %,12d %10.3f %,12.0f %10s %8s %7.0f MB%n", s.name(), s.rows(), s.seconds(),
                    s.rows() / Math.max(1e-9, s.seconds()), floor ? String.format("%.3f", s.floorSeconds()) : "-",
                    floor ? String.format("%.1f", s.ratio()) : "-", s.peakHeapBytes() / 1048576.0));
        }
        sb.append(String.format("dossiers: %,d; JVM max heap %d MB; %d cores; %s %s; Java %s%n", dossiers,
                Runtime.getRuntime().maxMemory() / 1048576, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version")));
        return sb.toString();
    }
}
