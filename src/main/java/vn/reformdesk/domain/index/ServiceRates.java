package vn.reformdesk.domain.index;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.index.RateTally.Count;

/**
 * The counts and rates of the Citizen and Business Service Index (Decision 766/QĐ-TTg) that the unit can compute
 * from its own register, for one period. Pure: no database, no clock.
 *
 * <h2>Which dossiers</h2>
 * The period's dossiers are those <em>received</em> in it (local received date, start ≤ day ≤ end) and not after
 * the as-of date. Statuses are computed by {@link DeadlineCalculator} as of the as-of date (the period end in
 * reports unless another date is given); events after it are ignored. A dossier received on 30 Sep and resolved
 * on 2 Oct belongs to Q3 and is pending (or overdue) in a Q3 report as of 30 Sep.
 *
 * <h2>Counts</h2>
 * {@code resolved} = early + on_time + late (withdrawn and rejected dossiers end the clock and count as resolved
 * on their end date, domain.md §2); {@code overdue} = not resolved and past the due date; {@code pending} = not
 * resolved, not past due, not waiting for a supplement (includes {@code due_soon}, also given separately);
 * {@code paused} = waiting for a supplement. received = resolved + overdue + pending + paused.
 *
 * <h2>Rates (numerator / denominator; null when the denominator is 0)</h2>
 * <ul>
 *   <li>{@code on_time_rate} = (early + on_time) / (resolved + overdue): unfinished dossiers past due count as
 *       overdue; pending and paused dossiers are not judged yet.</li>
 *   <li>{@code online_rate} = dossiers received online / received.</li>
 *   <li>{@code online_payment_rate} = dossiers marked paid online / dossiers received under a fee-bearing
 *       procedure (fee &gt; 0), whatever their channel or outcome. Dossiers of free procedures are left out.</li>
 *   <li>{@code electronic_result_rate} = results issued (outcome {@code issued} by the as-of date) with an
 *       electronic result / results issued. Rejected and withdrawn dossiers issue no result.</li>
 *   <li>{@code digitised_rate} = results issued whose inputs were digitised at reception AND that have an
 *       electronic result / results issued.</li>
 *   <li>{@code satisfaction_rate} = 1 − (overdue rate + complaint rate), domain.md §3.1, both over the judged
 *       dossiers J = resolved + overdue: numerator = J − (late + overdue) − (dossiers in J with a complaint or a
 *       {@code dissatisfied} rating), floored at 0; denominator = J. A dossier both late and complained about is
 *       subtracted twice, as the formula adds the two rates.</li>
 *   <li>{@code procedures_online_rate} = procedures offered fully online (toàn trình) / all procedures (as they are
 *       now: the register keeps no history of online levels).</li>
 *   <li>{@code online_services_used_rate} = procedures offered online (full or partial) that received at least one
 *       online dossier in the period / procedures offered online.</li>
 *   <li>{@code reused_data_rate} = dossiers marked as reusing digitised data / received.</li>
 * </ul>
 * Unknown facts (null) count as "no" in numerators.
 */
public record ServiceRates(Period period, LocalDate asOf, long received, Map<Channel, Long> byChannel, long resolved,
                           long early, long onTime, long late, long overdue, long pending, long dueSoon, long paused,
                           long issued, long complaintsOrNegative, Map<String, Rate> rates) {

    public static final String ON_TIME = "on_time_rate";
    public static final String ONLINE = "online_rate";
    public static final String ONLINE_PAYMENT = "online_payment_rate";
    public static final String DIGITISED = "digitised_rate";
    public static final String ELECTRONIC_RESULT = "electronic_result_rate";
    public static final String SATISFACTION = "satisfaction_rate";
    public static final String PROCEDURES_ONLINE = "procedures_online_rate";
    public static final String ONLINE_SERVICES_USED = "online_services_used_rate";
    public static final String REUSED_DATA = "reused_data_rate";

    /** The six rates formats.md names, in its order; the others follow in {@link #rates()}. */
    public static final List<String> MAIN_RATES = List.of(ON_TIME, ONLINE, ONLINE_PAYMENT, DIGITISED,
            ELECTRONIC_RESULT, SATISFACTION);

    public ServiceRates {
        byChannel = Map.copyOf(byChannel);
        rates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rates));
    }

    public Rate rate(String key) {
        Rate r = rates.get(key);
        if (r == null) throw new IllegalArgumentException("no rate " + key);
        return r;
    }

    public long channel(Channel c) { return byChannel.getOrDefault(c, 0L); }

    /**
     * Computes the period's figures.
     *
     * @param dossiers   any dossiers (those outside the period or received after {@code asOf} are skipped)
     * @param procedures every procedure of the unit (for the procedure-level rates)
     * @param asOf       the date statuses are computed as of
     */
    public static ServiceRates compute(Period period, LocalDate asOf, Collection<Dossier> dossiers,
                                       Collection<Procedure> procedures, DeadlineCalculator calculator) {
        Map<String, Procedure> byCode = new java.util.HashMap<>();
        for (Procedure p : procedures) byCode.put(p.code(), p);
        return of(period, asOf, RateTally.of(period, asOf, dossiers, byCode::get, calculator), procedures);
    }

    /** The period's figures from the tally of its dossiers as of {@code asOf}. */
    public static ServiceRates of(Period period, LocalDate asOf, RateTally tally, Collection<Procedure> procedures) {
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        byChannel.put(Channel.DIRECT, tally.total(Count.DIRECT));
        byChannel.put(Channel.ONLINE, tally.total(Count.ONLINE));
        byChannel.put(Channel.POSTAL, tally.total(Count.POSTAL));
        long received = tally.total(Count.RECEIVED);
        long early = tally.total(Count.EARLY), onTime = tally.total(Count.ON_TIME), late = tally.total(Count.LATE);
        long overdue = tally.total(Count.OVERDUE), dueSoon = tally.total(Count.DUE_SOON);
        long pending = tally.total(Count.PENDING) + dueSoon, paused = tally.total(Count.PAUSED);
        long issued = tally.total(Count.ISSUED), problems = tally.total(Count.NEGATIVE);
        long resolved = early + onTime + late;
        long judged = resolved + overdue;
        long satisfied = Math.max(0, judged - (late + overdue) - problems);

        long fullProcedures = 0, onlineProcedures = 0, onlineUsed = 0;
        for (Procedure p : procedures) {
            if (p.onlineLevel() == OnlineLevel.FULL) fullProcedures++;
            if (p.onlineLevel() != OnlineLevel.NONE) {
                onlineProcedures++;
                if (tally.count(p.code(), Count.ONLINE) > 0) onlineUsed++;
            }
        }

        Map<String, Rate> rates = new LinkedHashMap<>();
        rates.put(ON_TIME, new Rate(early + onTime, judged));
        rates.put(ONLINE, new Rate(byChannel.get(Channel.ONLINE), received));
        rates.put(ONLINE_PAYMENT, new Rate(tally.total(Count.PAID_ONLINE), tally.total(Count.FEE_DOSSIERS)));
        rates.put(DIGITISED, new Rate(tally.total(Count.DIGITISED), issued));
        rates.put(ELECTRONIC_RESULT, new Rate(tally.total(Count.ELECTRONIC_RESULT), issued));
        rates.put(SATISFACTION, new Rate(satisfied, judged));
        rates.put(PROCEDURES_ONLINE, new Rate(fullProcedures, procedures.size()));
        rates.put(ONLINE_SERVICES_USED, new Rate(onlineUsed, onlineProcedures));
        rates.put(REUSED_DATA, new Rate(tally.total(Count.REUSED), received));
        return new ServiceRates(period, asOf, received, byChannel, resolved, early, onTime, late, overdue, pending,
                dueSoon, paused, issued, problems, rates);
    }
}
