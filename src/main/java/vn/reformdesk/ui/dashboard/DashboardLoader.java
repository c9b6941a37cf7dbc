package vn.reformdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.List;

import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.AppContext;
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
        return load(app, app.unitScope(), period, today, top);
    }

    /** The dashboard of the units in {@code scope} (one unit's own dashboard, or every visible unit's). */
    public static DashboardData load(AppContext app, UnitScope scope, Period period, LocalDate today, int top) {
        return app.cached(key(scope, period, today, top), () -> compute(app, scope, period, today, top));
    }

    /** What the figures are kept under: everything they depend on besides the database. */
    static List<Object> key(UnitScope scope, Period period, LocalDate today, int top) {
        return List.of("dashboard", scope, period, today, top, I18n.english());
    }

    /** Reads the register and computes the figures (no cache; the stored period tallies are used when current). */
    public static DashboardData compute(AppContext app, Period period, LocalDate today, int top) {
        return compute(app, app.unitScope(), period, today, top);
    }

    /**
     * As above, of the scope's units. Scores and targets are a unit's own: the one unit's, or for every unit those of
     * the home unit (the officer's).
     */
    public static DashboardData compute(AppContext app, UnitScope scope, Period period, LocalDate today, int top) {
        RegisterService.DashboardFigures f = app.register().dashboardFigures(scope, period, today);
        ScoreRepository scores = new ScoreRepository(app.database(),
                scope.unitCodeOrNull() != null ? scope.unitCodeOrNull() : app.register().units().homeCode());
        DashboardData d = DashboardData.of(period, period.reportAsOf(today), f.current(), f.previous(), f.procedures(),
                scores.targets(), components(app, Framework.SERVICE_766, period.toString()),
                scoresOf(scores, Framework.SERVICE_766, period.toString()), I18n.english(), top);
        return d.withRegister(today, f.overdue(), f.dueSoon());
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
