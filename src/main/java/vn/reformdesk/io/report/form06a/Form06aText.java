package vn.reformdesk.io.report.form06a;

import java.util.List;

import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.io.report.pdf.ReportText;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/** The form's words in the current language: headings, line labels, the period line, the note. */
public final class Form06aText {
    private Form06aText() {}

    /** A column's heading under its group (row 2 of the printed headings). */
    public static String heading(Form06a.Column c) { return I18n.t("report06a." + c.key()); }

    /** A column's heading standing alone (CSV, where no group heading is above it). */
    public static String csvHeading(Form06a.Column c) { return I18n.t("report06a.csv." + c.key()); }

    /** The three group headings over columns 3–6, 7–10 and 11–13. */
    public static final List<String> GROUP_KEYS = List.of("report06a.group.received", "report06a.group.resolved",
            "report06a.group.inProcess");

    /** "Cấp tỉnh", a field's name (or "(chưa ghi lĩnh vực)"), or "Tổng cộng". */
    public static String label(Form06a.Line line) {
        return switch (line.kind()) {
            case TOTAL -> I18n.t("report06a.total");
            case LEVEL -> level(line.level());
            case FIELD -> field(line.field());
        };
    }

    public static String level(vn.reformdesk.domain.procedure.AdminLevel level) {
        return I18n.t("level." + level.code());
    }

    public static String field(String field) { return field == null ? I18n.t("report06a.noField") : field; }

    /** "Kỳ báo cáo: Quý 1/2026 (từ ngày 15/12/2025 đến ngày 14/03/2026), số liệu chốt theo Nghị định 09/2019/NĐ-CP". */
    public static String periodLine(Form06a f) {
        return I18n.t("report06a.periodLine", ReportText.period(f.period()), Fmt.date(f.from()), Fmt.date(f.to()))
                + ", " + I18n.t(f.dates() == PeriodDates.OFFICIAL ? "report06a.dates.official" : "report06a.dates.calendar");
    }

    /**
     * The reporting unit's line of a computed form: the one unit's name, or for several units added up, the province
     * (when it is among them) and how many units the table adds up.
     */
    public static String unitLine(vn.reformdesk.service.Form06aService.Result r) {
        if (r.units().size() <= 1) return unitLine(r.unitName());
        return r.unitName() == null || r.unitName().isBlank()
                ? I18n.t("report06a.unitAll", r.units().size())
                : I18n.t("report06a.unitAllOf", r.unitName(), r.units().size());
    }

    /** The reporting unit's line, with dots to fill in when the unit has no name yet. */
    public static String unitLine(String unitName) {
        return unitName == null || unitName.isBlank() ? I18n.t("report06a.unitNone") : I18n.t("report06a.unit", unitName);
    }

    /** The "not yet ended" note, or empty. */
    public static String runningNote(Form06a f) {
        return f.running() ? I18n.t("report06a.running", Fmt.date(f.asOf())) : "";
    }
}
