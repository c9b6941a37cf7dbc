package vn.reformdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ServiceIndexTemplate;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.index.ServiceScore;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;

/**
 * The units the connection may see, of one kind, ranked by one measure for a period (the screen "So sánh đơn vị",
 * its slide and {@code report --units}). Each unit's value is read exactly as that unit's own figures are:
 * <ul>
 *   <li>an entered measure: the unit's {@code total} of the framework for the period (official, else
 *       self-assessed), for PAR and SIPAS the period's year when the period itself has none; its target beside it;</li>
 *   <li>a computed measure: the unit's period figures ({@link RegisterService#serviceRates(UnitScope, Period,
 *       LocalDate)}, the numbers of {@code report --period} and of the unit's dashboard) as of the period's end, or
 *       {@code today} while it runs; a unit with no dossier in the period has no data (its overdue count too). The
 *       target of a rate is the unit's rate target of the period, else of its year; the computed 766 points take
 *       the target of the unit's entered 766 total.</li>
 * </ul>
 */
public final class UnitComparison {
    private UnitComparison() {}

    /** Ranks with the app's date as "today". Reads the database: call it off the JavaFX thread. */
    public static UnitRanking rank(AppContext app, Period period, UnitKind kind, UnitMeasure measure) {
        return rank(app.register(), app.database(), period, app.asOf(), kind, measure);
    }

    public static UnitRanking rank(RegisterService register, Database db, Period period, LocalDate today,
                                   UnitKind kind, UnitMeasure measure) {
        List<UnitRanking.Input> in = new ArrayList<>();
        FrameworkRepository frameworks = new FrameworkRepository(db);
        for (Unit u : register.units().visible()) {
            if (u.kind() != kind) continue;
            in.add(input(register, db, frameworks, period, today, u, measure));
        }
        return UnitRanking.rank(measure, in);
    }

    /** The as-of date of the computed figures: the period's end, or {@code today} while it runs. */
    public static LocalDate asOf(Period period, LocalDate today) { return period.reportAsOf(today); }

    private static UnitRanking.Input input(RegisterService register, Database db, FrameworkRepository frameworks,
                                           Period period, LocalDate today, Unit u, UnitMeasure m) {
        ScoreRepository scores = new ScoreRepository(db, u.code());
        if (m.entered()) {
            Optional<Score> total = total(frameworks, scores, m.frameworkFor(u.kind()), period, m != UnitMeasure.SERVICE_766);
            return new UnitRanking.Input(u, total.map(UnitComparison::value).orElse(null),
                    total.map(Score::target).orElse(null));
        }
        ServiceRates rates = figures(register, u.code(), period, today);
        Double value;
        Double target = null;
        switch (m) {
            case OVERDUE -> value = rates.received() == 0 ? null : (double) rates.overdue();
            case COMPUTED_766 -> {
                value = computedPoints(rates);
                target = total(frameworks, scores, vn.reformdesk.domain.index.Framework.SERVICE_766, period, false)
                        .map(Score::target).orElse(null);
            }
            default -> {
                Rate r = rates.rate(m.code());
                value = r.value();
                target = rateTarget(scores.targets(), m.code(), period).map(Target::value).orElse(null);
            }
        }
        return new UnitRanking.Input(u, value, target);
    }

    /** One unit's period figures, as its dashboard and {@code report --period} count them. */
    public static ServiceRates figures(RegisterService register, String unitCode, Period period, LocalDate today) {
        return register.serviceRates(UnitScope.of(unitCode), period, asOf(period, today));
    }

    /** The computed points of the 766 indicators the register knows (null when none has data), as the period report's. */
    public static Double computedPoints(ServiceRates rates) {
        Double sum = null;
        for (ServiceScore.GroupPoints g : ServiceScore.compute(rates, ServiceIndexTemplate.DEFAULT).groups()) {
            if (g.computedPoints() != null) sum = (sum == null ? 0 : sum) + g.computedPoints();
        }
        return sum;
    }

    private static Optional<Score> total(FrameworkRepository frameworks, ScoreRepository scores, String framework,
                                         Period period, boolean yearly) {
        if (frameworks.find(framework).isEmpty()) return Optional.empty();
        Optional<Score> own = find(scores, framework, period.toString());
        if (own.isPresent() || !yearly || period.kind() == Period.Kind.YEAR) return own;
        return find(scores, framework, Integer.toString(period.year()));
    }

    private static Optional<Score> find(ScoreRepository scores, String framework, String period) {
        return scores.find(framework, period).stream().filter(Score::isTotal).filter(s -> value(s) != null).findFirst();
    }

    private static Double value(Score s) { return s.official() != null ? s.official() : s.self(); }

    /** A rate's target: the period's own, else its year's (a yearly target applies to each quarter). */
    static Optional<Target> rateTarget(List<Target> targets, String rateKey, Period period) {
        Target yearly = null;
        for (Target t : targets) {
            if (t.kind() != Target.Kind.RATE || !t.subject().equals(rateKey)) continue;
            if (t.period().equalsIgnoreCase(period.toString())) return Optional.of(t);
            if (t.period().equals(Integer.toString(period.year()))) yearly = t;
        }
        return Optional.ofNullable(yearly);
    }
}
