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

    public PeriodTallies(DossierRepository dossiers, TallyRepository store) {
        this.dossiers = dossiers;
        this.store = store;
    }

    /** How a tally was found (for the bench and the tests). */
    public enum Source { STORED_WHOLE, STORED_SETTLED, COMPUTED }

    public record Found(RateTally tally, Source source) {}

    /** The tally of the dossiers received in the period up to {@code asOf}, with their statuses as of {@code asOf}. */
    public Found tally(Period period, LocalDate asOf, Map<String, Procedure> procedures, DeadlineCalculator calc) {
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
                for (Dossier d : dossiers.findOpenRateFacts(period.start(), last)) open.add(d, procedures::get, calc, asOf);
                return new Found(settled.get().tally().plus(open), Source.STORED_SETTLED);
            }
        }

        // Counted in two parts, each dossier once: the resolved ones (stored for a running period) and the rest; by
        // unit, as they are stored.
        Map<String, RateTally> resolved = new java.util.HashMap<>();
        Map<String, RateTally> all = new java.util.HashMap<>();
        LocalDate settledFrom = period.start();
        for (Dossier d : dossiers.findRateFacts(period.start(), period.end())) {
            if (d.resolvedOn() != null) {
                LocalDate on = RateTally.settledOn(d);
                if (on.isAfter(settledFrom)) settledFrom = on;
            }
            if (d.receivedOn().isAfter(last)) continue;
            String unit = TallyRepository.unitKey(d.unitCode());
            Procedure p = procedures.get(d.procedureCode());
            if (p == null) throw new IllegalArgumentException("dossier " + d.code() + ": unknown procedure " + d.procedureCode());
            var status = calc.compute(d, p, asOf).status();
            all.computeIfAbsent(unit, u -> new RateTally()).add(d, p, status);
            if (d.resolvedOn() != null) resolved.computeIfAbsent(unit, u -> new RateTally()).add(d, p, status);
        }
        if (ended) {
            store.save(period, false, asOf, version, all);
        } else if (!settledFrom.isAfter(asOf)) {
            // Every resolved dossier of the period (received after asOf or not) is settled by asOf: their statuses
            // hold for any later date, and the open ones are all that is left to count then.
            store.save(period, true, settledFrom, version, resolved);
        }
        return new Found(RateTally.sum(all.values()), Source.COMPUTED);
    }
}
