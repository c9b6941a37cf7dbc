package vn.reformdesk.service;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.BoardRepository;
import vn.reformdesk.store.BoardRepository.Candidate;
import vn.reformdesk.store.BoardRepository.Key;
import vn.reformdesk.store.BoardRepository.Part;

/**
 * The overdue board read by pages (issue 18): each list's count and its rows page by page, in {@link #ORDER}, from
 * the stored candidates (V12, V14) without reading a list whole; made by {@link RegisterService#overdueBoardPages}.
 * A list is made of parts, per unit (each on its own calendar): the open candidates in a range of due dates, and for
 * the apology list also those resolved late; each part is read by keyset in the list's order and the parts' pages are
 * merged. When the candidates could not be stored (a write came between the count and its storing) the pages are
 * cut from the board counted whole, in the same order.
 */
public final class BoardPages {
    /** The board's three lists. */
    public enum Kind { OVERDUE, DUE_SOON, MISSING_APOLOGY }

    /**
     * Every list's order: the most urgent first (most working days late, then least left, as the days column sorts),
     * then the earlier due date, the earlier receipt, the dossier's id (no two rows are equal).
     */
    public static final Comparator<DossierRow> ORDER = Comparator.comparingInt(BoardPages::urgency).reversed()
            .thenComparing(r -> r.deadline().dueOn()).thenComparing(r -> r.dossier().receivedAt())
            .thenComparingLong(r -> r.dossier().id());

    /** Working days late if late or overdue, else minus the working days left. */
    public static int urgency(DossierRow r) {
        int late = r.deadline().workingDaysLate();
        return late > 0 ? late : -r.deadline().workingDaysLeft();
    }

    /** Rows of a list; {@code next} = where the list goes on (null: these are its last rows). */
    public record Page(List<DossierRow> rows, Cursor next) {
        public boolean last() { return next == null; }
    }

    /**
     * Where a list was left: per part, the last row read, whether the part has no more, and the rows read but not
     * taken yet (stored pages); or how many rows were taken (whole).
     */
    public record Cursor(Map<Part, Key> after, Set<Part> done, Map<Part, List<DossierRow>> ahead, int taken) {}

    private final LocalDate asOf;
    private final int dueSoonDays;
    private final BoardRepository repo;
    private final Map<Kind, List<Part>> parts;
    private final Function<String, DeadlineCalculator> calcs;
    private final Map<String, Procedure> byCode;
    private final Map<Kind, List<DossierRow>> whole;
    private final Map<Kind, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();

    private BoardPages(LocalDate asOf, int dueSoonDays, BoardRepository repo, Map<Kind, List<Part>> parts,
                       Function<String, DeadlineCalculator> calcs, Map<String, Procedure> byCode,
                       Map<Kind, List<DossierRow>> whole) {
        this.asOf = asOf;
        this.dueSoonDays = dueSoonDays;
        this.repo = repo;
        this.parts = parts;
        this.calcs = calcs;
        this.byCode = byCode;
        this.whole = whole;
    }

    /** Pages of the units' stored candidates, each current on {@code asOf}. */
    static BoardPages stored(BoardRepository repo, List<String> units, LocalDate asOf, int dueSoonDays,
                             Function<String, DeadlineCalculator> calcs, Map<String, Procedure> byCode) {
        Map<Kind, List<Part>> parts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) parts.put(k, new ArrayList<>());
        for (String unit : units) {
            var cal = calcs.apply(unit).calendar();
            // due before the (K+1)-th working day after asOf is due soon (at most K left), before the 2nd needs an
            // apology letter (at most one left)
            parts.get(Kind.OVERDUE).add(new Part(unit, false, null, asOf, null));
            parts.get(Kind.DUE_SOON).add(new Part(unit, false, asOf, cal.plusWorkingDays(asOf, dueSoonDays + 1), null));
            parts.get(Kind.MISSING_APOLOGY).add(new Part(unit, false, null, cal.plusWorkingDays(asOf, 2), asOf));
            parts.get(Kind.MISSING_APOLOGY).add(new Part(unit, true, null, null, asOf));
        }
        return new BoardPages(asOf, dueSoonDays, repo, parts, calcs, byCode, null);
    }

    /** Pages cut from a board counted whole. */
    static BoardPages whole(OverdueBoard board) {
        Map<Kind, List<DossierRow>> lists = new EnumMap<>(Kind.class);
        lists.put(Kind.OVERDUE, sorted(board.overdue()));
        lists.put(Kind.DUE_SOON, sorted(board.dueSoon()));
        lists.put(Kind.MISSING_APOLOGY, sorted(board.missingApology()));
        return new BoardPages(board.asOf(), board.dueSoonDays(), null, null, null, null, lists);
    }

    private static List<DossierRow> sorted(List<DossierRow> rows) {
        List<DossierRow> out = new ArrayList<>(rows);
        out.sort(ORDER);
        return out;
    }

    public LocalDate asOf() { return asOf; }

    /** Whether the pages are read from the stored candidates (else cut from the board counted whole). */
    boolean readsStored() { return whole == null; }

    public int dueSoonDays() { return dueSoonDays; }

    /** How many dossiers the list holds: counted in SQL (index entries), not read. */
    public long count(Kind kind) {
        Long known = counts.get(kind);
        if (known != null) return known;
        long n = 0;
        if (whole != null) n = whole.get(kind).size();
        else for (Part p : parts.get(kind)) n += repo.count(p);
        counts.put(kind, n);
        return n;
    }

    /** The list's first {@code size} rows. */
    public Page first(Kind kind, int size) { return next(kind, new Cursor(Map.of(), Set.of(), Map.of(), 0), size); }

    /** The {@code size} rows after {@code cursor}. */
    public Page next(Kind kind, Cursor cursor, int size) {
        if (whole != null) {
            List<DossierRow> all = whole.get(kind);
            int to = Math.min(all.size(), cursor.taken() + size);
            return new Page(List.copyOf(all.subList(Math.min(cursor.taken(), to), to)),
                    to >= all.size() ? null : new Cursor(Map.of(), Set.of(), Map.of(), to));
        }
        List<Part> of = parts.get(kind);
        Map<Part, Key> after = new HashMap<>(cursor.after());
        Set<Part> done = new HashSet<>(cursor.done());
        Map<Part, ArrayDeque<DossierRow>> ahead = new HashMap<>();
        for (Part p : of) ahead.put(p, new ArrayDeque<>(cursor.ahead().getOrDefault(p, List.of())));
        List<DossierRow> rows = new ArrayList<>(size);
        while (rows.size() < size) {
            // a part with no row read ahead is read on, so that the least of the parts' next rows is the list's next
            for (Part p : of) {
                if (!ahead.get(p).isEmpty() || done.contains(p)) continue;
                List<Candidate> page = repo.page(p, after.get(p), size);
                if (page.size() < size) done.add(p);
                if (page.isEmpty()) continue;
                after.put(p, Key.of(page.get(page.size() - 1)));
                DeadlineCalculator calc = calcs.apply(p.unit());
                for (Candidate k : page) {
                    Procedure proc = byCode.get(k.procedureCode());
                    Dossier d = k.dossier();
                    ahead.get(p).add(new DossierRow(d, proc, calc.fromDueDate(d, proc, k.dueOn(), k.cycles(), asOf)));
                }
            }
            Part least = null;
            for (Part p : of) {
                DossierRow head = ahead.get(p).peekFirst();
                if (head != null && (least == null || ORDER.compare(head, ahead.get(least).peekFirst()) < 0)) least = p;
            }
            if (least == null) break; // every part read to its end
            rows.add(ahead.get(least).pollFirst());
        }
        boolean end = done.containsAll(of) && ahead.values().stream().allMatch(ArrayDeque::isEmpty);
        Map<Part, List<DossierRow>> left = new HashMap<>();
        ahead.forEach((p, q) -> { if (!q.isEmpty()) left.put(p, List.copyOf(q)); });
        return new Page(List.copyOf(rows), end ? null : new Cursor(Map.copyOf(after), Set.copyOf(done), Map.copyOf(left), 0));
    }
}
