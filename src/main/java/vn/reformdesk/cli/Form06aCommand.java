package vn.reformdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.io.report.form06a.Form06aExport;
import vn.reformdesk.io.report.pdf.ReportExport;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.Form06aService;
import vn.reformdesk.ui.common.I18n;

/**
 * {@code reformdesk report --form 06a --period 2026-Q1 [--official|--calendar] [--unit CODE]
 * [--format xlsx|pdf|csv|json] [--out FILE] [--lang vi|en] [--db DIR]}: one unit's form, or (the default) every
 * visible unit's added up: the report command's options, read for form 06a. json and csv go to
 * standard output without --out; xlsx and pdf to {@code bieu-06a-PERIOD.xlsx|pdf} in the current folder.
 */
final class Form06aCommand {
    private Form06aCommand() {}

    static int run(ReportCommand c) {
        PrintWriter err = c.spec.commandLine().getErr();
        if (!"06a".equalsIgnoreCase(c.form.trim())) return ReportCommand.usage(err, "--form: expected 06a (" + c.form + ")");
        if (c.official && c.calendar) return ReportCommand.usage(err, "--official and --calendar: choose one");
        if (c.asOf != null) return ReportCommand.usage(err, "--as-of: form 06a is counted as of the period's last day");
        Period p;
        try {
            p = Period.parse(c.period);
        } catch (IllegalArgumentException e) {
            return ReportCommand.usage(err, "--period: " + e.getMessage());
        }
        String fmt = c.format.trim().toLowerCase(Locale.ROOT);
        if (!Form06aExport.FORMATS.contains(fmt)) {
            return ReportCommand.usage(err, "--format: expected one of " + Form06aExport.FORMATS + " with --form 06a (" + c.format + ")");
        }
        try {
            I18n.setLocale(ReportExport.language(c.lang));
        } catch (IllegalArgumentException e) {
            return ReportCommand.usage(err, "--lang: " + e.getMessage());
        }
        PeriodDates dates = c.calendar ? PeriodDates.CALENDAR : PeriodDates.OFFICIAL;
        String defaultName = Form06aExport.defaultFileName(p, dates, fmt);
        if (c.unit != null) { // one unit's form: bieu-06a-2026-Q1-CODE.xlsx
            defaultName = defaultName.substring(0, defaultName.lastIndexOf('.')) + "-"
                    + c.unit.trim().replaceAll("[^A-Za-z0-9._-]", "_") + "." + fmt;
        }
        boolean toFile = c.out != null || !(fmt.equals("json") || fmt.equals("csv"));
        c.dbOption.refuseOutput(c.out != null ? c.out : toFile ? Path.of(defaultName) : null);
        c.dbOption.requireDatabase(); // before the try: a refusal is exit 2, not a failure
        try (AppContext ctx = c.dbOption.open()) {
            UnitScope scope = UnitScope.ALL;
            if (c.unit != null) {
                String code = c.unit.trim();
                List<String> visible = ctx.register().units().visible().stream().map(Unit::code).toList();
                if (!visible.contains(code)) {
                    return ReportCommand.usage(err, "--unit: no unit " + code + " among the units this register shows ("
                            + String.join(", ", visible) + ")");
                }
                scope = UnitScope.of(code);
            }
            Form06aService.Result r = Form06aService.compute(ctx.register(), scope, p, dates, ctx.asOf());
            byte[] bytes = Form06aExport.render(r, fmt);
            emit(c, bytes, c.out == null && (fmt.equals("json") || fmt.equals("csv")), defaultName);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("report: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** Prints a text report (no BOM) to standard output, or writes the file (--out, else the default name, printed). */
    static void emit(ReportCommand c, byte[] bytes, boolean toStdout, String defaultName) throws IOException {
        if (toStdout) {
            PrintWriter stdout = c.spec.commandLine().getOut();
            stdout.print(new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            stdout.flush();
        } else {
            Path file = c.out != null ? c.out : Path.of(defaultName);
            ReportExport.write(file, bytes);
            if (c.out == null) c.spec.commandLine().getOut().println(file.toAbsolutePath());
            c.spec.commandLine().getOut().flush();
        }
    }
}
