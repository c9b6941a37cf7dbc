package vn.reformdesk.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.ui.charts.ChartData.Caption;
import vn.reformdesk.ui.charts.ChartData.ComponentBar;
import vn.reformdesk.ui.charts.ChartData.RankPoint;
import vn.reformdesk.ui.charts.ChartData.RateSeries;
import vn.reformdesk.ui.charts.ChartData.TrendPoint;
import vn.reformdesk.ui.common.I18n;

/** Every chart type draws, names its period and as-of date, and exports to PNG and SVG. */
class ChartsTest {
    @TempDir
    Path dir;

    static final Caption CAPTION = new Caption("Chỉ số phục vụ người dân, doanh nghiệp", "2024", "31/12/2024");

    static List<ComponentBar> sample766() {
        return List.of(new ComponentBar("Công khai, minh bạch", 15.3, 16.0, 18),
                new ComponentBar("Tiến độ giải quyết", 16.39, 19.0, 20),
                new ComponentBar("Dịch vụ trực tuyến", 14.31, 18.0, 22),
                new ComponentBar("Mức độ hài lòng", 17.88, 17.0, 18),
                new ComponentBar("Số hóa hồ sơ", 19.75, null, 22),
                new ComponentBar("Chưa chấm", null, 10.0, 10));
    }

    @Test
    void everyChartStatesPeriodAndAsOfAndExports() throws Exception {
        I18n.setLocale(new Locale("vi"));
        List<JFreeChart> charts = List.of(
                Charts.bullet(CAPTION, sample766(), 1),
                Charts.trend(CAPTION, List.of(new TrendPoint("2022", 88.1, 90.0), new TrendPoint("2023", 86.72, 90.0),
                        new TrendPoint("2024", 89.05, 90.0)), 100.0, 1),
                Charts.rank(CAPTION, List.of(new RankPoint("2022", 5, 20), new RankPoint("2023", 7, 20)), 1),
                Charts.rates(CAPTION, List.of("01/2024", "02/2024", "03/2024"),
                        List.of(new RateSeries("Đúng hạn", List.of(0.99, 1.0, 0.98), null),
                                new RateSeries("Trực tuyến", java.util.Arrays.asList(0.6, null, 0.7), 0.5)), 1.5));
        int i = 0;
        for (JFreeChart chart : charts) {
            assertThat(chart.getSubtitle(0).toString()).isNotNull();
            String sub = ((org.jfree.chart.title.TextTitle) chart.getSubtitle(1)).getText();
            assertThat(sub).contains("Kỳ 2024").contains("Tính đến 31/12/2024");
            Path png = dir.resolve("c" + i + ".png");
            Path svg = dir.resolve("c" + i + ".svg");
            ChartExport.png(chart, png, 1000, 600);
            ChartExport.svg(chart, svg, 1000, 600);
            assertThat(Files.size(png)).isGreaterThan(5_000);
            assertThat(Files.readString(svg)).contains("<svg").contains("Tính đến 31/12/2024");
            i++;
        }
    }

    @Test
    void aSinglePointTrendIsShownAroundItsValueWithoutATargetInTheLegend() {
        I18n.setLocale(new Locale("vi"));
        JFreeChart chart = Charts.trend(CAPTION, List.of(new TrendPoint("2024", 86.94, null)), 100.0, 1);
        NumberAxis axis = (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis();
        assertThat(axis.getLowerBound()).isGreaterThan(50).isLessThan(86.94);
        assertThat(axis.getUpperBound()).isGreaterThan(86.94).isLessThan(100.5);
        List<String> legend = legend(chart);
        assertThat(legend).doesNotContain(I18n.t("charts.target"));
        JFreeChart bullet = Charts.bullet(CAPTION, List.of(new ComponentBar("A", 5.0, null, 10.0)), 1);
        assertThat(legend(bullet)).doesNotContain(I18n.t("charts.target"));
    }

    @Test
    void ratesNameTheThresholdsOnceAndWriteEachLinesLastValue() throws Exception {
        I18n.setLocale(new Locale("vi"));
        JFreeChart chart = Charts.rates(CAPTION, List.of("T1", "T2", "T3"), List.of(
                new RateSeries("Đúng hạn", List.of(0.99, 1.0, 1.0), null),
                new RateSeries("Trực tuyến", List.of(0.99, 0.998, 0.998), 0.5),
                new RateSeries("Thanh toán", List.of(0.8, 0.7, 0.75), 0.8)), 0.9);
        assertThat(legend(chart)).containsExactly("Đúng hạn", "Trực tuyến", "Thanh toán", I18n.t("charts.thresholds"));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertThat(plot.getDomainAxis().getCategoryLabelPositions())
                .isEqualTo(org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
        // the end labels: one annotation, placed by LabelPlacement (LabelPlacementTest)
        assertThat(plot.getAnnotations()).hasSize(1).first().isInstanceOf(EndLabels.class);
        ChartExport.png(chart, dir.resolve("rates.png"), 390, 280); // drawn at a chart cell's size at 1024×768
    }

    static List<String> legend(JFreeChart chart) {
        List<String> out = new java.util.ArrayList<>();
        var items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) out.add(items.get(i).getLabel());
        return out;
    }

    @Test
    void rankAxisIsInvertedSoFirstIsOnTop() {
        JFreeChart chart = Charts.rank(CAPTION, List.of(new RankPoint("2023", 29, 34)), 1);
        NumberAxis axis = (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis();
        assertThat(axis.isInverted()).isTrue();
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(34);
    }
}
