package vn.reformdesk.service;

import java.time.LocalDate;
import java.util.Map;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
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
    public enum Source { STORED_WHOLE, STORED_SETTLED, COMPUTED }

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
}
