package vn.reformdesk.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.calendar.VietnamTime;
import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.BoardRepository;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.store.TallyRepository;
import vn.reformdesk.store.UnitRepository;
import vn.reformdesk.domain.unit.UnitScope;

/**
 * The register as the screens, reports and commands see it: dossiers with deadlines computed on read from
 * their events and the current calendar (nothing stored can go stale when a holiday is edited).
 */
public final class RegisterService {
    private final ProcedureRepository procedures;
    private final DossierRepository dossiers;
    private final CalendarRepository calendar;
    private final SettingsRepository settings;
    private final PeriodTallies tallies;
    private final TallyRepository store;
    private final UnitRepository units;
    private final BoardRepository board;

    public RegisterService(Database db) {
        this.procedures = new ProcedureRepository(db);
        this.dossiers = new DossierRepository(db);
        this.calendar = new CalendarRepository(db);
        this.settings = new SettingsRepository(db);
        this.store = new TallyRepository(db);
        this.units = new UnitRepository(db);
        this.board = new BoardRepository(db);
        this.tallies = new PeriodTallies(dossiers, store, units);
    }

    /** The province's units, the home unit and those this login may see. */
    public UnitRepository units() { return units; }

    /**
     * A calculator per unit code, each on that unit's calendar (its own changes, else its parent's: see
     * {@link CalendarRepository}); for one refresh, report or command.
     */
    public java.util.function.Function<String, DeadlineCalculator> calculators() {
        DeadlineSettings ds = deadlineSettings();
        Map<String, DeadlineCalculator> byUnit = new java.util.concurrent.ConcurrentHashMap<>();
        return unit -> unit == null ? calculator()
                : byUnit.computeIfAbsent(unit, u -> new DeadlineCalculator(calendar.forUnit(u).workingCalendar(), ds));
    }

    /** A calculator on one unit's calendar. */
    public DeadlineCalculator calculator(String unitCode) {
        return new DeadlineCalculator(calendar.forUnit(unitCode).workingCalendar(), deadlineSettings());
    }

    /** The codes of the units a scope covers (of those this login may see). */
    public List<String> unitCodes(UnitScope scope) {
        return units.covered(scope).stream().map(vn.reformdesk.domain.unit.Unit::code).toList();
    }

    /** Period tallies, reused from the database while nothing was written since they were computed. */
    public PeriodTallies tallies() { return tallies; }

    public ProcedureRepository procedures() { return procedures; }

    public DossierRepository dossiers() { return dossiers; }

    public CalendarRepository calendar() { return calendar; }

    public SettingsRepository settings() { return settings; }

    public DeadlineSettings deadlineSettings() { return settings.deadlineSettings(); }

    /** A calculator on the current calendar and settings; build one per screen refresh or report. */
    public DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendar.workingCalendar(), deadlineSettings());
    }

    /** Every dossier with its deadline as of {@code asOf}. */
    public List<DossierRow> rowsAsOf(LocalDate asOf) { return rowsAsOf(UnitScope.ALL, asOf); }

    /** Every dossier of the scope's units with its deadline (on its unit's calendar) as of {@code asOf}. */
    public List<DossierRow> rowsAsOf(UnitScope scope, LocalDate asOf) {
        return rows(dossiers.findAll(scope), asOf, calculators());
    }

    /** Rows of dossiers of any units, each dossier's deadline on its unit's calendar. */
    public List<DossierRow> rows(List<Dossier> list, LocalDate asOf,
                                 java.util.function.Function<String, DeadlineCalculator> calcOf) {
        Map<String, Procedure> byCode = proceduresByCode();
        List<DossierRow> out = new ArrayList<>(list.size());
        for (Dossier d : list) {
            Procedure p = byCode.get(d.procedureCode());
            out.add(new DossierRow(d, p, calcOf.apply(d.unitCode()).compute(d, p, asOf)));
        }
        return out;
    }

    public List<DossierRow> rows(List<Dossier> list, LocalDate asOf, DeadlineCalculator calc) {
        Map<String, Procedure> byCode = proceduresByCode();
        List<DossierRow> out = new ArrayList<>(list.size());
        for (Dossier d : list) {
            Procedure p = byCode.get(d.procedureCode());
            out.add(new DossierRow(d, p, calc.compute(d, p, asOf)));
        }
        return out;
    }

    public DossierRow row(Dossier d, LocalDate asOf) {
        Procedure p = procedures.findByCode(d.procedureCode()).orElseThrow();
        return new DossierRow(d, p, calculator(d.unitCode()).compute(d, p, asOf));
    }

    /**
     * Calls {@code action} for every dossier received in [from, to] (nulls = all) with its deadline as of
     * {@code asOf}, one at a time (memory stays flat however large the register).
     */
    public void forEachRow(LocalDate from, LocalDate to, LocalDate asOf, java.util.function.Consumer<DossierRow> action) {
        forEachRow(UnitScope.ALL, from, to, asOf, action);
    }

    /** As above, of the scope's units. */
    public void forEachRow(UnitScope scope, LocalDate from, LocalDate to, LocalDate asOf,
                           java.util.function.Consumer<DossierRow> action) {
        var calcOf = calculators();
        Map<String, Procedure> byCode = proceduresByCode();
        dossiers.forEach(scope, from, to, d -> {
            Procedure p = byCode.get(d.procedureCode());
            action.accept(new DossierRow(d, p, calcOf.apply(d.unitCode()).compute(d, p, asOf)));
        });
    }

    /**
     * The Decision 766 rates and the counters of the dossiers received in {@code period}, statuses as of
     * {@code asOf} (the report and the bench): the sum of the period's months' stored settled tallies and its open
     * dossiers counted fresh ({@link PeriodTallies#byMonths}); a month not stored is read and stored.
     */
    public ServiceRates serviceRates(Period period, LocalDate asOf) { return serviceRates(UnitScope.ALL, period, asOf); }

    /** As above, of the scope's units: the sum of each unit's counts, each on its own calendar. */
    public ServiceRates serviceRates(UnitScope scope, Period period, LocalDate asOf) {
        List<Procedure> all = procedures.findAll();
        Map<String, Procedure> byCode = new HashMap<>();
        for (Procedure p : all) byCode.put(p.code(), p);
        RateTally sum = tallies.byMonths(scope, period, asOf, byCode, calculators()).tally();
        return ServiceRates.of(period, asOf, sum, all);
    }

    /**
     * What the dashboard counts for a period on {@code today}: the tallies of the period and of the one before, each
     * as of {@link Period#reportAsOf}, and the register's overdue and due-soon dossiers as of {@code today}; from the
     * stored figures where they hold, and stored where they did not. The work is split in two halves for the two
     * cores of an office PC: the previous period, then the open dossiers, in the background; the period here.
     */
    public DashboardFigures dashboardFigures(Period period, LocalDate today) {
        return dashboardFigures(UnitScope.ALL, period, today);
    }

    /** As above, of the scope's units. */
    public DashboardFigures dashboardFigures(UnitScope scope, Period period, LocalDate today) {
        Map<String, Procedure> byCode = proceduresByCode();
        var calcOf = calculators();
        Period prev = period.previous();
        java.util.concurrent.CompletableFuture<RateTally> previous = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> tallies.tally(scope, prev, prev.reportAsOf(today), byCode, calcOf).tally());
        java.util.concurrent.CompletableFuture<int[]> open = previous.thenApply(x -> openCounts(scope, today, calcOf));
        RateTally current = tallies.tally(scope, period, period.reportAsOf(today), byCode, calcOf).tally();
        int[] counts = Futures.result(open);
        return new DashboardFigures(List.copyOf(byCode.values()), current, Futures.result(previous), counts[0],
                counts[1]);
    }

    /** A period's dashboard counts (see {@link #dashboardFigures}) and the procedures they were counted with. */
    public record DashboardFigures(List<Procedure> procedures, RateTally current, RateTally previous, int overdue,
                                   int dueSoon) {}

    /**
     * Computes and stores, unless they are stored already, what the dashboard's first view on {@code today} reads:
     * the figures of the quarter of that day (the period the dashboard opens on). The app calls it on exit after a
     * write, so the next start, on that day or a later one, shows its figures without counting the register again.
     */
    public void storeDashboardFigures(LocalDate today) {
        dashboardFigures(UnitScope.ALL, Period.of(Period.Kind.QUARTER, today), today);
    }

    /**
     * How many dossiers are overdue and due soon on {@code asOf}, reading only the dossiers still open then. Their
     * due dates are stored: while nothing is written (and none of them has a later receipt, supplement or
     * resolution), the counts of any later day follow from the due dates alone, without reading the dossiers.
     */
    public int[] openCounts(LocalDate asOf) { return openCounts(UnitScope.ALL, asOf); }

    /** As above, of the scope's units (each unit's due dates stored on their own). */
    public int[] openCounts(UnitScope scope, LocalDate asOf) { return openCounts(scope, asOf, calculators()); }

    private int[] openCounts(UnitScope scope, LocalDate asOf,
                             java.util.function.Function<String, DeadlineCalculator> calcOf) {
        int[] sum = new int[2];
        for (String unit : unitCodes(scope)) {
            int[] one = unitOpenCounts(unit, asOf, calcOf.apply(unit));
            sum[0] += one[0];
            sum[1] += one[1];
        }
        return sum;
    }

    private int[] unitOpenCounts(String unit, LocalDate asOf, DeadlineCalculator calc) {
        TallyRepository store = this.store.forUnit(unit);
        UnitScope scope = UnitScope.of(unit);
        long version = store.dataVersion(); // before any data: a write after it leaves the due dates unstored
        var stored = store.findOpenDueDates(version);
        if (stored.isPresent() && stored.get().holdsOn(asOf)) {
            // moved to the day read (never a later one than today), so that day's writes apply to them
            if (!asOf.isAfter(VietnamTime.today())) store.advanceOpenDueDates(stored.get(), asOf, version);
            return openCounts(stored.get().dueDates(), asOf, calc);
        }
        Map<String, Procedure> byCode = proceduresByCode();
        java.util.SortedMap<LocalDate, Integer> dueDates = new java.util.TreeMap<>();
        // The first day after asOf on which an open dossier's facts change (its resolution, a supplement requested or
        // received) or a dossier is received: until then every status follows from the due dates alone.
        LocalDate[] until = {dossiers.firstReceiptAfter(scope, asOf).orElse(null)};
        java.util.function.Consumer<LocalDate> event = day -> {
            if (day != null && day.isAfter(asOf) && (until[0] == null || day.isBefore(until[0]))) until[0] = day;
        };
        dossiers.forEachOpen(scope, asOf, d -> {
            Deadline deadline = calc.compute(d, byCode.get(d.procedureCode()), asOf);
            // one waiting for a supplement is neither overdue nor due soon, whatever the day
            if (deadline.status() != DossierStatus.PAUSED) dueDates.merge(deadline.dueOn(), 1, Integer::sum);
            event.accept(d.resolvedOn());
            for (var cycle : d.supplements()) {
                event.accept(cycle.requestedOn());
                event.accept(cycle.receivedOn());
            }
        });
        store.saveOpenDueDates(new TallyRepository.OpenDueDates(dueDates, asOf, until[0]), version);
        return openCounts(dueDates, asOf, calc);
    }

    /** Overdue and due-soon counts from the due dates of open dossiers not waiting for a supplement. */
    private static int[] openCounts(Map<LocalDate, Integer> dueDates, LocalDate asOf, DeadlineCalculator calc) {
        int[] counts = new int[2];
        dueDates.forEach((due, n) -> {
            DossierStatus s = calc.openStatus(due, asOf);
            if (s == DossierStatus.OVERDUE) counts[0] += n;
            if (s == DossierStatus.DUE_SOON) counts[1] += n;
        });
        return counts;
    }

    /**
     * The overdue board, from its stored candidates (V12, {@link BoardRepository}): per unit, the dossiers that can
     * be on it, with their due dates, kept write by write and valid while no dated event comes between. Each list is
     * an index read of them; only the listed dossiers are read whole, by id, and their deadlines computed as on every
     * screen. A unit whose candidates are not current (a calendar, procedure or setting edit; another day after an
     * event; a database from before V12) is counted again ({@link #overdueBoardCounted}'s reads) and stored.
     * The lists are in order of receipt (then code), as the dossier list; tested equal to counting every dossier.
     */
    public OverdueBoard overdueBoard(LocalDate asOf) { return overdueBoard(UnitScope.ALL, asOf); }

    /** As above, of the scope's units; each dossier's deadline on its unit's calendar. */
    public OverdueBoard overdueBoard(UnitScope scope, LocalDate asOf) {
        var calc = calculators();
        Map<String, Procedure> byCode = proceduresByCode();
        int dueSoonDays = deadlineSettings().dueSoonDays();
        List<String> units = unitCodes(scope);
        long version = store.dataVersion(); // before any data: a write after it leaves what is counted here unstored
        Map<String, BoardRepository.State> states = board.findStates(units, version);
        List<String> stored = new ArrayList<>();
        List<DossierRow> rows = new ArrayList<>();
        LocalDate dueBefore = asOf;
        advanceBoards(states, asOf, version);
        for (String unit : units) {
            BoardRepository.State state = states.get(unit);
            if (state != null && state.holdsOn(asOf)) stored.add(unit);
            else rows.addAll(rows(countBoard(unit, asOf, calc.apply(unit), byCode, version), asOf, calc));
            // past every due-soon and apology horizon of this unit: the day after its max(K, 1)-th working day
            LocalDate horizon = calc.apply(unit).calendar().plusWorkingDays(asOf, Math.max(dueSoonDays, 1) + 1);
            if (horizon.isAfter(dueBefore)) dueBefore = horizon;
        }
        // the stored rows hold each dossier's due date and cycles on every day they hold: no dossier is read
        for (BoardRepository.Candidate k : board.listed(stored, asOf, dueBefore)) {
            Procedure p = byCode.get(k.procedureCode());
            Dossier d = k.dossier();
            rows.add(new DossierRow(d, p, calc.apply(k.unitCode()).fromDueDate(d, p, k.dueOn(), k.cycles(), asOf)));
        }
        return board(asOf, rows, dueSoonDays);
    }

    /**
     * The overdue board by pages ({@link BoardPages}): what the screen shows first (each list's count and first rows)
     * without reading the lists whole. The stored candidates of a unit that are not current are counted and stored
     * first, as {@link #overdueBoard} does; if a write came in between and left them unstored, the pages are cut from
     * the board counted whole. Tested equal, page by page, to {@link #overdueBoardCounted} in {@link BoardPages#ORDER}.
     */
    public BoardPages overdueBoardPages(UnitScope scope, LocalDate asOf) {
        var calc = calculators();
        Map<String, Procedure> byCode = proceduresByCode();
        int dueSoonDays = deadlineSettings().dueSoonDays();
        List<String> units = unitCodes(scope);
        long version = store.dataVersion();
        Map<String, BoardRepository.State> states = board.findStates(units, version);
        advanceBoards(states, asOf, version);
        boolean counted = false;
        for (String unit : units) {
            BoardRepository.State state = states.get(unit);
            if (state != null && state.holdsOn(asOf)) continue;
            countBoard(unit, asOf, calc.apply(unit), byCode, version);
            counted = true;
        }
        if (counted) {
            Map<String, BoardRepository.State> now = board.findStates(units, store.dataVersion());
            for (String unit : units) {
                BoardRepository.State state = now.get(unit);
                if (state == null || !state.holdsOn(asOf)) return BoardPages.whole(overdueBoard(scope, asOf));
            }
        }
        return BoardPages.stored(board, units, asOf, dueSoonDays, calc, byCode);
    }

    /**
     * Moves the units' stored candidates that hold on {@code asOf} to that day, so that a dossier written today is
     * applied to them rather than ending them (a day in the future is left alone: a look ahead at the board must not
     * make today's views count again).
     */
    private void advanceBoards(Map<String, BoardRepository.State> states, LocalDate asOf, long version) {
        if (asOf.isAfter(VietnamTime.today())) return;
        states.forEach((unit, state) -> board.advance(unit, state, asOf, version));
    }

    /**
     * Counts a unit's board candidates as of {@code asOf} from its open dossiers and those resolved without an
     * apology letter, and stores them with the day until which they hold (the next dated event among them, or the
     * next receipt), if nothing was written since {@code version}. Returns the candidates, read whole.
     */
    private List<Dossier> countBoard(String unit, LocalDate asOf, DeadlineCalculator calc,
                                     Map<String, Procedure> byCode, long version) {
        UnitScope scope = UnitScope.of(unit);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        LocalDate[] until = {dossiers.firstReceiptAfter(scope, asOf).orElse(null)};
        java.util.function.Consumer<Dossier> count = d -> {
            if (BoardRepository.candidate(d, d.id(), byCode.get(d.procedureCode()), calc, asOf) != null) ids.add(d.id());
            until[0] = BoardRepository.nextEvent(d, asOf, until[0]);
        };
        dossiers.forEachOpen(scope, asOf, count);
        dossiers.forEachResolvedWithoutApology(scope, asOf, count);
        List<Dossier> whole = dossiers.findByIds(ids); // the facts above carry neither code nor applicant
        List<BoardRepository.Candidate> candidates = new ArrayList<>(whole.size());
        for (Dossier d : whole) candidates.add(BoardRepository.candidate(d, d.id(), byCode.get(d.procedureCode()), calc, asOf));
        board.save(unit, new BoardRepository.State(asOf, until[0]), candidates, version);
        return whole;
    }

    /** The board's three lists of the given rows (any others), in order of receipt. */
    private static OverdueBoard board(LocalDate asOf, List<DossierRow> candidates, int dueSoonDays) {
        List<DossierRow> overdue = new ArrayList<>();
        List<DossierRow> dueSoon = new ArrayList<>();
        List<DossierRow> apology = new ArrayList<>();
        for (DossierRow r : candidates) {
            if (r.dossier().receivedOn().isAfter(asOf)) continue;
            DossierStatus s = r.deadline().status();
            if (s == DossierStatus.OVERDUE) overdue.add(r);
            if (s == DossierStatus.DUE_SOON) dueSoon.add(r);
            if (r.deadline().apologyMissing()) apology.add(r);
        }
        for (List<DossierRow> list : List.of(overdue, dueSoon, apology)) list.sort(IN_ORDER_OF_RECEIPT);
        return new OverdueBoard(asOf, dueSoonDays, overdue, dueSoon, apology);
    }

    /**
     * The overdue board counted from the register, without the stored candidates: only open dossiers can be overdue
     * or due soon, and only open ones or those resolved without an apology letter can lack one; their deadline facts
     * are read from indexes and checked, then the listed dossiers are read by id. The reference the stored board is
     * tested against, and the bench's.
     */
    public OverdueBoard overdueBoardCounted(UnitScope scope, LocalDate asOf) {
        var calc = calculators();
        Map<String, Procedure> byCode = proceduresByCode();
        java.util.Set<Long> listed = new java.util.HashSet<>();
        java.util.function.Consumer<Dossier> check = d -> {
            if (d.receivedOn().isAfter(asOf)) return;
            var deadline = calc.apply(d.unitCode()).compute(d, byCode.get(d.procedureCode()), asOf);
            DossierStatus s = deadline.status();
            if (s == DossierStatus.OVERDUE || s == DossierStatus.DUE_SOON || deadline.apologyMissing()) listed.add(d.id());
        };
        dossiers.forEachOpen(scope, asOf, check);
        dossiers.forEachResolvedWithoutApology(scope, asOf, check);

        return board(asOf, rows(dossiers.findByIds(listed), asOf, calc), deadlineSettings().dueSoonDays());
    }

    public Map<String, Procedure> proceduresByCode() {
        Map<String, Procedure> byCode = new HashMap<>();
        for (Procedure p : procedures.findAll()) byCode.put(p.code(), p);
        return byCode;
    }

    private static final java.util.Comparator<DossierRow> IN_ORDER_OF_RECEIPT =
            java.util.Comparator.comparing((DossierRow r) -> r.dossier().receivedAt()).thenComparing(r -> r.dossier().code());

}
