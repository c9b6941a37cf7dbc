package vn.reformdesk.io.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * {@code report --format png}: a one-page summary image (1600 × 2000 px, for a message or a slide), not a picture
 * of the PDF's first page — the title page alone says little. It holds the unit, period and as-of date, the
 * counters, the rates with numerator / denominator, the Decision 766 bullet chart (or the first framework with
 * scores) and the computed rates by month.
 */
public final class ReportPng {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 2000;
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color RULE = new Color(0xcc, 0xd3, 0xde);

    private ReportPng() {}

    public static byte[] render(ReportModel m) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, m);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, ReportModel m) {
        Font h0 = ReportFonts.awt(true, 34f);
        Font h1 = ReportFonts.awt(true, 24f);
        Font body = ReportFonts.awt(false, 21f);
        Font bold = ReportFonts.awt(true, 21f);
        int x = 60;
        int y = 70;
        g.setColor(INK);
        g.setFont(h1);
        g.drawString(m.unitName().isBlank() ? I18n.t("indexcharts.report.noUnit") : m.unitName(), x, y);
        y += 52;
        g.setFont(h0);
        g.drawString(I18n.t("indexcharts.png.title", ReportText.periodWithDates(m.period())), x, y);
        y += 40;
        g.setFont(body);
        g.drawString(I18n.t("indexcharts.report.asOf", Fmt.date(m.asOf())), x, y);
        y += 24;
        g.setColor(RULE);
        g.setStroke(new BasicStroke(2));
        g.drawLine(x, y, WIDTH - x, y);

        ServiceRates r = m.rates();
        List<String[]> left = new ArrayList<>();
        left.add(new String[] {I18n.t("indexcharts.counter.received"), Fmt.count(r.received())});
        for (Channel c : Channel.values()) {
            left.add(new String[] {"   " + I18n.t("channel." + c.code()), Fmt.count(r.channel(c))});
        }
        left.add(new String[] {I18n.t("indexcharts.counter.resolved"), Fmt.count(r.resolved())});
        left.add(new String[] {"   " + I18n.t("status.early"), Fmt.count(r.early())});
        left.add(new String[] {"   " + I18n.t("status.on_time"), Fmt.count(r.onTime())});
        left.add(new String[] {"   " + I18n.t("status.late"), Fmt.count(r.late())});
        left.add(new String[] {I18n.t("indexcharts.counter.overdue"), Fmt.count(r.overdue())});
        left.add(new String[] {I18n.t("indexcharts.counter.pending"), Fmt.count(r.pending())});
        left.add(new String[] {I18n.t("indexcharts.counter.paused"), Fmt.count(r.paused())});
        List<String[]> right = new ArrayList<>();
        for (String key : ServiceRates.MAIN_RATES) {
            right.add(new String[] {I18n.t("reports.rate." + key), ReportText.rate(r.rate(key)),
                ReportText.fraction(r.rate(key))});
        }
        int top = y + 48;
        g.setColor(INK);
        g.setFont(h1);
        g.drawString(I18n.t("indexcharts.report.counters"), x, top);
        g.drawString(I18n.t("indexcharts.report.rates"), 830, top);
        int ly = top + 40;
        for (String[] row : left) {
            g.setFont(row[0].startsWith(" ") ? body : bold);
            g.setColor(Color.BLACK);
            g.drawString(row[0], x, ly);
            drawRight(g, row[1], 740, ly);
            ly += 33;
        }
        int ry = top + 40;
        for (String[] row : right) {
            g.setFont(body);
            g.setColor(Color.BLACK);
            drawClipped(g, row[0], 830, ry, 1540 - 830);
            g.setFont(bold);
            g.drawString(row[1], 850, ry + 31);
            g.setFont(body);
            g.setColor(Color.DARK_GRAY);
            drawRight(g, row[2], 1540, ry + 31);
            ry += 74;
        }
        y = Math.max(ly, ry) + 10;

        int chartH = (HEIGHT - y - 60) / 2;
        FrameworkSection bulletOf = m.section(Framework.SERVICE_766).filter(IndexCharts::hasBullet)
                .orElseGet(() -> m.sections().stream().filter(IndexCharts::hasBullet).findFirst().orElse(null));
        if (bulletOf != null) {
            chart(g, IndexCharts.bullet(m, bulletOf, 1.45), x - 20, y, WIDTH - 2 * x + 40, chartH);
        } else {
            g.setFont(body);
            g.setColor(INK);
            g.drawString(I18n.t("indexcharts.empty.scores", m.period().toString()), x, y + 60);
        }
        y += chartH + 20;
        if (IndexCharts.hasMonths(m)) {
            chart(g, IndexCharts.months(m, 1.45), x - 20, y, WIDTH - 2 * x + 40, chartH);
        } else {
            g.setFont(body);
            g.setColor(INK);
            g.drawString(I18n.t("indexcharts.empty.rates", String.valueOf(m.period().year())), x, y + 60);
        }
    }

    private static void chart(Graphics2D g, JFreeChart chart, int x, int y, int w, int h) {
        chart.draw(g, new Rectangle2D.Double(x, y, w, h));
    }

    private static void drawRight(Graphics2D g, String s, int right, int y) {
        g.drawString(s, right - g.getFontMetrics().stringWidth(s), y);
    }

    /** Draws {@code s}, shortened with "…" to fit {@code width}. */
    private static void drawClipped(Graphics2D g, String s, int x, int y, int width) {
        String t = s;
        while (t.length() > 3 && g.getFontMetrics().stringWidth(t) > width) t = t.substring(0, t.length() - 2);
        if (!t.equals(s)) t = t.substring(0, t.length() - 1) + "…";
        g.drawString(t, x, y);
    }
}
