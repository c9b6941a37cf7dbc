package vn.reformdesk.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.domain.report.Form06a.Column;
import vn.reformdesk.ui.charts.ChartData;
import vn.reformdesk.ui.charts.Charts;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.dashboard.ChartImage;
import vn.reformdesk.ui.dashboard.DashboardData;
import vn.reformdesk.ui.dashboard.DashboardView;
import vn.reformdesk.ui.dashboard.DashboardViewModel;
import vn.reformdesk.ui.dashboard.IndexBars;
import vn.reformdesk.ui.dashboard.Tile;

/**
 * Builds one slide as a node of a given size: large type scaled to the height (root font size = height / 40, so
 * 27 px at 1080 and 19 px at 768), charts at scale height / 540 (2 at 1080), and on every slide the slide number
 * ("3/9"), the as-of date and the unit's name. Read-only: nothing on a slide can be edited or clicked.
 */
public final class Slides {
    public static final String CSS = "/css/presentation.css";

    private Slides() {}

    public static double fontPx(double height) { return Math.max(12, height / 40.0); }

    public static double chartScale(double height) { return Math.max(1.0, height / 540.0); }

    public static Region build(SlideType type, DeckData data, int number, int total, double width, double height) {
        DashboardData d = data.dashboard();
        Node body;
        String title;
        switch (type) {
            case TITLE -> {
                title = null;
                body = titleBody(data);
            }
            case COUNTERS -> {
                title = I18n.t("presentation.slide.counters");
                body = counters(d, width / height < 1.5 ? 3 : 4);
            }
            case OVERDUE -> {
                title = I18n.t("presentation.slide.overdue");
                body = overdue(d);
            }
            case FORM_06A -> {
                title = I18n.t("presentation.slide.form-06a");
                body = form06a(data.report06a(), fontPx(height));
            }
            case INDEX_766, INDEX_PAR, INDEX_SIPAS -> {
                DeckData.IndexSlide s = data.index(type);
                title = s.name();
                body = index(s, d, height);
            }
            case TRENDS -> {
                title = I18n.t("presentation.slide.trends");
                body = series(data, true, height);
            }
            case RANKS -> {
                title = I18n.t("presentation.slide.ranks");
                body = series(data, false, height);
            }
            case UNITS_DEPARTMENTS, UNITS_COMMUNES -> {
                vn.reformdesk.io.report.units.UnitsReport r = data.units().get(type);
                title = I18n.t(type.titleKey());
                body = units(r, type, height);
            }
            default -> throw new IllegalStateException(type.toString());
        }
        VBox page = new VBox();
        page.getStyleClass().add("slide-page");
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add("slide-title");
            t.setWrapText(true);
            Label sub = new Label(I18n.t("presentation.periodLine", DashboardViewModel.periodLabel(d.period()),
                    Fmt.date(d.period().start()), Fmt.date(d.period().end())));
            sub.getStyleClass().add("slide-subtitle");
            page.getChildren().addAll(t, sub);
        }
        VBox.setVgrow(body, Priority.ALWAYS);
        page.getChildren().add(body);

        Label unit = new Label(data.unitName());
        unit.getStyleClass().add("slide-footer");
        Label asOf = new Label(I18n.t("presentation.asOf", Fmt.date(d.asOf())));
        asOf.getStyleClass().add("slide-footer");
        asOf.setId("slide-asof");
        Label num = new Label(number + "/" + total);
        num.getStyleClass().addAll("slide-footer", "slide-number");
        num.setId("slide-number");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(unit, spacer, asOf, num);
        footer.getStyleClass().add("slide-footer-bar");
        footer.setAlignment(Pos.CENTER_LEFT);
        unit.setMinWidth(0);
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        num.setMinWidth(Region.USE_PREF_SIZE);
        page.getChildren().add(footer);

        StackPane slide = new StackPane(page);
        slide.getStyleClass().addAll("slide", "slide-type-" + type.code());
        slide.getStylesheets().add(Slides.class.getResource(CSS).toExternalForm());
        slide.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontPx(height)));
        slide.setPrefSize(width, height);
        slide.setMinSize(width, height);
        slide.setMaxSize(width, height);
        slide.setUserData(type);
        return slide;
    }

    private static Node titleBody(DeckData data) {
        DashboardData d = data.dashboard();
        Label unit = new Label(data.unitName());
        unit.getStyleClass().add("title-unit");
        unit.setWrapText(true);
        Label heading = new Label(I18n.t("presentation.title.heading"));
        heading.getStyleClass().add("title-heading");
        heading.setWrapText(true);
        Label period = new Label(I18n.t("presentation.periodLine", DashboardViewModel.periodLabel(d.period()),
                Fmt.date(d.period().start()), Fmt.date(d.period().end())));
        period.getStyleClass().add("title-period");
        period.setWrapText(true);
        Label asOf = new Label(I18n.t("presentation.asOf", Fmt.date(d.asOf())));
        asOf.getStyleClass().add("title-period");
        VBox box = new VBox(unit, heading, period, asOf);
        box.getStyleClass().add("title-box");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Four counters a row on a wide screen; three on a 4:3 projector, where "100,0 %" broke over two lines. */
    private static Node counters(DashboardData d, int cols) {
        List<Tile> tiles = DashboardViewModel.tiles(d);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("counter-grid");
        for (int i = 0; i < cols; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / cols);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int r = 0; r < (tiles.size() + cols - 1) / cols; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            Label label = new Label(t.label());
            label.getStyleClass().add("counter-label");
            label.setWrapText(true);
            Label value = new Label(t.value().replace(' ', '\u00A0')); // "100,0 %" stays on one line
            value.getStyleClass().addAll("counter-value", t.noData() ? "counter-nodata" : "counter-has-data");
            value.setWrapText(true);
            VBox box = new VBox(label, value);
            if (t.target() != null) {
                Label target = new Label(t.target());
                target.getStyleClass().addAll("counter-target", t.targetMet() == null ? "target-unknown"
                        : t.targetMet() ? "target-met" : "target-missed");
                target.setWrapText(true);
                box.getChildren().add(target);
            } else {
                // the slide is "against targets": a counter without one says so rather than leaving a gap
                Label none = new Label(I18n.t("presentation.noTarget"));
                none.getStyleClass().addAll("counter-target", "target-unknown");
                none.setWrapText(true);
                box.getChildren().add(none);
            }
            Label trend = new Label(t.trendText());
            trend.getStyleClass().addAll("counter-trend", "trend-" + t.quality());
            trend.setWrapText(true);
            box.getChildren().add(trend);
            box.getStyleClass().add("counter-box");
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMaxHeight(Double.MAX_VALUE);
            grid.add(box, i % cols, i / cols);
            GridPane.setFillHeight(box, true);
        }
        return grid;
    }

    /** The columns the 06a slide shows: received, carried over, resolved (early or on time, late), in process (overdue). */
    private static final String[] FORM_06A_HEADS = {"received", "carriedOver", "resolved", "inTime", "late", "inProcess",
        "overdue"};

    /**
     * The official report's figures by level with the total, in the form's own columns (3, 6, 7, 8 + 9, 10, 11, 13),
     * for the review to see what the unit sends; the whole table by field is on the Reports screen.
     */
    private static Node form06a(Form06a f, double em) {
        VBox box = new VBox();
        box.getStyleClass().add("overdue-box");
        Label dates = new Label(vn.reformdesk.io.report.form06a.Form06aText.periodLine(f));
        dates.getStyleClass().add("overdue-summary");
        dates.setWrapText(true);
        dates.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(dates);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("overdue-table");
        grid.setStyle("-fx-hgap: 0.6em;");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE); // "Cấp tỉnh", "Tổng cộng" on one line; the counts' headings wrap
        name.setHgrow(Priority.ALWAYS);
        name.setFillWidth(true);
        grid.getColumnConstraints().add(name);
        for (int i = 0; i < FORM_06A_HEADS.length; i++) {
            // seven counts fit a 4:3 projector; 5.2 em holds a bold English word whole ("Received" broke as "Receive d")
            ColumnConstraints c = new ColumnConstraints(5.2 * em);
            c.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(c);
        }
        Label level = new Label(I18n.t("presentation.form06a.level"));
        level.getStyleClass().add("table-head");
        level.setMaxHeight(Double.MAX_VALUE);
        level.setAlignment(Pos.BOTTOM_LEFT);
        grid.add(level, 0, 0);
        for (int i = 0; i < FORM_06A_HEADS.length; i++) {
            Label h = new Label(I18n.t("presentation.form06a." + FORM_06A_HEADS[i]));
            h.getStyleClass().add("table-head");
            h.setWrapText(true);
            h.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
            h.setAlignment(Pos.BOTTOM_RIGHT);
            h.setMaxWidth(Double.MAX_VALUE);
            h.setMaxHeight(Double.MAX_VALUE);
            h.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(h, i + 1, 0);
        }
        java.util.Map<vn.reformdesk.domain.procedure.AdminLevel, long[]> byLevel = new java.util.EnumMap<>(
                vn.reformdesk.domain.procedure.AdminLevel.class);
        for (var r : f.rows()) {
            long[] sum = byLevel.computeIfAbsent(r.level(), l -> new long[FORM_06A_HEADS.length]);
            long[] v = form06aValues(r.counts());
            for (int i = 0; i < v.length; i++) sum[i] += v[i];
        }
        int row = 1;
        for (var e : byLevel.entrySet()) {
            form06aRow(grid, row++, vn.reformdesk.io.report.form06a.Form06aText.level(e.getKey()), e.getValue(), false);
        }
        form06aRow(grid, row, I18n.t("report06a.total"), form06aValues(f.total()), true);
        box.getChildren().add(grid);
        return box;
    }

    private static long[] form06aValues(Form06a.Counts c) {
        return new long[] {c.get(Column.RECEIVED), c.get(Column.CARRIED_OVER), c.get(Column.RESOLVED),
            c.get(Column.EARLY) + c.get(Column.ON_TIME), c.get(Column.LATE), c.get(Column.IN_PROCESS), c.get(Column.OVERDUE)};
    }

    private static void form06aRow(GridPane grid, int row, String name, long[] values, boolean total) {
        Label n = new Label(name);
        n.getStyleClass().add("table-cell");
        n.setMinWidth(Region.USE_PREF_SIZE);
        if (total) n.setStyle("-fx-font-weight: bold;");
        grid.add(n, 0, row);
        for (int i = 0; i < values.length; i++) {
            // late (10) and overdue (13) in the warning colour when not zero, as on the overdue slide
            boolean warn = (i == 4 || i == 6) && values[i] > 0;
            Label v = cell(Fmt.count(values[i]), warn);
            v.setMinWidth(Region.USE_PREF_SIZE);
            if (total) v.setStyle("-fx-font-weight: bold;");
            grid.add(v, i + 1, row);
        }
    }

    private static Node overdue(DashboardData d) {
        VBox box = new VBox();
        box.getStyleClass().add("overdue-box");
        Label summary = new Label(I18n.t("presentation.overdue.summary", Fmt.count(d.current().overdue()),
                Fmt.count(d.current().late()), Fmt.count(d.current().received())));
        summary.getStyleClass().add("overdue-summary");
        summary.setWrapText(true);
        box.getChildren().add(summary);
        if (d.topProcedures().isEmpty()) {
            Label none = new Label(I18n.t("presentation.overdue.none"));
            none.getStyleClass().add("slide-empty");
            none.setWrapText(true);
            box.getChildren().add(none);
            return box;
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("overdue-table");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        name.setFillWidth(true);
        grid.getColumnConstraints().add(name);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.RIGHT);
            c.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(c);
        }
        String[] heads = {I18n.t("dashboard.col.procedure"), I18n.t("dashboard.col.overdue"), I18n.t("dashboard.col.late"),
            I18n.t("dashboard.col.received")};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.getStyleClass().add("table-head");
            grid.add(h, i, 0);
        }
        int row = 1;
        for (DashboardData.ProcedureLine l : d.topProcedures()) {
            Label n = new Label(l.code() + " — " + l.name());
            n.getStyleClass().add("table-cell");
            n.setMinWidth(0);
            grid.add(n, 0, row);
            grid.add(cell(Fmt.count(l.overdue()), l.overdue() > 0), 1, row);
            grid.add(cell(Fmt.count(l.late()), l.late() > 0), 2, row);
            grid.add(cell(Fmt.count(l.received()), false), 3, row);
            row++;
        }
        box.getChildren().add(grid);
        return box;
    }

    private static Label cell(String text, boolean bad) {
        Label l = new Label(text);
        l.getStyleClass().addAll("table-cell", "number-cell");
        if (bad) l.getStyleClass().add("cell-bad");
        return l;
    }

    private static Node index(DeckData.IndexSlide s, DashboardData d, double height) {
        VBox box = new VBox();
        box.getStyleClass().add("chart-box");
        List<ChartData.ComponentBar> bars = DashboardView.bars(s.bars());
        String periodText = s.type() == SlideType.INDEX_766 ? DashboardViewModel.periodLabel(d.period())
                : I18n.t("indexcharts.period.year", s.scorePeriod());
        ChartData.Caption caption = new ChartData.Caption(I18n.t("presentation.index.chartTitle"), periodText,
                Fmt.date(d.asOf()));
        // long component names (PAR) get wide labels; many bars get a slightly smaller type so lines never overlap
        double scale = Math.min(chartScale(height), height * 0.5 / (Math.max(1, bars.size()) * 2.6 * 13));
        double used = Math.max(1.0, Math.min(chartScale(height), Math.max(scale, chartScale(height) * 0.75)));
        ChartImage chart = new ChartImage(w -> DashboardView.wideLabels(Charts.bullet(caption, bars, used)));
        VBox.setVgrow(chart, Priority.ALWAYS);
        if (bars.isEmpty() || s.bars().stream().allMatch(b -> b.value() == null)) {
            Label hint = new Label(I18n.t("presentation.index.empty", s.scorePeriod()));
            hint.getStyleClass().add("slide-empty");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        box.getChildren().add(chart);
        if (s.bars().stream().anyMatch(IndexBars.Bar::partial)) {
            Label note = new Label(I18n.t("dashboard.chart.partial"));
            note.getStyleClass().add("slide-note");
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        return box;
    }

    private static Node series(DeckData data, boolean trend, double height) {
        DashboardData d = data.dashboard();
        double scale = chartScale(height) * 0.8;
        HBox row = new HBox();
        row.getStyleClass().add("series-row");
        List<DeckData.Series> shown = new ArrayList<>();
        for (DeckData.Series s : data.series()) if (trend ? s.hasTrend() : s.hasRanks()) shown.add(s);
        if (shown.isEmpty()) {
            Label none = new Label(I18n.t(trend ? "presentation.trends.none" : "presentation.ranks.none"));
            none.getStyleClass().add("slide-empty");
            none.setWrapText(true);
            return new VBox(none);
        }
        for (DeckData.Series s : shown) {
            List<String> years = (trend ? s.trend().stream().map(ChartData.TrendPoint::period)
                    : s.ranks().stream().map(ChartData.RankPoint::period)).toList();
            String span = years.isEmpty() ? "" : years.size() == 1 ? years.get(0)
                    : years.get(0) + "–" + years.get(years.size() - 1);
            ChartData.Caption caption = new ChartData.Caption(shortName(s), span, Fmt.date(d.asOf()));
            ChartImage chart = trend
                    ? new ChartImage(w -> Charts.trend(caption, s.trend(), s.max(), scale))
                    : new ChartImage(w -> Charts.rank(caption, s.ranks().stream().filter(p -> p.rank() != null).toList(), scale));
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setPrefWidth(100);
            chart.setMaxWidth(Double.MAX_VALUE);
            chart.setMaxHeight(Double.MAX_VALUE);
            row.getChildren().add(chart);
        }
        return row;
    }

    /** At most this many units on a ranking slide: the first and the last half of them when there are more. */
    static final int UNITS_SHOWN = 20;

    /**
     * A ranking of units: the bars (the first and last {@link #UNITS_SHOWN} / 2 when there are more, said so) with
     * the average line and the targets, and beside them the average, how many are above it, first and last.
     */
    private static Node units(vn.reformdesk.io.report.units.UnitsReport r, SlideType type, double height) {
        if (r == null || r.ranking().ranked().isEmpty()) {
            Label none = new Label(I18n.t("units.slide.none", r == null ? "" : vn.reformdesk.io.report.units.UnitsReport
                    .measureName(r.measure())));
            none.getStyleClass().add("slide-empty");
            none.setWrapText(true);
            return new VBox(none);
        }
        List<vn.reformdesk.domain.unit.UnitRanking.Entry> ranked = r.ranking().ranked();
        List<vn.reformdesk.domain.unit.UnitRanking.Entry> shown = ranked;
        if (ranked.size() > UNITS_SHOWN) {
            shown = new ArrayList<>(ranked.subList(0, UNITS_SHOWN / 2));
            shown.addAll(ranked.subList(ranked.size() - UNITS_SHOWN / 2, ranked.size()));
        }
        List<vn.reformdesk.domain.unit.UnitRanking.Entry> bars = shown;
        String caption = r.subtitle() + " — " + I18n.t("units.asOf", Fmt.date(r.asOf()));
        double scale = Math.max(1.0, chartScale(height) * (bars.size() > 12 ? 0.7 : 0.85));
        ChartImage chart = new ChartImage(w -> vn.reformdesk.ui.units.RankingChart.of(
                vn.reformdesk.io.report.units.UnitsReport.measureName(r.measure()), caption, r.ranking(), bars, scale));
        chart.setMaxHeight(Double.MAX_VALUE);
        chart.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox side = new VBox();
        side.getStyleClass().add("overdue-box");
        side.setStyle("-fx-spacing: 0.4em;");
        List<String> lines = new ArrayList<>(r.summary());
        if (bars.size() < ranked.size()) lines.add(I18n.t("units.slide.part", bars.size(), ranked.size()));
        for (String line : lines) {
            Label l = new Label(line);
            l.getStyleClass().add("overdue-summary");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            side.getChildren().add(l);
        }
        side.setMinWidth(0);
        side.setPrefWidth(height * 0.55);
        side.setMaxWidth(height * 0.6);
        HBox row = new HBox(chart, side);
        row.setStyle("-fx-spacing: 0.8em;");
        return row;
    }

    /** A framework's short name for a small chart: the part before the parenthesis ("SIPAS" when it is in it). */
    static String shortName(DeckData.Series s) {
        return I18n.t("presentation.short." + s.framework());
    }
}
