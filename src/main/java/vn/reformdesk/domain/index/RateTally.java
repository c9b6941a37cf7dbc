package vn.reformdesk.domain.index;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import vn.reformdesk.domain.deadline.DeadlineCalculator;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * The counts behind a period's {@link ServiceRates}, kept per procedure. Every count is a sum over dossiers, so the
 * tally of a set of dossiers is the sum of the tallies of its parts: the dashboard adds the stored tally of the
 * dossiers already resolved to a fresh one of those still open, instead of reading the whole period again. Pure.
 */
public final class RateTally {

    /** What is counted, per procedure. The store names its columns after these. */
    public enum Count {
        RECEIVED, DIRECT, ONLINE, POSTAL, EARLY, ON_TIME, LATE, OVERDUE, PENDING, DUE_SOON, PAUSED,
        /** Dossiers under a fee-bearing procedure. */
        FEE_DOSSIERS, PAID_ONLINE, ISSUED, ELECTRONIC_RESULT, DIGITISED,
        /** Judged dossiers (resolved or overdue) with a complaint or a dissatisfied rating. */
        NEGATIVE, REUSED
    }

    private static final int N = Count.values().length;

    private final Map<String, long[]> byProcedure = new TreeMap<>();

    /**
     * The tally of the dossiers received in the period up to {@code asOf} (any others are skipped), with their
     * statuses as of {@code asOf}.
     */
    public static RateTally of(Period period, LocalDate asOf, Collection<Dossier> dossiers,
                               Function<String, Procedure> procedureOf, DeadlineCalculator calc) {
        LocalDate last = period.reportAsOf(asOf);
        RateTally t = new RateTally();
        for (Dossier d : dossiers) {
            if (!d.receivedOn().isBefore(period.start()) && !d.receivedOn().isAfter(last)) t.add(d, procedureOf, calc, asOf);
        }
        return t;
    }

    /** Counts one dossier with its status as of {@code asOf}; its procedure must be known (the register's key). */
    public void add(Dossier d, Function<String, Procedure> procedureOf, DeadlineCalculator calc, LocalDate asOf) {
        Procedure p = procedureOf.apply(d.procedureCode());
        if (p == null) throw new IllegalArgumentException("dossier " + d.code() + ": unknown procedure " + d.procedureCode());
        add(d, p, calc.compute(d, p, asOf).status());
    }

    /** Counts one dossier of the procedure with its status as of the tally's date. */
    public void add(Dossier d, Procedure p, DossierStatus s) {
        long[] c = byProcedure.computeIfAbsent(p.code(), k -> new long[N]);
        c[Count.RECEIVED.ordinal()]++;
        c[channel(d).ordinal()]++;
        c[status(s).ordinal()]++;
        if (p.feeBearing()) {
            c[Count.FEE_DOSSIERS.ordinal()]++;
            if (yes(d.paidOnline())) c[Count.PAID_ONLINE.ordinal()]++;
        }
        boolean resolved = s.resolved();
        if (resolved && d.outcome() == Outcome.ISSUED) {
            c[Count.ISSUED.ordinal()]++;
            if (yes(d.electronicResult())) {
                c[Count.ELECTRONIC_RESULT.ordinal()]++;
                if (yes(d.inputsDigitised())) c[Count.DIGITISED.ordinal()]++;
            }
        }
        boolean judged = resolved || s == DossierStatus.OVERDUE;
        boolean negative = yes(d.complaint()) || (d.rating() != null && d.rating().negative());
        if (judged && negative) c[Count.NEGATIVE.ordinal()]++;
        if (yes(d.reusedData())) c[Count.REUSED.ordinal()]++;
    }

    private static Count channel(Dossier d) {
        return switch (d.channel()) {
            case DIRECT -> Count.DIRECT;
            case ONLINE -> Count.ONLINE;
            case POSTAL -> Count.POSTAL;
        };
    }

    private static Count status(DossierStatus s) {
        return switch (s) {
            case EARLY -> Count.EARLY;
            case ON_TIME -> Count.ON_TIME;
            case LATE -> Count.LATE;
            case OVERDUE -> Count.OVERDUE;
            case PAUSED -> Count.PAUSED;
            case PENDING -> Count.PENDING;
            case DUE_SOON -> Count.DUE_SOON; // also pending: ServiceRates adds the two
            default -> throw new IllegalStateException(s.toString());
        };
    }

    /** Sets a procedure's counts (the store reads a tally back this way). */
    public void put(String procedureCode, long[] counts) {
        if (counts.length != N) throw new IllegalArgumentException("expected " + N + " counts");
        byProcedure.put(procedureCode, counts.clone());
    }

    /** This tally plus another (of other dossiers), as a new tally. */
    public RateTally plus(RateTally other) {
        RateTally sum = new RateTally();
        for (var e : byProcedure.entrySet()) sum.byProcedure.put(e.getKey(), e.getValue().clone());
        for (var e : other.byProcedure.entrySet()) {
            long[] c = sum.byProcedure.computeIfAbsent(e.getKey(), k -> new long[N]);
            for (int i = 0; i < N; i++) c[i] += e.getValue()[i];
        }
        return sum;
    }

    /** This tally less another (of some of its dossiers), as a new tally; a line left with no dossier goes. */
    public RateTally minus(RateTally other) {
        RateTally out = new RateTally();
        for (var e : byProcedure.entrySet()) out.byProcedure.put(e.getKey(), e.getValue().clone());
        for (var e : other.byProcedure.entrySet()) {
            long[] c = out.byProcedure.computeIfAbsent(e.getKey(), k -> new long[N]);
            for (int i = 0; i < N; i++) c[i] -= e.getValue()[i];
            if (c[Count.RECEIVED.ordinal()] == 0) out.byProcedure.remove(e.getKey());
        }
        return out;
    }

    /** The counts by procedure code (in code order); each array is indexed by {@link Count#ordinal()}. */
    public Map<String, long[]> byProcedure() { return Collections.unmodifiableMap(byProcedure); }

    public long count(String procedureCode, Count what) {
        long[] c = byProcedure.get(procedureCode);
        return c == null ? 0 : c[what.ordinal()];
    }

    public long total(Count what) {
        long sum = 0;
        for (long[] c : byProcedure.values()) sum += c[what.ordinal()];
        return sum;
    }

    /**
     * The last day a dossier's status can still change as long as it stays resolved: its receipt, resolution and
     * supplement dates. From that day on its status as of any later date is the same, so a tally of resolved
     * dossiers holds for every date on or after the latest of these days.
     */
    public static LocalDate settledOn(Dossier d) {
        LocalDate last = d.receivedOn();
        if (d.resolvedOn() != null && d.resolvedOn().isAfter(last)) last = d.resolvedOn();
        for (SupplementCycle c : d.supplements()) {
            if (c.requestedOn().isAfter(last)) last = c.requestedOn();
            if (c.receivedOn() != null && c.receivedOn().isAfter(last)) last = c.receivedOn();
        }
        return last;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RateTally t) || !t.byProcedure.keySet().equals(byProcedure.keySet())) return false;
        for (var e : byProcedure.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), t.byProcedure.get(e.getKey()))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() { return byProcedure.keySet().hashCode(); }

    private static boolean yes(Boolean b) { return Boolean.TRUE.equals(b); }
}
