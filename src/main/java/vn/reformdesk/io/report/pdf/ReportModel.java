package vn.reformdesk.io.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.ProgressListener;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.Form06aService;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;

/**
 * Everything the PDF/PNG report and the index charts show for one period, read from the database in one go (off
 * the JavaFX thread) so rendering touches no database.
 *
 * <ul>
 *   <li>{@link #rates()}: the period's counters and rates, dossiers received in the period with statuses as of
 *       {@link #asOf()} (as {@code report --format json}).</li>
 *   <li>{@link #overdue()}: the period's dossiers overdue as of {@link #asOf()}, most working days late first,
 *       at most {@link #OVERDUE_LINES}; {@link #overdueTotal()} counts all of them.</li>
 *   <li>{@link #months()}: the computed rates of every month of the period's year up to the as-of date (each
 *       month's statuses as of its end, or the as-of date when earlier).</li>
 *   <li>{@link #sections()}: Decision 766, PAR (province and department when present), SIPAS and the officer's
 *       own frameworks, with entered scores and computed points.</li>
 *   <li>{@link #form06a()}: the official periodic report (Biểu II.06a) of the same period, on its official dates
 *       (Decree 09/2019: 15th of the month before to the 14th of its last month) unless the calendar dates are
 *       asked for, counted by {@link Form06aService} exactly as the Reports screen and {@code report --form 06a}
 *       count it, as of {@link #asOf()} while the period has not ended.</li>
 * </ul>
 */
public record ReportModel(String unitName, Period period, LocalDate asOf, ServiceRates rates, List<OverdueLine> overdue,
                          int overdueTotal, List<ServiceRates> months, List<FrameworkSection> sections,
                          List<Target> rateTargets, Form06aService.Result form06a) {
    public static final int OVERDUE_LINES = 50;

    /** One overdue dossier. */
    public record OverdueLine(String code, String procedureCode, String procedureName, String applicant,
                              LocalDate dueOn, int workingDaysLate) {}

    public ReportModel {
        overdue = List.copyOf(overdue);
        months = List.copyOf(months);
        sections = List.copyOf(sections);
        rateTargets = List.copyOf(rateTargets);
        java.util.Objects.requireNonNull(form06a, "form06a");
    }


    public Optional<FrameworkSection> section(String code) {
        return sections.stream().filter(s -> s.framework().code().equals(code)).findFirst();
    }

    /** The target set for a computed rate in the period (or its year), if any. */
    public Optional<Target> rateTarget(String rateKey) {
        return rateTargets.stream().filter(t -> t.kind() == Target.Kind.RATE && t.subject().equals(rateKey)).findFirst();
    }

    /** A period's figures from dossiers of any units: each unit's counted on its calendar, then added up. */
    private static ServiceRates rates(Period period, LocalDate asOf, List<Dossier> dossiers, List<Procedure> procedures,
                                      Map<String, Procedure> byCode,
                                      java.util.function.Function<String, DeadlineCalculator> calcOf) {
        Map<String, List<Dossier>> byUnit = new java.util.LinkedHashMap<>();
        for (Dossier d : dossiers) byUnit.computeIfAbsent(d.unitCode(), u -> new ArrayList<>()).add(d);
        vn.reformdesk.domain.index.RateTally tally = new vn.reformdesk.domain.index.RateTally();
        for (var e : byUnit.entrySet()) {
            tally = tally.plus(vn.reformdesk.domain.index.RateTally.of(period, asOf, e.getValue(), byCode::get,
                    calcOf.apply(e.getKey())));
        }
        return ServiceRates.of(period, asOf, tally, procedures);
    }

    /** Reads the whole report, form 06a on its official dates. */
    public static ReportModel load(AppContext ctx, Period period, LocalDate asOf, ProgressListener progress) {
        return load(ctx, period, asOf, PeriodDates.OFFICIAL, progress);
    }

    /**
     * Reads the whole report, form 06a on {@code dates06a}. {@code progress} gets fractions 0..1; an interrupted
     * thread stops with a CancellationException.
     */
    public static ReportModel load(AppContext ctx, Period period, LocalDate asOf, PeriodDates dates06a,
                                   ProgressListener progress) {
        progress.progress(0.02, "reading");
        String unit = ctx.unitName().orElse(""); // the unit chosen in the shell, else the settings' unit
        List<Procedure> procedures = ctx.register().procedures().findAll();
        Map<String, Procedure> byCode = new HashMap<>();
        for (Procedure p : procedures) byCode.put(p.code(), p);
        Period year = Period.year(period.year());
        LocalDate from = min(year.start(), period.start()).minusDays(1);
        LocalDate to = max(year.end(), period.end()).plusDays(1);
        List<Dossier> dossiers = new ArrayList<>();
        ctx.register().dossiers().forEach(ctx.unitScope(), from, to, dossiers::add); // the shell's unit choice
        check();
        progress.progress(0.3, "rates");
        // each dossier's deadline on its own unit's calendar
        java.util.function.Function<String, DeadlineCalculator> calcOf = ctx.register().calculators();
        ServiceRates rates = rates(period, asOf, dossiers, procedures, byCode, calcOf);

        List<OverdueLine> overdue = new ArrayList<>();
        for (Dossier d : dossiers) {
            if (!period.contains(d.receivedOn()) || d.receivedOn().isAfter(asOf)) continue;
            Procedure p = byCode.get(d.procedureCode());
            if (p == null) continue;
            var deadline = calcOf.apply(d.unitCode()).compute(d, p, asOf);
            if (deadline.status() == DossierStatus.OVERDUE) {
                overdue.add(new OverdueLine(d.code(), p.code(), p.name(), d.applicant(), deadline.dueOn(),
                        deadline.workingDaysLate()));
            }
        }
        overdue.sort(Comparator.comparingInt(OverdueLine::workingDaysLate).reversed()
                .thenComparing(OverdueLine::dueOn).thenComparing(OverdueLine::code));
        int overdueTotal = overdue.size();
        List<OverdueLine> top = new ArrayList<>(overdue.subList(0, Math.min(OVERDUE_LINES, overdue.size())));
        check();
        progress.progress(0.45, "months");

        List<ServiceRates> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Period month = Period.month(period.year(), m);
            if (month.start().isAfter(asOf)) break;
            LocalDate monthAsOf = min(asOf, month.end());
            months.add(rates(month, monthAsOf, dossiers, procedures, byCode, calcOf));
            check();
            progress.progress(0.45 + 0.35 * m / 12, "months");
        }

        progress.progress(0.85, "scores");
        FrameworkRepository frameworks = new FrameworkRepository(ctx.database());
        try {
            frameworks.installTemplatesIfMissing(); // as the scores screen does: 766, PAR and SIPAS always appear
        } catch (RuntimeException e) {
            // a read-only database: report the frameworks it has
        }
        ScoreRepository scores = ctx.scores(); // the chosen unit's, else the home unit's
        List<FrameworkSection> sections = new ArrayList<>();
        for (Framework f : ordered(frameworks.findAll())) {
            sections.add(section(scores, f, period.toString(), rates));
        }
        List<Target> targets = new ArrayList<>();
        List<Target> all = scores.targets();
        for (Target t : all) if (t.period().equals(period.toString())) targets.add(t);
        for (Target t : all) {
            if (t.period().equals(String.valueOf(period.year()))
                    && targets.stream().noneMatch(x -> x.kind() == t.kind() && x.subject().equals(t.subject()))) {
                targets.add(t);
            }
        }
        check();
        progress.progress(0.95, "form 06a");
        // the shell's unit choice, as the rest of the report
        Form06aService.Result form06a = Form06aService.compute(ctx.register(), ctx.unitScope(), period, dates06a, asOf);
        progress.progress(1.0, "done");
        return new ReportModel(unit, period, asOf, rates, top, overdueTotal, months, sections, targets, form06a);
    }

    /** One framework's section for a period (also used by the charts screen for a single framework). */
    public static FrameworkSection section(ScoreRepository scores, Framework f, String period, ServiceRates rates) {
        List<Score> history = scores.findAll(f.code());
        String year = period.substring(0, 4);
        boolean ownScores = history.stream().anyMatch(s -> s.period().equals(period) && !s.isEmpty());
        String versionPeriod = ownScores || period.equals(year) ? period : year;
        FrameworkVersion version = scores.versionFor(f.code(), versionPeriod);
        Map<String, Rate> rateMap = rates == null ? Map.of() : rates.rates();
        return FrameworkSection.build(f, version, period, history, rateMap);
    }

    /** 766 first, then PAR, the department PAR, SIPAS, then the officer's frameworks by code. */
    public static List<Framework> ordered(List<Framework> all) {
        List<String> first = List.of(Framework.SERVICE_766, Framework.PAR, Framework.PAR_DEPARTMENT, Framework.SIPAS);
        List<Framework> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt((Framework f) -> {
            int i = first.indexOf(f.code());
            return i < 0 ? first.size() : i;
        }).thenComparing(Framework::code));
        return out;
    }

    private static void check() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("cancelled");
    }

    private static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }

    private static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }
}
