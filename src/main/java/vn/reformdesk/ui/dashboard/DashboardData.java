package vn.reformdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.index.RateTally.Count;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * Everything the dashboard shows for one period, computed in the background. The period's figures are those of
 * {@code reformdesk report --period P}: the dossiers received in the period, statuses as of the period end, or as
 * of the app's date while the period has not ended ({@link Period#reportAsOf}); the previous period the same way.
 *
 * @param registerOverdue overdue dossiers of the whole register as of the app's date (null = not computed)
 */
public record DashboardData(Period period, LocalDate asOf, ServiceRates current, ServiceRates previous,
                            List<Target> targets, List<IndexBars.Bar> bars766, List<ProcedureLine> topProcedures,
                            LocalDate registerAsOf, Integer registerOverdue, Integer registerDueSoon) {

    /** A procedure with the period's overdue and late dossiers. */
    public record ProcedureLine(String code, String name, long received, long overdue, long late) {}

    /** How many procedures the "top procedures" table lists. */
    public static final int TOP = 5;


    /**
     * Computes the figures from plain inputs (tests feed hand-made dossiers).
     *
     * @param dossiers   at least every dossier received in the period and the previous one (others are skipped)
     * @param components the Decision 766 framework's components (empty = no index bars)
     * @param scores766  the 766 scores entered for the period
     */
    public static DashboardData compute(Period period, LocalDate today, Collection<Dossier> dossiers,
                                        Collection<Procedure> procedures, DeadlineCalculator calc, List<Target> targets,
                                        List<Component> components, List<Score> scores766, boolean english) {
        return compute(period, today, dossiers, procedures, calc, targets, components, scores766, english, TOP);
    }

    public static DashboardData compute(Period period, LocalDate today, Collection<Dossier> dossiers,
                                        Collection<Procedure> procedures, DeadlineCalculator calc, List<Target> targets,
                                        List<Component> components, List<Score> scores766, boolean english, int top) {
        LocalDate asOf = period.reportAsOf(today);
        Period prev = period.previous();
        Map<String, Procedure> byCode = new HashMap<>();
        for (Procedure p : procedures) byCode.put(p.code(), p);
        return of(period, asOf, RateTally.of(period, asOf, dossiers, byCode::get, calc),
                RateTally.of(prev, prev.reportAsOf(today), dossiers, byCode::get, calc), procedures, targets,
                components, scores766, english, top);
    }

    /** The period's figures from the tallies of its dossiers and the previous period's (as of {@link Period#reportAsOf}). */
    public static DashboardData of(Period period, LocalDate asOf, RateTally current, RateTally previous,
                                   Collection<Procedure> procedures, List<Target> targets, List<Component> components,
                                   List<Score> scores766, boolean english, int top) {
        Period prev = period.previous();
        ServiceRates now = ServiceRates.of(period, asOf, current, procedures);
        ServiceRates before = ServiceRates.of(prev, prev.reportAsOf(asOf), previous, procedures);
        List<IndexBars.Bar> bars = IndexBars.of(components, scores766, now, english);
        return new DashboardData(period, asOf, now, before, List.copyOf(targets), bars,
                topProcedures(current, procedures, top), null, null, null);
    }

    public DashboardData withRegister(LocalDate on, int overdue, int dueSoon) {
        return new DashboardData(period, asOf, current, previous, targets, bars766, topProcedures, on, overdue, dueSoon);
    }

    /** The procedures with the most overdue (then late) dossiers among those the tally counted. */
    public static List<ProcedureLine> topProcedures(RateTally tally, Collection<Procedure> procedures, int limit) {
        Map<String, Procedure> byCode = new HashMap<>();
        for (Procedure p : procedures) byCode.put(p.code(), p);
        List<ProcedureLine> out = new ArrayList<>();
        tally.byProcedure().forEach((code, c) -> {
            long overdue = c[Count.OVERDUE.ordinal()], late = c[Count.LATE.ordinal()];
            Procedure p = byCode.get(code);
            if (p != null && overdue + late > 0) {
                out.add(new ProcedureLine(code, p.name(), c[Count.RECEIVED.ordinal()], overdue, late));
            }
        });
        out.sort(Comparator.comparingLong(ProcedureLine::overdue).reversed()
                .thenComparing(Comparator.comparingLong(ProcedureLine::late).reversed())
                .thenComparing(ProcedureLine::code));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** A target found for a rate: the period's own, else its year's (a yearly target applies to each quarter). */
    public record FoundTarget(Target target, boolean ofYear) {}

    public Optional<FoundTarget> rateTarget(String rateKey) {
        return findTarget(targets, rateKey, period);
    }

    public static Optional<FoundTarget> findTarget(List<Target> targets, String rateKey, Period period) {
        String own = period.toString();
        String year = Integer.toString(period.year());
        Target exact = null;
        Target yearly = null;
        for (Target t : targets) {
            if (t.kind() != Target.Kind.RATE || !t.subject().equals(rateKey)) continue;
            if (t.period().equalsIgnoreCase(own)) exact = t;
            else if (t.period().equals(year)) yearly = t;
        }
        if (exact != null) return Optional.of(new FoundTarget(exact, false));
        if (yearly != null) return Optional.of(new FoundTarget(yearly, true));
        return Optional.empty();
    }
}
