package vn.reformdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.reformdesk.domain.index.ServiceIndexTemplate;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.io.ProgressListener;
import vn.reformdesk.io.json.Json;
import vn.reformdesk.io.report.pdf.ReportExport;
import vn.reformdesk.io.report.ServiceReport;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.I18n;

/**
 * {@code reformdesk report --period 2026-Q3 [--as-of DATE] [--format json|pdf|png] [--official|--calendar] [--out FILE]
 * [--db DIR]}; the pdf holds the period's form 06a, on its official dates unless {@code --calendar}.
 * Formats are looked up in {@link #FORMATS}: a new format registers one renderer there.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports a period: the dossiers received in it with their statuses as of the period end"
                + " (or --as-of; a period not yet ended is reported as of today, or the sample's date while the"
                + " sample is loaded), the Citizen and Business Service Index rates with numerator and denominator,"
                + " the computed component points and the entered scores."})
public final class ReportCommand implements Callable<Integer> {

    /** Renders a report into a file's bytes. */
    @FunctionalInterface
    public interface Renderer {
        byte[] render(ServiceReport report) throws IOException;
    }

    /** Every format the command knows; null = announced but not available yet. */
    static final Map<String, Renderer> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("json", r -> Json.write(r.toJsonTree()).getBytes(StandardCharsets.UTF_8));
        FORMATS.put("pdf", null); // pdf and png: drawn from the whole database by io/report/pdf/ReportExport
        FORMATS.put("png", null);
    }

    @Mixin
    DbOption dbOption;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "2024 (year), 2024-Q3 (quarter), 2024-09 (month), 2024-H1 (six months), 2024-9M (nine months)")
    String period;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Statuses as of this date (yyyy-MM-dd or dd/MM/yyyy)")
    String asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default), pdf (the full report, with the period's form 06a table), png (a one-page summary image)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output"
            + " (pdf and png: default report-PERIOD.pdf|png in the current folder, whose path is printed)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", description = "pdf and png: vi (default) or en")
    String lang;

    @Option(names = "--form", paramLabel = "FORM", description = "06a: the periodic report Biểu số II.06a/VPCP/KSTT"
            + " (received, resolved and in process by level and field); formats xlsx, pdf, csv, json (default)")
    String form;

    @Option(names = "--official", description = "--form 06a, and the form 06a table of --format pdf: the official"
            + " reporting dates (Decree 09/2019: 15th of the month before the period to the 14th of its last month;"
            + " the default)")
    boolean official;

    @Option(names = "--calendar", description = "--form 06a, and the form 06a table of --format pdf: the period's"
            + " calendar dates instead of the official ones")
    boolean calendar;

    @Option(names = "--units", description = "Ranks the units the connection may see (--kind, --framework);"
            + " formats json (default), xlsx, pdf")
    boolean units;

    @Option(names = "--kind", paramLabel = "KIND", description = "--units: department (default), district or commune")
    String kind;

    @Option(names = "--framework", paramLabel = "FRAMEWORK", description = "--units: par (default), sipas, service766"
            + " (the entered totals) or computed (the 766 points computed from each unit's dossiers)")
    String framework;

    @Option(names = "--unit", paramLabel = "CODE", description = "--form 06a: one unit's form, by its code (default: every"
            + " unit this register or login shows, added up)")
    String unit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (units) return UnitsCommand.run(this);
        if (kind != null || framework != null) return usage(spec.commandLine().getErr(), "--kind and --framework need --units");
        PrintWriter err = spec.commandLine().getErr();
        if (form != null) return Form06aCommand.run(this);
        if (unit != null) return usage(err, "--unit needs --form 06a");
        if (official && calendar) return usage(err, "--official and --calendar: choose one");
        if ((official || calendar) && !"pdf".equalsIgnoreCase(format.trim())) {
            return usage(err, "--official and --calendar need --form 06a or --format pdf (its form 06a table)");
        }
        PeriodDates dates06a = calendar ? PeriodDates.CALENDAR : PeriodDates.OFFICIAL;
        Period p;
        LocalDate asOfDate = null;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            return usage(err, "--period: " + e.getMessage());
        }
        if (asOf != null) {
            try {
                asOfDate = Values.date(asOf);
            } catch (IllegalArgumentException e) {
                return usage(err, "--as-of: " + e.getMessage() + " (" + asOf + ")");
            }
        }
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.containsKey(fmt)) return usage(err, "--format: expected one of " + FORMATS.keySet() + " (" + format + ")");
        Renderer renderer = FORMATS.get(fmt);
        boolean document = ReportExport.handles(fmt);
        if (renderer == null && !document) return usage(err, "--format " + fmt + ": not available yet; use --format json");
        if (document) {
            try {
                I18n.setLocale(ReportExport.language(lang));
            } catch (IllegalArgumentException e) {
                return usage(err, "--lang: " + e.getMessage());
            }
        }

        dbOption.refuseOutput(out != null ? out : document ? Path.of(ReportExport.defaultFileName(p, fmt)) : null);
        dbOption.requireDatabase();
        try (AppContext ctx = dbOption.open()) {
            LocalDate when = asOfDate != null ? asOfDate : p.reportAsOf(ctx.asOf());
            if (document) {
                Path file = out != null ? out : Path.of(ReportExport.defaultFileName(p, fmt));
                ReportExport.write(file, ReportExport.render(ctx, p, when, dates06a, fmt, ProgressListener.NONE));
                if (out == null) spec.commandLine().getOut().println(file.toAbsolutePath());
                spec.commandLine().getOut().flush();
                return 0;
            }
            ServiceRates rates = ctx.register().serviceRates(p, when);
            byte[] bytes = renderer.render(ServiceReport.of(rates, ServiceIndexTemplate.DEFAULT));
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(new String(bytes, StandardCharsets.UTF_8));
                stdout.flush();
            } else {
                write(out, bytes);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("report: " + e.getMessage());
            err.flush();
            return 1;
        }
    }


    static int usage(PrintWriter err, String message) {
        err.println("report: " + message);
        err.flush();
        return 2;
    }

    /** Writes next to the target and moves it into place, so a failure never leaves half a file. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
}
