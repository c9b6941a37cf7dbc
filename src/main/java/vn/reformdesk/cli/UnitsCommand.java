package vn.reformdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.report.pdf.ReportExport;
import vn.reformdesk.io.report.units.UnitsReport;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.UnitComparison;
import vn.reformdesk.ui.common.I18n;

/**
 * {@code reformdesk report --units --period 2024 [--kind department|district|commune] [--framework
 * par|sipas|service766|computed] [--format json|xlsx|pdf] [--out FILE] [--lang vi|en] [--db DIR]}: the report
 * command's options, read for the ranking of units. json goes to standard output without --out; xlsx and pdf to
 * {@code xep-hang-don-vi-PERIOD-KIND-FRAMEWORK.xlsx|pdf} in the current folder.
 */
final class UnitsCommand {
    private UnitsCommand() {}

    static final List<String> KINDS = List.of("department", "district", "commune");

    static int run(ReportCommand c) {
        PrintWriter err = c.spec.commandLine().getErr();
        if (c.form != null || c.official || c.calendar) return ReportCommand.usage(err, "--units and --form: choose one");
        if (c.asOf != null) return ReportCommand.usage(err, "--as-of: --units counts as of the period's end");
        Period p;
        try {
            p = Period.parse(c.period);
        } catch (IllegalArgumentException e) {
            return ReportCommand.usage(err, "--period: " + e.getMessage());
        }
        String kindCode = c.kind == null ? "department" : c.kind.trim().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kindCode)) return ReportCommand.usage(err, "--kind: expected one of " + KINDS + " (" + c.kind + ")");
        UnitKind kind = UnitKind.fromCode(kindCode);
        UnitMeasure measure = null;
        String fw = c.framework == null ? "par" : c.framework.trim().toLowerCase(Locale.ROOT);
        for (UnitMeasure m : UnitMeasure.FRAMEWORK_CHOICES) if (m.code().equals(fw)) measure = m;
        if (measure == null) {
            return ReportCommand.usage(err, "--framework: expected one of par, sipas, service766, computed (" + c.framework + ")");
        }
        String fmt = c.format.trim().toLowerCase(Locale.ROOT);
        if (!UnitsReport.FORMATS.contains(fmt)) {
            return ReportCommand.usage(err, "--format: expected one of " + UnitsReport.FORMATS + " with --units (" + c.format + ")");
        }
        try {
            I18n.setLocale(ReportExport.language(c.lang));
        } catch (IllegalArgumentException e) {
            return ReportCommand.usage(err, "--lang: " + e.getMessage());
        }
        String defaultName = "xep-hang-don-vi-" + p + "-" + kindCode + "-" + measure.code() + "." + fmt;
        boolean toFile = c.out != null || !fmt.equals("json");
        c.dbOption.refuseOutput(c.out != null ? c.out : toFile ? Path.of(defaultName) : null);
        c.dbOption.requireDatabase(); // before the try: a refusal is exit 2, not a failure
        try (AppContext ctx = c.dbOption.open()) {
            UnitRanking ranking = UnitComparison.rank(ctx, p, kind, measure);
            var home = ctx.register().units().home();
            UnitsReport report = new UnitsReport(p, kind, measure, UnitComparison.asOf(p, ctx.asOf()), home.name(),
                    ranking);
            byte[] bytes = report.render(fmt);
            Form06aCommand.emit(c, bytes, !toFile, defaultName);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("report: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
