package vn.reformdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.Futures;
import vn.reformdesk.service.PeriodTallies;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.FrameworkTemplates;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.ui.common.I18n;

/**
 * Reads what the dashboard and the slides need from the database (call it off the JavaFX thread). Reads only:
 * when the index frameworks are not installed yet, their shipped templates stand in.
 */
public final class DashboardLoader {
    private DashboardLoader() {}

    public static DashboardData load(AppContext app, Period period) {
        return load(app, period, DashboardData.TOP);
    }

    /** @param top how many procedures the overdue table lists */
    public static DashboardData load(AppContext app, Period period, int top) {
        return load(app, period, app.asOf(), top);
    }

    /**
     * As {@link #load(AppContext, Period, int)} with the app's date given ({@code reformdesk bench} sets it). The
     * figures are kept until the next write to the database: going back to the dashboard or through the slides
     * does not read the register again.
     */
    public static DashboardData load(AppContext app, Period period, LocalDate today, int top) {
        return app.cached(key(period, today, top), () -> compute(app, period, today, top));
    }

    /** What the figures are kept under: everything they depend on besides the database. */
    static List<Object> key(Period period, LocalDate today, int top) {
        return List.of("dashboard", period, today, top, I18n.english());
    }

    /** Reads the register and computes the figures (no cache; the stored period tallies are used when current). */
    public static DashboardData compute(AppContext app, Period period, LocalDate today, int top) {
        RegisterService reg = app.register();
        Period prev = period.previous();
        LocalDate asOf = period.reportAsOf(today);
        Map<String, Procedure> byCode = reg.proceduresByCode();
        DeadlineCalculator calc = reg.calculator();
        PeriodTallies tallies = reg.tallies();
        // Two halves on the two cores of an office PC: the previous period and then the register's open dossiers
        // in the background, the period itself and the rest on this thread.
        CompletableFuture<RateTally> previous = CompletableFuture.supplyAsync(
                () -> tallies.tally(prev, prev.reportAsOf(today), byCode, calc).tally());
        CompletableFuture<int[]> open = previous.thenApply(x -> reg.openCounts(today));
        RateTally current = tallies.tally(period, asOf, byCode, calc).tally();
        ScoreRepository scores = new ScoreRepository(app.database());
        List<Target> targets = scores.targets();
        List<Component> components = components(app, Framework.SERVICE_766, period.toString());
        List<Score> s766 = scoresOf(scores, Framework.SERVICE_766, period.toString());
        DashboardData d = DashboardData.of(period, asOf, current, Futures.result(previous), byCode.values(), targets,
                components, s766, I18n.english(), top);
        int[] counts = Futures.result(open); // only open dossiers can be overdue or due soon
        return d.withRegister(today, counts[0], counts[1]);
    }

    /** The framework's components for a period: the version its scores use, else the current one, else the template. */
    public static List<Component> components(AppContext app, String framework, String period) {
        FrameworkRepository frameworks = new FrameworkRepository(app.database());
        if (frameworks.find(framework).isPresent()) {
            return new ScoreRepository(app.database()).versionFor(framework, period).components();
        }
        return FrameworkTemplates.all().stream().filter(t -> t.framework().code().equals(framework)).findFirst()
                .map(FrameworkTemplates.Template::components).orElse(List.of());
    }

    public static List<Score> scoresOf(ScoreRepository scores, String framework, String period) {
        return scores.find(framework, period);
    }

    /** The framework's display name (template name when not installed). */
    public static String frameworkName(AppContext app, String framework) {
        boolean en = I18n.english();
        return new FrameworkRepository(app.database()).find(framework).map(f -> f.name(en))
                .or(() -> FrameworkTemplates.all().stream().filter(t -> t.framework().code().equals(framework))
                        .findFirst().map(t -> t.framework().name(en)))
                .orElse(framework);
    }
}
