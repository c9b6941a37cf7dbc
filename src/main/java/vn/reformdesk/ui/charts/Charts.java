package vn.reformdesk.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.reformdesk.ui.charts.ChartData.Caption;
import vn.reformdesk.ui.charts.ChartData.ComponentBar;
import vn.reformdesk.ui.charts.ChartData.RankPoint;
import vn.reformdesk.ui.charts.ChartData.RateSeries;
import vn.reformdesk.ui.charts.ChartData.TrendPoint;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The chart types of ReformDesk, built with JFreeChart in one hue (Stephen Few's bullet graph and plain
 * lines). Colour is never the only signal: values are labelled, targets are a distinct shape and line style,
 * and the legend names every series. {@code scale} enlarges every font for projectors (1 = desk).
 */
public final class Charts {
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color VALUE = new Color(0x1f, 0x4e, 0x8c);
    private static final Color BAND_POOR = new Color(0xd9, 0xd9, 0xd9);
    private static final Color BAND_FAIR = new Color(0xe8, 0xe8, 0xe8);
    private static final Color BAND_GOOD = new Color(0xf4, 0xf4, 0xf4);
    private static final Color TARGET = new Color(0x11, 0x11, 0x11);
    private static final double FAIR_FROM = 0.6;
    private static final double GOOD_FROM = 0.85;

    private Charts() {}

    private static Font font(int style, double size, double scale) {
        return new Font("SansSerif", style, (int) Math.round(size * scale));
    }

    static DecimalFormat decimal() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setDecimalSeparator(',');
        s.setGroupingSeparator('.');
        return new DecimalFormat("#,##0.##", s);
    }

    private static JFreeChart frame(JFreeChart chart, Caption caption, double scale) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(caption.title(), font(Font.BOLD, 18, scale)));
        TextTitle sub = new TextTitle(caption.subtitle(I18n.t("charts.period"), I18n.t("charts.asOf")),
                font(Font.PLAIN, 13, scale));
        sub.setPaint(INK);
        chart.addSubtitle(sub);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, 12, scale));
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static void axes(CategoryPlot plot, double scale) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.setOutlineVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(font(Font.PLAIN, 12, scale));
        domain.setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setTickLabelFont(font(Font.PLAIN, 12, scale));
        plot.getRangeAxis().setLabelFont(font(Font.PLAIN, 12, scale));
    }

    /**
     * Builds a small bullet chart and drops it: loads and initialises JFreeChart's classes on a background thread
     * during start-up, so the dashboard's first chart does not do it on the JavaFX thread. Draws nothing (no AWT
     * graphics off the JavaFX thread).
     */
    public static void warmUp() {
        bullet(new Caption("", "", ""), List.of(new ComponentBar("Chỉ số", 1.0, 2.0, 3.0)), 1);
    }

    /**
     * Bullet-style bars: for each component the shaded bands up to its maximum (poor / fair / good), the value
     * as a dark bar labelled with "value/max", and the target as a black tick.
     */
    public static JFreeChart bullet(Caption caption, List<ComponentBar> bars, double scale) {
        DefaultCategoryDataset bands = new DefaultCategoryDataset();
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        String poor = I18n.t("charts.band.poor");
        String fair = I18n.t("charts.band.fair");
        String good = I18n.t("charts.band.good");
        String value = I18n.t("charts.value");
        String target = I18n.t("charts.target");
        DecimalFormat f = decimal();
        for (ComponentBar b : bars) {
            String label = b.label() + " (" + (b.value() == null ? I18n.t("common.noData") : f.format(b.value()))
                    + "/" + f.format(b.max()) + ")";
            bands.addValue(b.max() * FAIR_FROM, poor, label);
            bands.addValue(b.max() * (GOOD_FROM - FAIR_FROM), fair, label);
            bands.addValue(b.max() * (1 - GOOD_FROM), good, label);
            values.addValue(b.value(), value, label);
            targets.addValue(b.target(), target, label);
        }
        StackedBarRenderer bandRenderer = new StackedBarRenderer();
        bandRenderer.setBarPainter(new StandardBarPainter());
        bandRenderer.setShadowVisible(false);
        bandRenderer.setSeriesPaint(0, BAND_POOR);
        bandRenderer.setSeriesPaint(1, BAND_FAIR);
        bandRenderer.setSeriesPaint(2, BAND_GOOD);
        bandRenderer.setMaximumBarWidth(0.5);
        bandRenderer.setDefaultSeriesVisibleInLegend(true);

        BarRenderer valueRenderer = new BarRenderer();
        valueRenderer.setBarPainter(new StandardBarPainter());
        valueRenderer.setShadowVisible(false);
        valueRenderer.setSeriesPaint(0, VALUE);
        valueRenderer.setMaximumBarWidth(0.3 / Math.max(1, bars.size())); // a third of the band
        valueRenderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", f));
        valueRenderer.setDefaultItemLabelsVisible(true);
        valueRenderer.setDefaultItemLabelFont(font(Font.BOLD, 12, scale));
        valueRenderer.setDefaultItemLabelPaint(Color.WHITE);
        valueRenderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE3,
                TextAnchor.CENTER_RIGHT));

        LineAndShapeRenderer targetRenderer = new LineAndShapeRenderer(false, true);
        targetRenderer.setSeriesVisibleInLegend(0, bars.stream().anyMatch(b -> b.target() != null));
        // A thin bar across the value: the classic bullet-graph target mark.
        Shape tick = new Rectangle2D.Double(-2 * scale, -14 * scale, 4 * scale, 28 * scale);
        targetRenderer.setSeriesShape(0, tick);
        targetRenderer.setSeriesPaint(0, TARGET);

        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainAxis(new CategoryAxis());
        NumberAxis range = new NumberAxis(I18n.t("charts.points"));
        range.setUpperBound(bars.stream().mapToDouble(ComponentBar::max).max().orElse(1) * 1.02);
        plot.setRangeAxis(range);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(0, targets);
        plot.setRenderer(0, targetRenderer);
        plot.setDataset(1, values);
        plot.setRenderer(1, valueRenderer);
        plot.setDataset(2, bands);
        plot.setRenderer(2, bandRenderer);
        // Higher dataset indices are drawn first, so bands lie under the value and the target on top.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        axes(plot, scale);
        return frame(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), caption, scale);
    }

    /** The trend of an index over periods: the value (solid, round marks) and the target (dashed, square marks). */
    public static JFreeChart trend(Caption caption, List<TrendPoint> points, Double max, double scale) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String value = I18n.t("charts.value");
        String target = I18n.t("charts.target");
        // No target in any period: no target line, and no "Mục tiêu" in the legend for a line that is not drawn
        boolean anyTarget = points.stream().anyMatch(p -> p.target() != null);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrendPoint p : points) {
            ds.addValue(p.value(), value, p.period());
            if (anyTarget) ds.addValue(p.target(), target, p.period());
            for (Double v : new Double[] {p.value(), p.target()}) {
                if (v == null) continue;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        LineAndShapeRenderer r = lineRenderer(scale);
        r.setSeriesPaint(0, VALUE);
        r.setSeriesPaint(1, TARGET);
        r.setSeriesStroke(1, dashed(scale));
        r.setSeriesShape(1, new Rectangle((int) (-4 * scale), (int) (-4 * scale), (int) (8 * scale), (int) (8 * scale)));
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimal()));
        r.setSeriesItemLabelsVisible(0, true);
        r.setDefaultItemLabelFont(font(Font.BOLD, 12, scale));
        // a value just above its target: the default 2 px put the label on the target's square mark
        r.setItemLabelAnchorOffset(7 * scale);
        NumberAxis axis = new NumberAxis(I18n.t("charts.points"));
        axis.setAutoRangeIncludesZero(false);
        double[] range = trendRange(lo, hi, max);
        if (range != null) axis.setRange(range[0], range[1]);
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), axis, r);
        axes(plot, scale);
        return frame(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), caption, scale);
    }

    /**
     * The value axis of a trend: around the points (and targets) with a margin, never past 0 or the maximum. A
     * single point on a 0–100 axis looked like a flat line at the top; null when there is nothing to show.
     */
    static double[] trendRange(double lo, double hi, Double max) {
        if (lo > hi) return max == null ? null : new double[] {0, max};
        double pad = Math.max((hi - lo) * 0.25, Math.max(Math.abs(hi) * 0.05, 0.5));
        double from = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
        double to = max == null ? hi + pad : Math.min(max + pad * 0.4, hi + pad); // room for a label at the maximum
        if (to <= from) to = from + pad;
        return new double[] {from, to};
    }

    /** Rank over periods; lower is better, so the axis is inverted (1st at the top) and each point says "x/N". */
    public static JFreeChart rank(Caption caption, List<RankPoint> points, double scale) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String rank = I18n.t("charts.rank");
        int worst = 1;
        for (RankPoint p : points) {
            ds.addValue(p.rank(), rank, p.period());
            if (p.ofUnits() != null) worst = Math.max(worst, p.ofUnits());
            if (p.rank() != null) worst = Math.max(worst, p.rank());
        }
        LineAndShapeRenderer r = lineRenderer(scale);
        r.setSeriesPaint(0, VALUE);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                RankPoint p = points.get(column);
                return p.rank() == null ? "" : p.ofUnits() == null ? String.valueOf(p.rank()) : p.rank() + "/" + p.ofUnits();
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(font(Font.BOLD, 12, scale));
        NumberAxis axis = new NumberAxis(I18n.t("charts.rankAxis"));
        axis.setInverted(true);
        axis.setRange(0.5, worst + 0.5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), axis, r);
        axes(plot, scale);
        return frame(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), caption, scale);
    }

    /**
     * Computed rates by period (%), one line per rate with its own mark shape and its last value written at its end
     * (labels kept apart, {@link EndLabels}); thresholds as dashed lines in the rate's colour, named once in the
     * legend. Period labels are short (T1…T12) and never turned, so neighbours cannot run into each other.
     */
    public static JFreeChart rates(Caption caption, List<String> periods, List<RateSeries> series, double scale) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (RateSeries s : series) {
            for (int i = 0; i < periods.size(); i++) {
                Double v = i < s.values().size() ? s.values().get(i) : null;
                ds.addValue(v == null ? null : v * 100, s.name(), periods.get(i));
            }
            if (s.threshold() != null) {
                String name = s.name() + " — " + I18n.t("charts.threshold");
                for (String p : periods) ds.addValue(s.threshold() * 100, name, p);
            }
        }
        LineAndShapeRenderer r = lineRenderer(scale);
        Color[] hues = {VALUE, new Color(0x2e, 0x7d, 0x32), new Color(0x8e, 0x24, 0xaa), new Color(0xe6, 0x51, 0x00)};
        Shape[] shapes = {new Ellipse2D.Double(-4 * scale, -4 * scale, 8 * scale, 8 * scale),
            new Rectangle2D.Double(-4 * scale, -4 * scale, 8 * scale, 8 * scale),
            new java.awt.Polygon(new int[] {0, (int) (5 * scale), (int) (-5 * scale)},
                    new int[] {(int) (-5 * scale), (int) (4 * scale), (int) (4 * scale)}, 3),
            new Rectangle2D.Double(-5 * scale, -2 * scale, 10 * scale, 4 * scale)};
        LegendItemCollection legend = new LegendItemCollection();
        List<Integer> rateRows = new java.util.ArrayList<>();
        int row = 0;
        int hue = 0;
        boolean anyThreshold = false;
        for (RateSeries s : series) {
            r.setSeriesPaint(row, hues[hue % hues.length]);
            r.setSeriesShape(row, shapes[hue % shapes.length]);
            rateRows.add(row);
            row++;
            if (s.threshold() != null) {
                r.setSeriesPaint(row, hues[hue % hues.length]);
                // every other threshold starts its dashes a dash later: two rates with the same threshold (80 % for
                // online payment and digitised results) show both colours in turn instead of one over the other
                r.setSeriesStroke(row, new BasicStroke((float) (2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10f, new float[] {(float) (7 * scale), (float) (7 * scale)}, (float) (7 * scale * (hue % 2))));
                r.setSeriesShapesVisible(row, false);
                anyThreshold = true;
                row++;
            }
            hue++;
        }
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2} %", decimal()));
        NumberAxis axis = new NumberAxis("%");
        axis.setRange(0, 105);
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), axis, r);
        axes(plot, scale);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        for (int rateRow : rateRows) legend.add(r.getLegendItem(0, rateRow));
        if (anyThreshold) {
            // one entry for every dashed line: each threshold is drawn in its rate's colour
            LegendItem dashes = new LegendItem(I18n.t("charts.thresholds"), null, null, null, false,
                    new Rectangle2D.Double(-4 * scale, -1, 8 * scale, 2), false, Color.GRAY, false, Color.GRAY,
                    new BasicStroke(1f), true, new Line2D.Double(-9 * scale, 0, 9 * scale, 0), dashed(scale), Color.GRAY);
            legend.add(dashes);
        }
        plot.setFixedLegendItems(legend);
        Font labelFont = font(Font.BOLD, 12, scale);
        double gap = 5 * scale;
        double room = EndLabels.room(labelFont, gap, Fmt.percent(1.0), Fmt.percent(0.888));
        plot.setInsets(new RectangleInsets(4, 4, 4, room));
        plot.addAnnotation(new EndLabels(rateRows, v -> Fmt.percent(v / 100), labelFont, gap, room));
        return frame(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true), caption, scale);
    }

    private static LineAndShapeRenderer lineRenderer(double scale) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setDefaultStroke(new BasicStroke((float) (2.5 * scale)));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    private static BasicStroke dashed(double scale) {
        return new BasicStroke((float) (2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (8 * scale), (float) (6 * scale)}, 0f);
    }
}
