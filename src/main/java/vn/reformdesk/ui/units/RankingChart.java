package vn.reformdesk.ui.units;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.report.units.UnitsReport;
import vn.reformdesk.ui.common.I18n;

/**
 * The ranked units as horizontal bars, best at the top, each labelled with its value; the target of each unit as a
 * black tick across its bar; the average as a dashed vertical line labelled with its value. Rates are drawn in %.
 * Units with no data are not drawn (the table lists them). One hue: the average and targets differ by shape.
 */
public final class RankingChart {
    private static final Color VALUE = new Color(0x1f, 0x4e, 0x8c);
    private static final Color BELOW = new Color(0x8a, 0xa4, 0xc8);
    private static final Color INK = new Color(0x11, 0x11, 0x11);

    private RankingChart() {}

    private static Font font(int style, double size, double scale) {
        return new Font("SansSerif", style, (int) Math.round(size * scale));
    }

    /** The bar's label: "1. Sở Giao thông vận tải". */
    static String label(UnitRanking.Entry e) { return e.rank() + ". " + e.unit().name(); }

    private static double shown(UnitMeasure m, double v) { return m.scale() == UnitMeasure.Scale.RATE ? v * 100 : v; }

    public static JFreeChart of(String title, String subtitle, UnitRanking ranking, List<UnitRanking.Entry> entries,
                                double scale) {
        UnitMeasure m = ranking.measure();
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        String valueKey = I18n.t("units.chart.value");
        String targetKey = I18n.t("units.chart.target");
        double hi = 0;
        double lo = Double.MAX_VALUE;
        for (UnitRanking.Entry e : entries) {
            if (!e.hasData()) continue;
            values.addValue(shown(m, e.value()), valueKey, label(e));
            targets.addValue(e.target() == null ? null : shown(m, e.target()), targetKey, label(e));
            hi = Math.max(hi, shown(m, e.value()));
            lo = Math.min(lo, shown(m, e.value()));
            if (e.target() != null) hi = Math.max(hi, shown(m, e.target()));
        }
        BarRenderer bars = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                UnitRanking.Entry e = entries.stream().filter(UnitRanking.Entry::hasData).toList().get(column);
                return e.aboveAverage() ? VALUE : BELOW; // better than the average in the full hue
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, VALUE);
        bars.setMaximumBarWidth(0.7);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                UnitRanking.Entry e = entries.stream().filter(UnitRanking.Entry::hasData).toList().get(column);
                return UnitsReport.value(m, e.value());
            }
        });
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font(Font.BOLD, 11, scale));
        bars.setDefaultItemLabelPaint(Color.WHITE);
        // inside the bar's start: the average line and the target ticks lie near the bars' ends (a province's units score
        // close together), where a label at the end was crossed by the tick
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
        LineAndShapeRenderer ticks = new LineAndShapeRenderer(false, true);
        Shape tick = new Rectangle2D.Double(-1.5 * scale, -9 * scale, 3 * scale, 18 * scale);
        ticks.setSeriesShape(0, tick);
        ticks.setSeriesPaint(0, INK);
        ticks.setSeriesVisibleInLegend(0, entries.stream().anyMatch(e -> e.hasData() && e.target() != null));

        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        CategoryAxis domain = new CategoryAxis();
        domain.setTickLabelFont(font(Font.PLAIN, 11, scale));
        domain.setMaximumCategoryLabelWidthRatio(0.45f);
        domain.setCategoryMargin(0.15);
        plot.setDomainAxis(domain);
        NumberAxis range = new NumberAxis(m.scale() == UnitMeasure.Scale.RATE || m.scale() == UnitMeasure.Scale.PERCENT
                ? "%" : I18n.t("units.col.score"));
        range.setTickLabelFont(font(Font.PLAIN, 11, scale));
        range.setLabelFont(font(Font.PLAIN, 11, scale));
        // scores and rates of a province's units lie close together: the axis starts below the lowest (at a round
        // number) so the differences show; counts start at 0
        double from = m.scale() == UnitMeasure.Scale.COUNT || lo == Double.MAX_VALUE ? 0
                : Math.max(0, Math.floor((lo - Math.max(5, (hi - lo) * 0.5)) / 5) * 5);
        range.setRange(from, Math.max(from + 1, hi + Math.max(1, (hi - from) * 0.04)));
        plot.setRangeAxis(range);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(0, targets);
        plot.setRenderer(0, ticks);
        plot.setDataset(1, values);
        plot.setRenderer(1, bars);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        if (ranking.average() != null) {
            ValueMarker avg = new ValueMarker(shown(m, ranking.average()));
            avg.setPaint(INK);
            avg.setStroke(new BasicStroke((float) (2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {(float) (7 * scale), (float) (5 * scale)}, 0f));
            avg.setLabel(I18n.t("units.chart.average") + " " + UnitsReport.value(m, ranking.average()));
            avg.setLabelFont(font(Font.BOLD, 11, scale));
            avg.setLabelPaint(INK);
            avg.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            avg.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            avg.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(avg, Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(title, font(Font.BOLD, 15, scale)));
        TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, 12, scale));
        sub.setPaint(INK);
        chart.addSubtitle(sub);
        chart.getLegend().setItemFont(font(Font.PLAIN, 11, scale));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
