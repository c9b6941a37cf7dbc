package vn.reformdesk.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.TallyRepository;
import vn.reformdesk.store.UnitRepository;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitScope;

/**
 * A period's tally as of a date ({@link vn.reformdesk.domain.index.ServiceRates}' counts, by procedure), from the
 * stored tallies when the register has not changed since they were computed:
 * <ul>
 *   <li>a period that has ended by the date (the dashboard shows a past period as of its end) is stored whole and
 *       read back as it is;</li>
 *   <li>of a running period, the resolved dossiers are stored, valid from the last day any of them changed status
 *       on; the open ones, a few per cent of the register, are counted fresh as of the date.</li>
 * </ul>
 * Anything else (a date before the stored one, a write since) reads the period's dossiers and stores the tally
 * again. The result is the same as counting every dossier of the period ({@code PeriodTalliesTest}).
 *
 * <p>Any period as of any date ({@link #byMonths}, the report's rates): the sum of its months' settled tallies (the
 * resolved dossiers received in each month, stored per unit and month, kept write by write like the others) and the
 * open dossiers counted fresh as of the date. Of a month not settled by the date (some of its dossiers were
 * resolved, supplemented or received after it), only those dossiers are read: taken out as stored and counted as of
 * the date. A month not stored is read and counted as of the date, and its settled tally stored.
 */
public final class PeriodTallies {
    private final DossierRepository dossiers;
    private final TallyRepository store;
    private final UnitRepository units;

    public PeriodTallies(DossierRepository dossiers, TallyRepository store, UnitRepository units) {
        this.dossiers = dossiers;
        this.store = store;
        this.units = units;
    }

    /** How a tally was found (for the bench and the tests). */
    public enum Source { STORED_WHOLE, STORED_SETTLED, STORED_MONTHS, COMPUTED }

    public record Found(RateTally tally, Source source) {}

    /**
     * The tally of the dossiers received in the period up to {@code asOf}, with their statuses as of {@code asOf}, of
     * every visible unit, all counted with {@code calc}.
     */
    public Found tally(Period period, LocalDate asOf, Map<String, Procedure> procedures, DeadlineCalculator calc) {
        return tally(UnitScope.ALL, period, asOf, procedures, unit -> calc);
    }

    /**
     * The tally of the units in {@code scope} (one unit, or every visible one: the sum of each unit's tally, each
     * counted with its own calendar, {@code calcOf} by unit code, and stored per unit).
     */
    public Found tally(UnitScope scope, Period period, LocalDate asOf, Map<String, Procedure> procedures,
                       java.util.function.Function<String, DeadlineCalculator> calcOf) {
        RateTally sum = new RateTally();
        Source source = null;
        for (Unit u : units.covered(scope)) {
            Found f = unitTally(u.code(), period, asOf, procedures, calcOf.apply(u.code()));
            sum = sum.plus(f.tally());
            source = source == null || source == f.source() ? f.source() : Source.COMPUTED;
        }
        return new Found(sum, source == null ? Source.COMPUTED : source);
    }

    /** One unit's tally (see the class comment). */
    public Found unitTally(String unit, Period period, LocalDate asOf, Map<String, Procedure> procedures,
                           DeadlineCalculator calc) {
        TallyRepository store = this.store.forUnit(unit);
        UnitScope scope = UnitScope.of(unit);
        long version = store.dataVersion(); // before any data: a write after it leaves the result unstored
        boolean ended = !asOf.isBefore(period.end());
        LocalDate last = period.reportAsOf(asOf);
        if (ended) {
            var whole = store.find(period, false, version);
            if (whole.isPresent() && whole.get().asOf().equals(asOf)) return new Found(whole.get().tally(), Source.STORED_WHOLE);
        } else {
            var settled = store.find(period, true, version);
            if (settled.isPresent() && !asOf.isBefore(settled.get().asOf())) {
                RateTally open = new RateTally();
                for (Dossier d : dossiers.findOpenRateFacts(scope, period.start(), last)) open.add(d, procedures::get, calc, asOf);
                return new Found(settled.get().tally().plus(open), Source.STORED_SETTLED);
            }
        }

        // Counted in two parts, each dossier once: the resolved ones (stored for a running period) and the rest.
        RateTally resolved = new RateTally();
        RateTally unresolved = new RateTally();
        LocalDate settledFrom = period.start();
        for (Dossier d : dossiers.findRateFacts(scope, period.start(), period.end())) {
            if (d.resolvedOn() != null) {
                LocalDate on = RateTally.settledOn(d);
                if (on.isAfter(settledFrom)) settledFrom = on;
            }
            if (d.receivedOn().isAfter(last)) continue;
            (d.resolvedOn() != null ? resolved : unresolved).add(d, procedures::get, calc, asOf);
        }
        RateTally all = resolved.plus(unresolved);
        if (ended) {
            store.save(period, false, asOf, version, all);
        } else if (!settledFrom.isAfter(asOf)) {
            // Every resolved dossier of the period (received after asOf or not) is settled by asOf: their statuses
            // hold for any later date, and the open ones are all that is left to count then.
            store.save(period, true, settledFrom, version, resolved);
        }
        return new Found(all, Source.COMPUTED);
    }

    /**
     * The tally of the dossiers received in {@code period} up to {@code asOf}, statuses as of {@code asOf}, of the
     * scope's units (each on its own calendar), from the months' stored settled tallies where they hold on
     * {@code asOf} (see the class comment). One read of the dossiers for every unit's months that are not stored.
     */
    public Found byMonths(UnitScope scope, Period period, LocalDate asOf, Map<String, Procedure> procedures,
                          java.util.function.Function<String, DeadlineCalculator> calcOf) {
        LocalDate last = period.reportAsOf(asOf);
        if (last.isBefore(period.start())) return new Found(new RateTally(), Source.STORED_MONTHS); // nothing received by then
        java.util.List<Period> months = new java.util.ArrayList<>();
        for (Period m = Period.of(Period.Kind.MONTH, period.start()); !m.start().isAfter(last); m = m.next()) months.add(m);
        long version = store.dataVersion(); // before any data: a write after it leaves what is counted unstored
        MonthsSum sum = new MonthsSum(scope, period.start(), asOf, last, procedures, calcOf);
        sum.readStored(months, version);
        sum.addOpenOfStoredMonths();
        sum.correctUnsettledMonths();
        sum.countTheOthers(version);
        return new Found(sum.tally, sum.toCount.isEmpty() ? Source.STORED_MONTHS : Source.COMPUTED);
    }

    /** One sum of {@link #byMonths}, phase by phase: the dossiers received from {@code first} to {@code last}. */
    private final class MonthsSum {
        private final UnitScope scope;
        private final LocalDate first, asOf, last;
        private final Map<String, Procedure> procedures;
        private final java.util.function.Function<String, DeadlineCalculator> calcOf;
        RateTally tally = new RateTally();
        /** Per unit: the months read back (valid on asOf) and those to count. */
        private final Map<String, java.util.Set<Period>> storedOf = new HashMap<>(), countedOf = new HashMap<>();
        final java.util.SortedSet<Period> toCount = new java.util.TreeSet<>();
        /** Months stored but not settled by asOf: by month, the units' stored days. */
        private final Map<Period, Map<String, LocalDate>> corrected = new java.util.TreeMap<>();

        MonthsSum(UnitScope scope, LocalDate first, LocalDate asOf, LocalDate last, Map<String, Procedure> procedures,
                  java.util.function.Function<String, DeadlineCalculator> calcOf) {
            this.scope = scope;
            this.first = first;
            this.asOf = asOf;
            this.last = last;
            this.procedures = procedures;
            this.calcOf = calcOf;
        }

        /** Each unit's months stored at {@code version} are added as read; the others are left to count. */
        void readStored(java.util.List<Period> months, long version) {
            for (Unit u : units.covered(scope)) {
                java.util.Set<Period> read = new java.util.HashSet<>(), counted = new java.util.HashSet<>();
                var found = store.forUnit(u.code()).findSettled(months, version);
                for (Period m : months) {
                    TallyRepository.Stored st = found.get(m);
                    if (st != null) {
                        tally = tally.plus(st.tally());
                        read.add(m);
                        // some of its dossiers were resolved (or supplemented) after asOf: those are taken back below
                        if (asOf.isBefore(st.asOf())) corrected.computeIfAbsent(m, x -> new HashMap<>()).put(u.code(), st.asOf());
                    } else {
                        counted.add(m);
                    }
                }
                storedOf.put(u.code(), read);
                countedOf.put(u.code(), counted);
                toCount.addAll(counted);
            }
        }

        /**
         * The open dossiers of the stored months, fresh as of asOf (a resolved one there is settled by asOf: it was
         * received, supplemented and resolved by the month's stored day, which is not after asOf).
         */
        void addOpenOfStoredMonths() {
            if (storedOf.values().stream().allMatch(java.util.Set::isEmpty)) return;
            for (Dossier d : dossiers.findOpenRateFacts(scope, first, last)) {
                if (storedOf.getOrDefault(d.unitCode(), java.util.Set.of()).contains(monthOf(d))) {
                    tally.add(d, procedures::get, calcOf.apply(d.unitCode()), asOf);
                }
            }
        }

        /**
         * A stored month not settled by asOf: its dossiers resolved, supplemented or received after asOf are taken out
         * as stored (as of the stored day) and counted as of asOf instead (an open one, received by then, was counted
         * with the open ones); the rest of the month holds.
         */
        void correctUnsettledMonths() {
            for (var month : corrected.entrySet()) {
                Period m = month.getKey();
                LocalDate lastResolved = java.util.Collections.max(month.getValue().values());
                RateTally out = new RateTally(), in = new RateTally();
                for (Dossier d : dossiers.findResolvedChangedAfter(scope, m.start(), m.end(), asOf, lastResolved)) {
                    LocalDate storedOn = month.getValue().get(d.unitCode());
                    if (storedOn == null) continue; // a unit whose month is settled by asOf, or counted below
                    DeadlineCalculator calc = calcOf.apply(d.unitCode());
                    out.add(d, procedures::get, calc, storedOn);
                    if (!d.receivedOn().isAfter(last)) in.add(d, procedures::get, calc, asOf);
                }
                tally = tally.minus(out).plus(in);
            }
        }

        /** The other months read whole, in runs of consecutive months: counted as of asOf, and stored settled. */
        void countTheOthers(long version) {
            Map<String, Map<Period, MonthCount>> made = new java.util.HashMap<>();
            for (LocalDate[] run : runs(toCount)) {
                for (Dossier d : dossiers.findRateFacts(scope, run[0], run[1])) {
                    Period m = monthOf(d);
                    java.util.Set<Period> counted = countedOf.get(d.unitCode());
                    if (counted != null && !counted.contains(m)) continue; // stored, counted above
                    DeadlineCalculator calc = calcOf.apply(d.unitCode());
                    Procedure p = procedures.get(d.procedureCode());
                    if (p == null) throw new IllegalArgumentException("dossier " + d.code() + ": unknown procedure " + d.procedureCode());
                    DossierStatus s = null;
                    if (!d.receivedOn().isAfter(last)) {
                        s = calc.compute(d, p, asOf).status();
                        tally.add(d, p, s);
                    }
                    if (counted != null && d.resolvedOn() != null) {
                        made.computeIfAbsent(d.unitCode(), u -> new java.util.HashMap<>())
                                .computeIfAbsent(m, x -> new MonthCount(m)).add(d, p, s);
                    }
                }
            }
            for (var unit : countedOf.entrySet()) {
                if (unit.getValue().isEmpty()) continue;
                DeadlineCalculator calc = calcOf.apply(unit.getKey());
                Map<Period, TallyRepository.Stored> settled = new java.util.HashMap<>();
                Map<Period, MonthCount> counts = made.getOrDefault(unit.getKey(), Map.of());
                for (Period m : unit.getValue()) {
                    MonthCount mc = counts.getOrDefault(m, new MonthCount(m));
                    settled.put(m, mc.settled(asOf, calc));
                }
                store.forUnit(unit.getKey()).saveSettled(settled, version);
            }
        }
    }

    /** A month's resolved dossiers as read, with the status as of the count's date where it was taken. */
    private static final class MonthCount {
        final java.util.List<Object[]> resolved = new java.util.ArrayList<>(); // {dossier, procedure, status or null}
        LocalDate settledFrom;

        MonthCount(Period month) { settledFrom = month.start(); }

        void add(Dossier d, Procedure p, DossierStatus s) {
            resolved.add(new Object[] {d, p, s});
            LocalDate on = RateTally.settledOn(d);
            if (on.isAfter(settledFrom)) settledFrom = on;
        }

        /** The settled tally, valid from its last dossier's settled day; a status taken on or after it is reused. */
        TallyRepository.Stored settled(LocalDate asOf, DeadlineCalculator calc) {
            RateTally t = new RateTally();
            boolean reuse = !asOf.isBefore(settledFrom);
            for (Object[] r : resolved) {
                Dossier d = (Dossier) r[0];
                Procedure p = (Procedure) r[1];
                DossierStatus s = reuse && r[2] != null ? (DossierStatus) r[2] : calc.compute(d, p, settledFrom).status();
                t.add(d, p, s);
            }
            return new TallyRepository.Stored(t, settledFrom);
        }
    }

    private static Period monthOf(Dossier d) { return Period.of(Period.Kind.MONTH, d.receivedOn()); }

    /** Consecutive months joined: {first day, last day} of each run. */
    private static java.util.List<LocalDate[]> runs(java.util.SortedSet<Period> months) {
        java.util.List<LocalDate[]> out = new java.util.ArrayList<>();
        for (Period m : months) {
            LocalDate[] lastRun = out.isEmpty() ? null : out.get(out.size() - 1);
            if (lastRun != null && lastRun[1].plusDays(1).equals(m.start())) lastRun[1] = m.end();
            else out.add(new LocalDate[] {m.start(), m.end()});
        }
        return out;
    }
}
