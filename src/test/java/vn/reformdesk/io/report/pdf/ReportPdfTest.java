package vn.reformdesk.io.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import picocli.CommandLine;
import vn.reformdesk.cli.RootCommand;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.ProgressListener;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.report.form06a.Form06aText;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.Form06aService;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.charts.ChartData.TrendPoint;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

public class ReportPdfTest {
    @TempDir
    static Path dir;
    static AppContext sample;

    @BeforeAll
    static void loadSample() {
        sample = TestDb.context(dir.resolve("sample"));
        SampleLoader.load(sample.database(), (f, m) -> { }); // procedures, dossiers, calendar and index scores
    }

    @AfterAll
    static void close() { sample.close(); }

    @AfterEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder sb = new StringBuilder();
        PdfTextExtractor x = new PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) sb.append(x.getTextFromPage(i)).append('\n');
        reader.close();
        return sb.toString();
    }

    /**
     * The flattened text of the page that holds form 06a's section (the extractor gives a page's paragraphs and its
     * table in layer order, not top to bottom, so the section is read as its page).
     */
    public static String page06a(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor x = new PdfTextExtractor(reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                String page = flat(x.getTextFromPage(i));
                if (page.contains("4.BiểusốII.06a/VPCP/KSTT") || page.contains("4.FormII.06a/VPCP/KSTT")) return page;
            }
        } finally {
            reader.close();
        }
        throw new AssertionError("no page with form 06a");
    }

    /** Text extraction joins table cells with or without spaces; compare without any. */
    public static String flat(String s) { return s.replaceAll("\\s+", ""); }

    /**
     * Hand-worked quarter: procedure of 5 working days, free. D1 online, received Mon 06/07/2026, resolved
     * 08/07 (early); D2 in person, received the same day, never resolved (overdue as of 30/09); D3 by post,
     * received Tue 29/09, pending. Received 3 (1 per channel), resolved 1, early 1, overdue 1, pending 1;
     * on-time rate = (early + on time) / (resolved + overdue) = 1 / 2 = 50,0 %; online payment: no fee-bearing
     * dossier, 0 / 0 = no data.
     */
    @Test
    void handWorkedQuarterShowsTheCountersRatesAndOverdueList(@TempDir Path own) throws IOException {
        try (AppContext ctx = TestDb.context(own)) {
            ctx.register().settings().put(SettingsRepository.UNIT_NAME, "Sở Thử nghiệm");
            ctx.register().procedures().save(Procedure.of("1.000001", "Cấp giấy phép thử", AdminLevel.PROVINCE, 5,
                    OnlineLevel.FULL));
            var dossiers = ctx.register().dossiers();
            dossiers.save(Dossier.received("D1", "1.000001", "Nguyễn Văn A", Channel.ONLINE,
                    LocalDateTime.of(2026, 7, 6, 9, 0)).withResolution(LocalDate.of(2026, 7, 8), Outcome.ISSUED));
            dossiers.save(Dossier.received("D2", "1.000001", "Trần Thị Bích", Channel.DIRECT,
                    LocalDateTime.of(2026, 7, 6, 9, 30)));
            dossiers.save(Dossier.received("D3", "1.000001", "Lê Văn C", Channel.POSTAL,
                    LocalDateTime.of(2026, 9, 29, 10, 0)));

            ReportModel m = ReportModel.load(ctx, Period.parse("2026-Q3"), LocalDate.of(2026, 9, 30), ProgressListener.NONE);
            assertThat(m.rates().received()).isEqualTo(3);
            assertThat(m.overdueTotal()).isEqualTo(1);
            assertThat(m.months()).hasSize(9);

            byte[] pdf = ReportPdf.render(m);
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            PdfReader reader = new PdfReader(pdf);
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            reader.close();
            String text = flat(text(pdf));
            assertThat(text).contains("SởThửnghiệm").contains("Quý3/2026").contains("30/09/2026")
                    .contains("Hồsơtiếpnhậntrongkỳ3").contains("Quáhạn(chưagiảiquyết)1")
                    .contains("TiếpnhậnTrựctuyến1").contains("TiếpnhậnTrựctiếp1").contains("TiếpnhậnBưuchínhcôngích1")
                    .contains("Đãgiảiquyết1").contains("Trướchạn1").contains("Đanggiảiquyết,cònhạn1")
                    .contains("Chờbổsung(tạmdừngtínhthờigian)0")
                    .contains("Tỷlệhồsơgiảiquyếttrướchạn,đúnghạn1250,0%")
                    .contains("Tỷlệhồsơthanhtoántrựctuyến00Khôngcódữliệu")
                    .contains("D2CấpgiấyphépthửTrầnThịBích")
                    .doesNotContain("NaN");
        }
    }

    /**
     * The same hand-worked register, form 06a section. Official Q3 2026 = 15/06/2026–14/09/2026: D1 (online, resolved
     * 08/07, early) and D2 (in person, open, overdue by 14/09) are in it; D3, received 29/09, is after it. Total row:
     * 3 = 2, 4 = 1, 5 = 1, 6 = 0, 7 = 1, 8 = 1, 9 = 0, 10 = 0, 11 = 1, 12 = 0, 13 = 1. On the calendar dates
     * (01/07–30/09) D3 is in too, by post and within its deadline: 3 = 3, 5 = 2, 11 = 2, 12 = 1. As of 07/07 (the
     * period running) D1 is not resolved yet: 7 = 0, 11 = 12 = 2.
     */
    @Test
    void handWorkedQuarterHasTheForm06aTableOnItsOfficialDates(@TempDir Path own) throws IOException {
        try (AppContext ctx = TestDb.context(own)) {
            ctx.register().procedures().save(new Procedure(null, "1.000001", "Cấp giấy phép thử", "Thử nghiệm",
                    AdminLevel.PROVINCE, 5, DayUnit.WORKING, OnlineLevel.FULL, 0, false, null, SupplementRule.PAUSE, null));
            var dossiers = ctx.register().dossiers();
            dossiers.save(Dossier.received("D1", "1.000001", "Nguyễn Văn A", Channel.ONLINE,
                    LocalDateTime.of(2026, 7, 6, 9, 0)).withResolution(LocalDate.of(2026, 7, 8), Outcome.ISSUED));
            dossiers.save(Dossier.received("D2", "1.000001", "Trần Thị Bích", Channel.DIRECT,
                    LocalDateTime.of(2026, 7, 6, 9, 30)));
            dossiers.save(Dossier.received("D3", "1.000001", "Lê Văn C", Channel.POSTAL,
                    LocalDateTime.of(2026, 9, 29, 10, 0)));
            Period q3 = Period.parse("2026-Q3");
            LocalDate end = LocalDate.of(2026, 9, 30);

            ReportModel m = ReportModel.load(ctx, q3, end, ProgressListener.NONE);
            assertThat(m.form06a().form().dates()).isEqualTo(PeriodDates.OFFICIAL);
            String section = page06a(ReportPdf.render(m));
            assertThat(section).contains("4.BiểusốII.06a/VPCP/KSTT").contains("TÌNHHÌNH,KẾTQUẢGIẢIQUYẾTTHỦTỤCHÀNHCHÍNH")
                    .contains("Kỳbáocáo:Quý3/2026(từngày15/06/2026đếnngày14/09/2026),sốliệuchốttheoNghịđịnh09/2019/NĐ-CP.")
                    .contains("Cácmục1–3tínhtheongàydươnglịchcủakỳ:Quý3/2026(01/07/2026–30/09/2026)")
                    .contains("ICấptỉnh21101100101").contains("1Thửnghiệm21101100101")
                    .contains("Tổngcộng21101100101")
                    .contains("hồsơbịtừchốihoặcđượcrútkếtthúcthờihạngiảiquyếtvàongàykếtthúcvàđượctínhlàđãgiảiquyết")
                    .doesNotContain("Kỳchưakếtthúc");

            ReportModel calendar = ReportModel.load(ctx, q3, end, PeriodDates.CALENDAR, ProgressListener.NONE);
            String cal = page06a(ReportPdf.render(calendar));
            assertThat(cal).contains("(từngày01/07/2026đếnngày30/09/2026),theongàydươnglịch.")
                    .contains("Tổngcộng31201100211").doesNotContain("Cácmục1–3tínhtheongàydươnglịch");

            // a period not yet ended is counted as of the report's date, and says so
            ReportModel running = ReportModel.load(ctx, q3, LocalDate.of(2026, 7, 7), ProgressListener.NONE);
            assertThat(running.form06a().form().asOf()).isEqualTo(LocalDate.of(2026, 7, 7));
            assertThat(page06a(ReportPdf.render(running))).contains("Kỳchưakếtthúc:sốliệutínhđếnngày07/07/2026.")
                    .contains("Tổngcộng21100000220");
        }
    }

    /**
     * The period report's table is Form06aService's table for the same period and dates (what the Reports screen,
     * report --form 06a and the slide show), line by line as printed: every level's, field's and the total's counts,
     * for a quarter and a half year (the half's official dates start in the year before).
     */
    @Test
    void sampleReportPrintsForm06aServicesTable() throws IOException {
        for (String period : java.util.List.of("2024-Q4", "2024-H1")) {
            Period p = Period.parse(period);
            LocalDate asOf = p.reportAsOf(SampleDepartment.AS_OF);
            ReportModel m = ReportModel.load(sample, p, asOf, ProgressListener.NONE);
            Form06a expected = Form06aService.compute(sample.register(), p, PeriodDates.OFFICIAL, asOf).form();
            assertThat(m.form06a().form()).as(period).isEqualTo(expected);
            assertThat(expected.total().get(Form06a.Column.RECEIVED)).as(period).isPositive();
            String section = page06a(ReportPdf.render(m));
            assertThat(section).contains(flat(Form06aText.periodLine(expected)))
                    .contains("hồsơbịtừchốihoặcđượcrút");
            int from = section.indexOf("12345678910111213"); // the column numbers under the headings
            assertThat(from).isPositive();
            for (Form06a.Line line : expected.lines()) { // in order, each line's label then its 11 counts
                StringBuilder sb = new StringBuilder(line.number()).append(flat(Form06aText.label(line)));
                for (Form06a.Column c : Form06a.Column.values()) sb.append(Fmt.count(line.counts().get(c)));
                int found = section.indexOf(sb.toString(), from);
                assertThat(found).as("%s: %s", period, sb).isGreaterThanOrEqualTo(0);
                from = found + sb.length();
            }
        }
    }

    @Test
    void sampleReportHasEverySectionInVietnameseAndEnglish() throws IOException {
        ReportModel m = ReportModel.load(sample, Period.parse("2024-Q3"), LocalDate.of(2024, 9, 30), ProgressListener.NONE);
        assertThat(m.sections()).extracting(s -> s.framework().code()).startsWith("service766", "par");
        String vi = flat(text(ReportPdf.render(m)));
        assertThat(vi).contains(flat(SampleDepartment.UNIT_NAME))
                .contains("Hồsơtiếpnhậntrongkỳ" + vn.reformdesk.ui.common.Fmt.count(m.rates().received()))
                .contains("Hồsơquáhạn").contains("Tiếnđộgiảiquyết")
                .contains("Chỉsốhàilòngvềsựphụcvụhànhchính(SIPAS)")
                .contains("94,97") // SIPAS 2024 total, shown for the quarter from its year
                .contains("12/63"); // PAR 2024 rank

        I18n.setLocale(Locale.ENGLISH);
        String en = flat(text(ReportPdf.render(m)));
        assertThat(en).contains("Dossiersreceivedintheperiod").contains("Q32024").contains("Charts");
    }

    @Test
    void pngIsAOnePageSummaryImage() throws IOException {
        ReportModel m = ReportModel.load(sample, Period.parse("2024"), SampleDepartment.AS_OF, ProgressListener.NONE);
        byte[] png = ReportPng.render(m);
        var img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(ReportPng.WIDTH);
        assertThat(img.getHeight()).isEqualTo(ReportPng.HEIGHT);
    }

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        CommandLine cl = RootCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void commandLineWritesPdfAndPngAndRefusesAnUnknownLanguage() throws IOException {
        Path db = dir.resolve("cli-db");
        assertThat(cli("sample", "--db", db.toString()).code()).isZero();
        Path pdf = dir.resolve("out/r.pdf");
        Run r = cli("report", "--period", "2024-Q4", "--format", "pdf", "--lang", "en", "--out", pdf.toString(),
                "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(flat(text(Files.readAllBytes(pdf)))).contains("Dossiersreceivedintheperiod").contains("20/12/2024");
        assertThat(page06a(Files.readAllBytes(pdf))).contains("4.FormII.06a/VPCP/KSTT")
                .contains("Reportingperiod:Q42024(from15/09/2024to14/12/2024),datacutperDecree09/2019/NĐ-CP.");

        // the form 06a table on calendar dates; --calendar means nothing to json or png
        Path cal = dir.resolve("out/calendar.pdf");
        r = cli("report", "--period", "2024-Q4", "--format", "pdf", "--calendar", "--out", cal.toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(page06a(Files.readAllBytes(cal))).contains("(từngày01/10/2024đếnngày31/12/2024),theongàydươnglịch.");
        r = cli("report", "--period", "2024-Q4", "--calendar", "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--calendar");
        assertThat(cli("report", "--period", "2024-Q4", "--format", "pdf", "--official", "--calendar", "--out",
                cal.toString(), "--db", db.toString()).code()).isEqualTo(2);

        Path png = dir.resolve("out/r.png");
        r = cli("report", "--period", "2024", "--format", "png", "--out", png.toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ImageIO.read(png.toFile())).isNotNull();

        Path bad = dir.resolve("out/bad.pdf");
        r = cli("report", "--period", "2024", "--format", "pdf", "--lang", "fr", "--out", bad.toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--lang");
        assertThat(bad).doesNotExist();

        r = cli("report", "--period", "2024-Q4", "--db", db.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"received\"");
    }

    /** Renders the sample's pages with pdftoppm (poppler-utils) for the README; skipped when it is missing. */
    @Test
    void pagesRenderForTheReadme() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")));
        ReportModel m = ReportModel.load(sample, Period.parse("2024-Q4"), SampleDepartment.AS_OF, ProgressListener.NONE);
        Path pdf = Path.of("target/report/report-2024-Q4-vi.pdf");
        ReportExport.write(pdf, ReportPdf.render(m));
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdf.toString(), "target/report/page")
                .inheritIO().start();
        assertThat(p.waitFor()).isZero();
        try (var pages = Files.list(Path.of("target/report"))) {
            assertThat(pages.filter(f -> f.getFileName().toString().startsWith("page")).count()).isGreaterThanOrEqualTo(4);
        }
        Files.copy(Path.of("target/report/page-01.png"), vn.reformdesk.support.Screenshots.file("report-p1-vi.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("target/report/page-02.png"), vn.reformdesk.support.Screenshots.file("report-p2-vi.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // form 06a's page (the third) at a resolution that reads as on paper
        assertThat(flat(new PdfTextExtractor(new PdfReader(Files.readAllBytes(pdf))).getTextFromPage(3)))
                .contains("4.BiểusốII.06a/VPCP/KSTT");
        Process p3 = new ProcessBuilder("pdftoppm", "-png", "-r", "100", "-f", "3", "-l", "3", "-singlefile",
                pdf.toString(), vn.reformdesk.support.Screenshots.file("report-period-pdf-06a").toString())
                .inheritIO().start();
        assertThat(p3.waitFor()).isZero();
        assertThat(vn.reformdesk.support.Screenshots.file("report-period-pdf-06a.png")).exists();
        Files.write(Path.of("target/report/summary-2024.png"),
                ReportPng.render(ReportModel.load(sample, Period.parse("2024"), SampleDepartment.AS_OF, ProgressListener.NONE)));
    }

    /** One PNG per chart type at projector size (1920×1080, fonts ×2) for the README. */
    @Test
    void projectorChartsForTheReadme() throws Exception {
        ReportModel m = ReportModel.load(sample, Period.parse("2024"), SampleDepartment.AS_OF, ProgressListener.NONE);
        FrameworkSection s766 = m.section("service766").orElseThrow();
        FrameworkSection sipas = m.section("sipas").orElseThrow();
        FrameworkSection par = m.section("par").orElseThrow();
        assertThat(IndexCharts.hasBullet(s766)).isTrue();
        assertThat(IndexCharts.hasTrend(sipas, 2024)).isTrue();
        assertThat(IndexCharts.rankPoints(par, 2024)).extracting(p -> p.rank() + "/" + p.ofUnits())
                .containsExactly("13/63", "12/63");
        assertThat(IndexCharts.trendPoints(sipas, 2024)).extracting(TrendPoint::value).containsExactly(90.12, 92.84, 94.97);
        double scale = 2.0;
        save("chart-bullet.png", IndexCharts.bullet(m, s766, scale));
        save("chart-trend.png", IndexCharts.trend(m, sipas, scale));
        save("chart-rank.png", IndexCharts.rank(m, par, scale));
        save("chart-rates.png", IndexCharts.months(m, scale));
    }

    static void save(String name, org.jfree.chart.JFreeChart chart) throws IOException {
        Path file = vn.reformdesk.support.Screenshots.file(name);
        org.jfree.chart.ChartUtils.saveChartAsPNG(file.toFile(), chart, 1920, 1080);
    }
}
