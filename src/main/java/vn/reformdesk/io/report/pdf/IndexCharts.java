package vn.reformdesk.io.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.ui.charts.ChartData.Caption;
import vn.reformdesk.ui.charts.ChartData.ComponentBar;
import vn.reformdesk.ui.charts.ChartData.RankPoint;
import vn.reformdesk.ui.charts.ChartData.RateSeries;
import vn.reformdesk.ui.charts.ChartData.TrendPoint;
import vn.reformdesk.ui.charts.Charts;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The four index charts of a {@link ReportModel}, in the current language, shared by the PDF/PNG report and the
 * charts screen. Each chart's caption states the period and the as-of date. Each {@code has…} method tells
 * whether the chart would show anything, so callers can show an empty state that says what to enter instead.
 */
public final class IndexCharts {
    /** The rates drawn by month: key, full-marks threshold of Decision 766 (null = proportional). */
    static final List<String> MONTH_RATES = List.of(ServiceRates.ON_TIME, ServiceRates.ONLINE,
            ServiceRates.ONLINE_PAYMENT, ServiceRates.DIGITISED);

    private IndexCharts() {}

    /** A short name for chart titles ("Chỉ số 766", "PAR Index", "SIPAS"), else the framework's name. */
    public static String name(FrameworkSection s) {
        String key = "indexcharts.short." + s.framework().code();
        String shortName = I18n.t(key);
        return shortName.equals(key) ? s.framework().name(I18n.english()) : shortName;
    }

    private static Caption caption(String title, String period, ReportModel m) {
        return new Caption(title, period, Fmt.date(m.asOf()));
    }

    /** "Quý 3/2026" for a period text, or the text itself when it is not a period. */
    static String periodName(String text) {
        try {
            return ReportText.shortPeriod(vn.reformdesk.domain.period.Period.parse(text));
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Pixel height of a bullet chart drawn 620 px wide: room for two-line labels per bar. */
    public static int bulletHeight(int bars) { return Math.max(260, 130 + 52 * bars); }

    // ---- bullet

    public static List<ComponentBar> bars(FrameworkSection s) {
        List<ComponentBar> out = new ArrayList<>();
        for (FrameworkSection.Line l : s.topLevel()) {
            String label = l.component().name(I18n.english());
            if (l.entered() == null && l.computedPoints() != null) label += " (" + I18n.t("indexcharts.computedShort") + ")";
            out.add(new ComponentBar(label, l.value(), l.target(), s.percent() ? 100 : l.component().max()));
        }
        return out;
    }

    public static boolean hasBullet(FrameworkSection s) {
        return s.topLevel().stream().anyMatch(l -> l.value() != null);
    }

    public static JFreeChart bullet(ReportModel m, FrameworkSection s, double scale) {
        String title = I18n.t("indexcharts.chart.bullet", name(s));
        return Charts.bullet(caption(title, periodName(s.scoresPeriod()), m), bars(s), scale);
    }

    // ---- trend and rank

    public static List<TrendPoint> trendPoints(FrameworkSection s, int lastYear) {
        return s.years(lastYear).stream().map(y -> new TrendPoint(y.year(), y.value(), y.target())).toList();
    }

    public static boolean hasTrend(FrameworkSection s, int lastYear) {
        return s.years(lastYear).stream().anyMatch(y -> y.value() != null);
    }

    public static JFreeChart trend(ReportModel m, FrameworkSection s, double scale) {
        List<TrendPoint> pts = trendPoints(s, m.period().year());
        // a little headroom above the maximum so a value label near it is not cut off
        return Charts.trend(caption(I18n.t("indexcharts.chart.trend", name(s)), range(pts.stream()
                .map(TrendPoint::period).toList(), m), m), pts, s.totalMax() * 1.04, scale);
    }

    public static List<RankPoint> rankPoints(FrameworkSection s, int lastYear) {
        return s.years(lastYear).stream().filter(y -> y.rank() != null)
                .map(y -> new RankPoint(y.year(), y.rank(), y.ofUnits())).toList();
    }

    public static boolean hasRank(FrameworkSection s, int lastYear) { return !rankPoints(s, lastYear).isEmpty(); }

    public static JFreeChart rank(ReportModel m, FrameworkSection s, double scale) {
        List<RankPoint> pts = rankPoints(s, m.period().year());
        return Charts.rank(caption(I18n.t("indexcharts.chart.rank", name(s)), range(pts.stream()
                .map(RankPoint::period).toList(), m), m), pts, scale);
    }

    /** "2022–2024", or one year when there is one. */
    static String range(List<String> years, ReportModel m) {
        if (years.isEmpty()) return String.valueOf(m.period().year());
        String first = years.get(0);
        String last = years.get(years.size() - 1);
        return first.equals(last) ? first : first + "–" + last;
    }

    // ---- computed rates by month

    /**
     * The months' labels, short enough to stand upright side by side on a narrow chart ("T1"…"T12", "Jan"…"Dec"):
     * "01/2024" turned on its side ran into its neighbours at 1024 px. The year is in the chart's title.
     */
    public static List<String> monthLabels(ReportModel m) {
        List<String> out = new ArrayList<>();
        for (ServiceRates r : m.months()) out.add(monthLabel(r.period().number()));
        return out;
    }

    static String monthLabel(int month) {
        return I18n.english() ? java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                : "T" + month;
    }

    public static List<RateSeries> monthSeries(ReportModel m) {
        List<RateSeries> out = new ArrayList<>();
        for (String key : MONTH_RATES) {
            Double[] values = new Double[m.months().size()];
            for (int i = 0; i < values.length; i++) values[i] = m.months().get(i).rate(key).value();
            Double threshold = m.rateTarget(key).map(Target::value).orElse(threshold(key));
            out.add(new RateSeries(I18n.t("reports.rate." + key), Arrays.asList(values), threshold));
        }
        return out;
    }

    /** The full-marks levels of Decision 766 for the drawn rates (domain.md §3.1); null = none stated. */
    static Double threshold(String key) {
        return switch (key) {
            case ServiceRates.ONLINE -> 0.5;
            case ServiceRates.ONLINE_PAYMENT, ServiceRates.DIGITISED -> 0.8;
            default -> null;
        };
    }

    public static boolean hasMonths(ReportModel m) {
        return m.months().stream().anyMatch(r -> r.received() > 0);
    }

    public static JFreeChart months(ReportModel m, double scale) {
        return Charts.rates(caption(I18n.t("indexcharts.chart.rates", String.valueOf(m.period().year())),
                periodName(String.valueOf(m.period().year())), m), monthLabels(m), monthSeries(m), scale);
    }
}
