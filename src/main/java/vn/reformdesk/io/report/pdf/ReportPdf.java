package vn.reformdesk.io.report.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import vn.reformdesk.domain.calendar.VietnamTime;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.io.ProgressListener;
import vn.reformdesk.io.report.form06a.Form06aTable;
import vn.reformdesk.io.report.form06a.Form06aText;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The period report as a PDF (A4, DejaVu Sans embedded), in the current {@link I18n} language:
 * <ol>
 *   <li>title page: unit, period with its dates, as-of date, the headline figures;</li>
 *   <li>the period's counters and rates with numerator and denominator ("no data" for a zero denominator) and the
 *       rate targets;</li>
 *   <li>the overdue dossiers (top {@value ReportModel#OVERDUE_LINES}, most working days late first, then the count
 *       of the rest);</li>
 *   <li>the official periodic report Biểu II.06a of the same period, on a page of its own: its dates printed
 *       (official by default; a note says so when they differ from the period's calendar dates used above), the
 *       table by level and field with the total laid out as the form (heading rows repeated on a following page),
 *       and the note on how rejected and withdrawn dossiers count;</li>
 *   <li>the Decision 766 components: computed points beside the entered scores;</li>
 *   <li>PAR, SIPAS (and the officer's frameworks that have values) against their targets;</li>
 *   <li>the charts: a bullet chart per framework, the trend of the total with its target, the rank (inverted axis),
 *       the computed rates by month of the period's year. Charts are PNG images at twice their drawn size.</li>
 * </ol>
 */
public final class ReportPdf {
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color HEAD_BG = new Color(0xe3, 0xe8, 0xf0);
    private static final Color GROUP_BG = new Color(0xf3, 0xf5, 0xf8);
    private static final float CHART_W = 515;
    /** Form 06a's TT and field columns, as multiples of a count column, and its cells' padding. */
    private static final float NUMBER_06A = 0.75f;
    private static final float FIELD_06A = 3.6f;
    private static final float PAD_06A = 2.5f;

    private final ReportModel m;
    private final Font body;
    private final Font bold;
    private final Font small;
    private final Font h1;
    private final Font h2;
    private final Font title;
    private final BaseFont base;
    private PdfWriter writer;

    private ReportPdf(ReportModel m) {
        this.m = m;
        base = ReportFonts.pdf(false);
        BaseFont b = ReportFonts.pdf(true);
        body = new Font(base, 9.5f, Font.NORMAL, Color.BLACK);
        small = new Font(base, 8f, Font.NORMAL, Color.DARK_GRAY);
        bold = new Font(b, 9.5f, Font.NORMAL, Color.BLACK);
        h1 = new Font(b, 15f, Font.NORMAL, INK);
        h2 = new Font(b, 12f, Font.NORMAL, INK);
        title = new Font(b, 22f, Font.NORMAL, INK);
    }

    public static byte[] render(ReportModel m) throws IOException {
        return render(m, ProgressListener.NONE);
    }

    /** Renders the report; progress in [0, 1]; an interrupted thread stops with a CancellationException. */
    public static byte[] render(ReportModel m, ProgressListener progress) throws IOException {
        try {
            return new ReportPdf(m).write(progress);
        } catch (DocumentException e) {
            throw new IOException("PDF: " + e.getMessage(), e);
        }
    }

    private byte[] write(ProgressListener progress) throws DocumentException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 44, 50);
        writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Footer());
        doc.addTitle(I18n.t("indexcharts.report.title") + " — " + ReportText.period(m.period()));
        doc.addSubject(m.unitName());
        doc.addCreator("ReformDesk");
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG,
                new com.lowagie.text.pdf.PdfString(I18n.english() ? "en" : "vi"));
        doc.open();
        titlePage(doc);
        progress.progress(0.1, "counters");
        doc.newPage();
        counters(doc);
        rates(doc);
        check();
        progress.progress(0.2, "overdue");
        overdue(doc);
        progress.progress(0.25, "form 06a");
        doc.newPage();
        form06a(doc);
        check();
        progress.progress(0.3, "scores");
        doc.newPage();
        m.section(Framework.SERVICE_766).ifPresent(s -> add(doc, service766(s)));
        for (FrameworkSection s : m.sections()) {
            if (s.framework().code().equals(Framework.SERVICE_766)) continue;
            if (isStandard(s) || s.hasValues()) {
                room(doc, 160);
                add(doc, framework(s));
            }
        }
        check();
        charts(doc, progress);
        doc.close();
        progress.progress(1, "done");
        return out.toByteArray();
    }

    private static boolean isStandard(FrameworkSection s) {
        String c = s.framework().code();
        return c.equals(Framework.PAR) || c.equals(Framework.SIPAS);
    }

    private static void check() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("cancelled");
    }

    private static void add(Document doc, List<Element> elements) {
        for (Element e : elements) doc.add(e);
    }

    // ---- title page

    private void titlePage(Document doc) {
        Paragraph top = new Paragraph(m.unitName().isBlank() ? I18n.t("indexcharts.report.noUnit") : m.unitName(), h2);
        top.setAlignment(Element.ALIGN_CENTER);
        top.setSpacingBefore(40);
        doc.add(top);
        Paragraph t = new Paragraph(I18n.t("indexcharts.report.title"), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(90);
        t.setLeading(30);
        doc.add(t);
        Paragraph p = new Paragraph(ReportText.periodWithDates(m.period()), h1);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(24);
        doc.add(p);
        Paragraph a = new Paragraph(I18n.t("indexcharts.report.asOf", Fmt.date(m.asOf())), h2);
        a.setAlignment(Element.ALIGN_CENTER);
        a.setSpacingBefore(8);
        doc.add(a);

        ServiceRates r = m.rates();
        PdfPTable box = new PdfPTable(new float[] {3, 2});
        box.setWidthPercentage(70);
        box.setSpacingBefore(70);
        headRow(box, I18n.t("indexcharts.report.headline"), "");
        row(box, I18n.t("indexcharts.counter.received"), Fmt.count(r.received()));
        row(box, I18n.t("reports.rate.on_time_rate"), ReportText.rate(r.rate(ServiceRates.ON_TIME)));
        row(box, I18n.t("indexcharts.counter.overdue"), Fmt.count(r.overdue()));
        row(box, I18n.t("reports.rate.online_rate"), ReportText.rate(r.rate(ServiceRates.ONLINE)));
        m.section(Framework.SERVICE_766).ifPresent(s -> {
            Double computed = s.topLevel().stream().allMatch(l -> l.computedPoints() == null) ? null
                    : s.lines().stream().filter(l -> l.component().computed() && l.computedPoints() != null)
                    .mapToDouble(FrameworkSection.Line::computedPoints).sum();
            row(box, I18n.t("indexcharts.report.computed766"), ReportText.points(computed) + " / "
                    + Fmt.number(s.lines().stream().filter(l -> l.component().computed())
                    .mapToDouble(l -> l.component().max()).sum(), 2));
        });
        doc.add(box);

        Paragraph note = new Paragraph(I18n.t("indexcharts.report.scope", Fmt.date(m.asOf())), small);
        note.setAlignment(Element.ALIGN_CENTER);
        note.setSpacingBefore(60);
        doc.add(note);
        Paragraph made = new Paragraph(I18n.t("indexcharts.report.made", Fmt.date(VietnamTime.today())), small);
        made.setAlignment(Element.ALIGN_CENTER);
        doc.add(made);
    }

    // ---- counters and rates

    private Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, h1);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        p.setKeepTogether(true);
        return p;
    }

    private Paragraph sub(String text) {
        Paragraph p = new Paragraph(text, h2);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private void counters(Document doc) {
        doc.add(heading("1. " + I18n.t("indexcharts.report.counters")));
        doc.add(new Paragraph(I18n.t("indexcharts.report.countersNote", ReportText.periodWithDates(m.period()),
                Fmt.date(m.asOf())), small));
        ServiceRates r = m.rates();
        PdfPTable t = new PdfPTable(new float[] {5, 2});
        t.setWidthPercentage(70);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        headRow(t, I18n.t("indexcharts.report.counter"), I18n.t("indexcharts.report.dossiers"));
        row(t, I18n.t("indexcharts.counter.received"), Fmt.count(r.received()), true);
        for (Channel c : Channel.values()) {
            row(t, "    " + I18n.t("indexcharts.report.byChannel", I18n.t("channel." + c.code())), Fmt.count(r.channel(c)));
        }
        row(t, I18n.t("indexcharts.counter.resolved"), Fmt.count(r.resolved()), true);
        row(t, "    " + I18n.t("status.early"), Fmt.count(r.early()));
        row(t, "    " + I18n.t("status.on_time"), Fmt.count(r.onTime()));
        row(t, "    " + I18n.t("status.late"), Fmt.count(r.late()));
        row(t, I18n.t("indexcharts.counter.overdue"), Fmt.count(r.overdue()), true);
        row(t, I18n.t("indexcharts.counter.pending"), Fmt.count(r.pending()), true);
        row(t, "    " + I18n.t("indexcharts.counter.dueSoon"), Fmt.count(r.dueSoon()));
        row(t, I18n.t("indexcharts.counter.paused"), Fmt.count(r.paused()), true);
        doc.add(t);
    }

    private void rates(Document doc) {
        doc.add(heading("2. " + I18n.t("indexcharts.report.rates")));
        ServiceRates r = m.rates();
        PdfPTable t = new PdfPTable(new float[] {6, 1.6f, 1.6f, 1.8f, 1.8f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(8);
        headRow(t, I18n.t("indexcharts.report.rate"), I18n.t("indexcharts.report.numerator"),
                I18n.t("indexcharts.report.denominator"), I18n.t("indexcharts.report.value"),
                I18n.t("indexcharts.report.target"));
        for (String key : r.rates().keySet()) {
            Rate rate = r.rate(key);
            String target = m.rateTarget(key).map(tg -> (tg.direction() == Direction.LOWER ? "≤ " : "≥ ")
                    + Fmt.percent(tg.value())).orElse("—");
            row(t, I18n.t("reports.rate." + key), Fmt.count(rate.numerator()), Fmt.count(rate.denominator()),
                    ReportText.rate(rate), target);
        }
        doc.add(t);
        doc.add(new Paragraph(I18n.t("indexcharts.report.ratesNote"), small));
    }

    // ---- overdue

    private void overdue(Document doc) {
        doc.add(heading("3. " + I18n.t("indexcharts.report.overdue", Fmt.count(m.overdueTotal()))));
        if (m.overdue().isEmpty()) {
            doc.add(new Paragraph(I18n.t("indexcharts.report.noOverdue", Fmt.date(m.asOf())), body));
            return;
        }
        PdfPTable t = new PdfPTable(new float[] {2.4f, 5, 3, 1.7f, 1.5f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(8);
        headRow(t, I18n.t("indexcharts.report.code"), I18n.t("indexcharts.report.procedure"),
                I18n.t("indexcharts.report.applicant"), I18n.t("indexcharts.report.dueOn"),
                I18n.t("indexcharts.report.daysLate"));
        for (ReportModel.OverdueLine o : m.overdue()) {
            row(t, o.code(), o.procedureName(), o.applicant() == null ? "" : o.applicant(), Fmt.date(o.dueOn()),
                    Fmt.count(o.workingDaysLate()));
        }
        doc.add(t);
        int rest = m.overdueTotal() - m.overdue().size();
        if (rest > 0) doc.add(new Paragraph(I18n.t("indexcharts.report.overdueRest", Fmt.count(rest)), bold));
    }

    // ---- form 06a

    /**
     * The form's table on A4 portrait: the 11 count columns share what the TT and field columns leave of the 515 pt
     * text width (about 35 pt each, room for 99.999 at 7.5 pt); the headings wrap inside their columns.
     */
    private void form06a(Document doc) {
        Form06a f = m.form06a().form();
        doc.add(heading("4. " + I18n.t("report06a.form")));
        Paragraph title = new Paragraph(I18n.t("report06a.title"), bold);
        title.setSpacingAfter(4);
        doc.add(title);
        // several units in the register: say that the table adds them up (one unit is named on every page's foot)
        if (m.form06a().units().size() > 1) doc.add(new Paragraph(Form06aText.unitLine(m.form06a()), body));
        doc.add(new Paragraph(Form06aText.periodLine(f) + ".", body));
        if (!f.from().equals(m.period().start()) || !f.to().equals(m.period().end())) {
            doc.add(new Paragraph(I18n.t("indexcharts.report.form06aDates", ReportText.periodWithDates(m.period())), small));
        }
        if (f.running()) doc.add(new Paragraph(Form06aText.runningNote(f), small));
        Paragraph unit = new Paragraph(I18n.t("report06a.unitNumber"), small);
        unit.setAlignment(Element.ALIGN_RIGHT);
        unit.setSpacingBefore(2);
        unit.setSpacingAfter(3);
        doc.add(unit);
        // the total row holds the widest counts: shrink the counts' type below 7.5 pt only when they would not fit
        float countWidth = (doc.right() - doc.left()) / (NUMBER_06A + FIELD_06A + 11) - 2 * PAD_06A - 1;
        float widest = 0;
        for (Form06a.Column c : Form06a.Column.values()) {
            widest = Math.max(widest, bold.getBaseFont().getWidthPoint(Fmt.count(f.total().get(c)), 1));
        }
        float size = Math.min(7.5f, countWidth / widest);
        Font cell = new Font(base, size, Font.NORMAL, Color.BLACK);
        Font cellBold = new Font(bold.getBaseFont(), size, Font.NORMAL, Color.BLACK);
        Font head = headingFont(countWidth + 1);
        Font number = new Font(base, 7f, Font.ITALIC, Color.DARK_GRAY);
        PdfPTable t = Form06aTable.of(f, cell, cellBold, head, number, NUMBER_06A, FIELD_06A, PAD_06A);
        doc.add(t);
        Paragraph note = new Paragraph(I18n.t("report06a.note"), small);
        note.setSpacingBefore(6);
        doc.add(note);
        doc.add(new Paragraph(I18n.t("indexcharts.report.form06aFull"), small));
    }

    /**
     * The count columns' headings at 7 pt bold unless a word would be cut inside a column ("Overdue", "previous" in
     * English): then the type shrinks to fit the widest word, and turns regular (narrower) below 6.3 pt.
     */
    private Font headingFont(float width) {
        BaseFont boldBase = bold.getBaseFont();
        float widestBold = 0;
        float widestRegular = 0;
        for (Form06a.Column c : Form06a.Column.values()) {
            for (String word : Form06aText.heading(c).split("\\s+")) {
                widestBold = Math.max(widestBold, boldBase.getWidthPoint(word, 1));
                widestRegular = Math.max(widestRegular, base.getWidthPoint(word, 1));
            }
        }
        float size = Math.min(7f, width / widestBold);
        if (size >= 6.3f) return new Font(boldBase, size, Font.NORMAL, Color.BLACK);
        return new Font(base, Math.min(7f, width / widestRegular), Font.NORMAL, Color.BLACK);
    }

    // ---- frameworks

    private List<Element> service766(FrameworkSection s) {
        List<Element> out = new java.util.ArrayList<>();
        out.add(heading("5. " + s.framework().name(I18n.english())));
        out.add(new Paragraph(I18n.t("indexcharts.report.766Note", ReportText.period(m.period()),
                s.yearFallback() ? s.scoresPeriod() : ReportText.period(m.period())), small));
        PdfPTable t = new PdfPTable(new float[] {6.2f, 1.2f, 2.4f, 1.5f, 1.5f, 1.5f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(6);
        headRow(t, I18n.t("indexcharts.report.component"), I18n.t("indexcharts.report.max"),
                I18n.t("indexcharts.report.rateCounts"), I18n.t("indexcharts.report.computed"),
                I18n.t("indexcharts.report.entered"), I18n.t("indexcharts.report.target"));
        for (FrameworkSection.Line l : s.lines()) {
            boolean leaf = s.version().children(l.component().code()).isEmpty();
            String rate = l.rate() == null ? (l.component().computed() || !leaf ? "" : I18n.t("indexcharts.report.enteredOnly"))
                    : ReportText.rate(l.rate()) + "\n" + ReportText.fraction(l.rate());
            String computed = l.component().computed() || l.computedPoints() != null
                    ? ReportText.points(l.computedPoints()) : "—";
            boolean group = l.depth() == 0;
            cells(t, group, indent(l) + l.component().name(I18n.english()), Fmt.number(l.component().max(), 2), rate,
                    computed, ReportText.pointsOrDash(l.entered()), ReportText.pointsOrDash(l.target()));
        }
        totalRow(t, s, 6);
        out.add(t);
        return out;
    }

    private List<Element> framework(FrameworkSection s) {
        List<Element> out = new java.util.ArrayList<>();
        out.add(heading(s.framework().name(I18n.english())));
        String periodText = s.scoresPeriod();
        out.add(new Paragraph(I18n.t(s.hasValues() ? "indexcharts.report.scoresOf" : "indexcharts.report.noScores",
                periodText), small));
        if (!s.hasValues()) return out;
        PdfPTable t = new PdfPTable(new float[] {6.2f, 1.3f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(6);
        headRow(t, I18n.t("indexcharts.report.component"), I18n.t("indexcharts.report.max"),
                I18n.t("indexcharts.report.official"), I18n.t("indexcharts.report.self"),
                I18n.t("indexcharts.report.target"), I18n.t("indexcharts.report.gap"), I18n.t("indexcharts.report.rank"));
        for (FrameworkSection.Line l : s.lines()) {
            if (l.depth() > 0 && l.score() == null) continue; // criteria without scores would only add empty rows
            var sc = l.score();
            cells(t, l.depth() == 0, indent(l) + l.component().name(I18n.english()), Fmt.number(l.component().max(), 2),
                    ReportText.pointsOrDash(sc == null ? null : sc.official()),
                    ReportText.pointsOrDash(sc == null ? null : sc.self()), ReportText.pointsOrDash(l.target()),
                    gap(sc == null ? null : sc.gap()), rank(sc));
        }
        totalRow(t, s, 7);
        out.add(t);
        return out;
    }

    private void totalRow(PdfPTable t, FrameworkSection s, int columns) {
        var total = s.total();
        String[] cells = new String[columns];
        java.util.Arrays.fill(cells, "");
        cells[0] = I18n.t("indexcharts.report.total");
        cells[1] = Fmt.number(s.totalMax(), 2);
        if (columns == 6) { // 766: component, max, rate, computed, entered, target
            cells[4] = ReportText.pointsOrDash(s.totalValue());
            cells[5] = ReportText.pointsOrDash(total == null ? null : total.target());
            if (total != null && total.rank() != null) cells[2] = I18n.t("indexcharts.report.rankOf", rank(total));
        } else {
            cells[2] = ReportText.pointsOrDash(total == null ? null : total.official());
            cells[3] = ReportText.pointsOrDash(total == null ? null : total.self());
            cells[4] = ReportText.pointsOrDash(total == null ? null : total.target());
            cells[5] = gap(total == null ? null : total.gap());
            cells[6] = rank(total);
        }
        cells(t, true, cells);
    }

    private static String rank(vn.reformdesk.domain.index.Score s) {
        if (s == null || s.rank() == null) return "—";
        return s.ofUnits() == null ? String.valueOf(s.rank()) : s.rank() + "/" + s.ofUnits();
    }

    private static String gap(Double g) {
        if (g == null) return "—";
        return (g >= 0 ? "+" : "−") + Fmt.number(Math.abs(g), 2);
    }

    private static String indent(FrameworkSection.Line l) { return "   ".repeat(l.depth()); }

    // ---- charts

    private void charts(Document doc, ProgressListener progress) throws IOException {
        doc.newPage();
        doc.add(heading(I18n.t("indexcharts.report.charts")));
        int year = m.period().year();
        List<FrameworkSection> shown = m.sections().stream().filter(s -> isStandard(s)
                || s.framework().code().equals(Framework.SERVICE_766) || s.hasValues()).toList();
        int i = 0;
        for (FrameworkSection s : shown) {
            check();
            room(doc, IndexCharts.hasBullet(s) ? CHART_W * IndexCharts.bulletHeight(s.topLevel().size()) / 620 + 40 : 80);
            doc.add(sub(s.framework().name(I18n.english())));
            if (IndexCharts.hasBullet(s)) {
                chart(doc, IndexCharts.bullet(m, s, 1), 620, IndexCharts.bulletHeight(s.topLevel().size()));
            } else {
                empty(doc, I18n.t("indexcharts.empty.scores", s.scoresPeriod()));
            }
            // A trend needs two years; a single rank still says "x/N".
            if (IndexCharts.trendPoints(s, year).stream().filter(pt -> pt.value() != null).count() >= 2) {
                chart(doc, IndexCharts.trend(m, s, 1), 620, 330);
            }
            if (IndexCharts.hasRank(s, year)) chart(doc, IndexCharts.rank(m, s, 1), 620, 330);
            progress.progress(0.4 + 0.5 * (++i) / (shown.size() + 1), "charts");
        }
        room(doc, 380);
        doc.add(sub(I18n.t("indexcharts.chart.rates", String.valueOf(year))));
        if (IndexCharts.hasMonths(m)) chart(doc, IndexCharts.months(m, 1), 620, 380);
        else empty(doc, I18n.t("indexcharts.empty.rates", String.valueOf(year)));
    }

    /** Starts a new page unless {@code points} of height are left, so a heading never ends a page alone. */
    private void room(Document doc, float points) {
        if (writer.getVerticalPosition(true) - doc.bottom() < points) doc.newPage();
    }

    /** Draws the chart at w×h and embeds it at twice that resolution, scaled to the text width. */
    private void chart(Document doc, JFreeChart chart, int w, int h) throws IOException {
        room(doc, CHART_W * h / w + 12);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeScaledChartAsPNG(png, chart, w, h, 2, 2);
        Image img = Image.getInstance(png.toByteArray());
        img.scaleToFit(CHART_W, CHART_W * h / w);
        img.setAlignment(Image.MIDDLE);
        img.setSpacingBefore(4);
        img.setSpacingAfter(8);
        doc.add(img);
    }

    private void empty(Document doc, String text) {
        Paragraph p = new Paragraph(text, body);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    // ---- tables

    private void headRow(PdfPTable t, String... texts) {
        for (String s : texts) {
            PdfPCell c = new PdfPCell(new Phrase(s, bold));
            c.setBackgroundColor(HEAD_BG);
            c.setPadding(4);
            t.addCell(c);
        }
    }

    private void row(PdfPTable t, String... texts) { cells(t, false, texts); }

    private void row(PdfPTable t, String label, String value, boolean strong) { cells(t, strong, label, value); }

    private void cells(PdfPTable t, boolean strong, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            PdfPCell c = new PdfPCell(new Phrase(texts[i], strong ? bold : body));
            c.setPadding(3.5f);
            if (i > 0) c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            if (strong) c.setBackgroundColor(GROUP_BG);
            c.setBorderColor(Color.LIGHT_GRAY);
            t.addCell(c);
        }
    }

    /** Unit, period and as-of date with the page number at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Font f = new Font(base, 7.5f, Font.NORMAL, Color.GRAY);
            String left = (m.unitName().isBlank() ? "" : m.unitName() + " — ") + ReportText.period(m.period()) + " — "
                    + I18n.t("indexcharts.report.asOf", Fmt.date(m.asOf()));
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(left, f), document.left(), 28, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    new Phrase(I18n.t("indexcharts.report.page", writer.getPageNumber()), f), document.right(), 28, 0);
        }
    }

}
