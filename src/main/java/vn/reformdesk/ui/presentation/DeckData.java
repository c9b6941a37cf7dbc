package vn.reformdesk.ui.presentation;

import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.ui.charts.ChartData;
import vn.reformdesk.ui.dashboard.DashboardData;
import vn.reformdesk.ui.dashboard.DashboardLoader;
import vn.reformdesk.ui.dashboard.IndexBars;
import vn.reformdesk.ui.common.I18n;

/**
 * What a deck shows for one period, read once in the background: the dashboard figures, each index's components
 * (PAR and SIPAS are yearly, so their scores are those of the period's year), the yearly trends and ranks, and the
 * official periodic report (Biểu II.06a) of the period's code on its official dates (Decree 09/2019: the 15th of the
 * month before to the 14th), as the unit sends it.
 */
public record DeckData(String unitName, DashboardData dashboard, List<IndexSlide> indices, List<Series> series,
                       vn.reformdesk.domain.report.Form06a report06a) {

    /** One index slide: a framework's components for a period. */
    public record IndexSlide(SlideType type, String framework, String name, String scorePeriod, List<IndexBars.Bar> bars) {}

    /** A framework's yearly totals and ranks (for the trend and rank slides). */
    public record Series(String framework, String name, double max, List<ChartData.TrendPoint> trend,
                         List<ChartData.RankPoint> ranks) {
        public boolean hasTrend() { return trend.stream().anyMatch(p -> p.value() != null); }

        public boolean hasRanks() { return ranks.stream().anyMatch(p -> p.rank() != null); }
    }

    /** How many procedures the overdue slide lists. */
    public static final int TOP = 8;

    public IndexSlide index(SlideType type) {
        return indices.stream().filter(i -> i.type() == type).findFirst().orElse(null);
    }

    public static DeckData load(AppContext app, Period period) {
        String one = app.unitScope().unitCodeOrNull(); // the unit chosen in the shell, if any
        String unit = (one != null ? app.register().units().find(one).map(vn.reformdesk.domain.unit.Unit::name)
                : app.register().settings().get(SettingsRepository.UNIT_NAME)).filter(s -> !s.isBlank())
                .orElse(I18n.t("presentation.unitUnknown"));
        DashboardData d = DashboardLoader.load(app, period, TOP);
        ScoreRepository scores = app.scores();
        FrameworkRepository frameworks = new FrameworkRepository(app.database());
        boolean en = I18n.english();
        String year = Integer.toString(period.year());
        List<IndexSlide> indices = new ArrayList<>();
        indices.add(new IndexSlide(SlideType.INDEX_766, Framework.SERVICE_766,
                DashboardLoader.frameworkName(app, Framework.SERVICE_766), period.toString(), d.bars766()));
        String par = parFramework(frameworks, scores, year);
        indices.add(yearly(app, scores, SlideType.INDEX_PAR, par, year, en));
        indices.add(yearly(app, scores, SlideType.INDEX_SIPAS, Framework.SIPAS, year, en));
        List<Series> series = new ArrayList<>();
        for (String f : List.of(Framework.SERVICE_766, par, Framework.SIPAS)) {
            series.add(series(app, frameworks, scores, f));
        }
        var report06a = vn.reformdesk.service.Form06aService.compute(app.register(), app.unitScope(), period,
                vn.reformdesk.domain.period.PeriodDates.OFFICIAL, app.asOf()).form();
        return new DeckData(unit, d, indices, series, report06a);
    }

    /** The department PAR when it has component scores for the year, else the province PAR when it has, else the department's. */
    static String parFramework(FrameworkRepository frameworks, ScoreRepository scores, String year) {
        for (String f : List.of(Framework.PAR_DEPARTMENT, Framework.PAR)) {
            if (frameworks.find(f).isPresent() && scores.find(f, year).stream().anyMatch(s -> !s.isTotal())) return f;
        }
        return frameworks.find(Framework.PAR_DEPARTMENT).isPresent() ? Framework.PAR_DEPARTMENT : Framework.PAR;
    }

    private static IndexSlide yearly(AppContext app, ScoreRepository scores, SlideType type, String framework,
                                     String year, boolean en) {
        List<Component> components = DashboardLoader.components(app, framework, year);
        List<Score> s = new FrameworkRepository(app.database()).find(framework).isPresent()
                ? scores.find(framework, year) : List.of();
        return new IndexSlide(type, framework, DashboardLoader.frameworkName(app, framework), year,
                IndexBars.of(components, s, null, en));
    }

    private static Series series(AppContext app, FrameworkRepository frameworks, ScoreRepository scores, String f) {
        String name = DashboardLoader.frameworkName(app, f);
        List<ChartData.TrendPoint> trend = new ArrayList<>();
        List<ChartData.RankPoint> ranks = new ArrayList<>();
        double max = 100;
        var fw = frameworks.find(f);
        if (fw.isPresent()) {
            FrameworkVersion v = frameworks.currentVersion(f);
            max = v.totalMax(fw.get().unit(), fw.get().aggregation());
            for (Score s : scores.findAll(f)) {
                if (!s.isTotal() || !s.period().matches("\\d{4}")) continue;
                Double value = s.official() != null ? s.official() : s.self();
                trend.add(new ChartData.TrendPoint(s.period(), value, s.target()));
                ranks.add(new ChartData.RankPoint(s.period(), s.rank(), s.ofUnits()));
            }
        }
        return new Series(f, name, max, trend, ranks);
    }
}
