package vn.reformdesk.io.report.pdf;

import java.util.Locale;

import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/** Words and numbers of the report in the current language (dates dd/MM/yyyy, numbers 1.234,5 in both). */
public final class ReportText {
    private ReportText() {}

    /** "Quý 3/2026", "Tháng 09/2026", "Năm 2026" (Quarter 3/2026 …). */
    public static String period(Period p) {
        return switch (p.kind()) {
            case YEAR -> I18n.t("indexcharts.period.year", String.valueOf(p.year()));
            case QUARTER -> I18n.t("indexcharts.period.quarter", String.valueOf(p.number()), String.valueOf(p.year()));
            case MONTH -> I18n.t("indexcharts.period.month", String.format(Locale.ROOT, "%02d", p.number()),
                    String.valueOf(p.year()));
            case HALF -> I18n.t("report06a.period.half" + p.number(), String.valueOf(p.year()));
            case NINE_MONTHS -> I18n.t("report06a.period.nineMonths", String.valueOf(p.year()));
        };
    }

    /** For chart captions after the word "Kỳ"/"Period": "2026", "Quý 3/2026", "09/2026". */
    public static String shortPeriod(Period p) {
        return switch (p.kind()) {
            case YEAR -> String.valueOf(p.year());
            case QUARTER, HALF, NINE_MONTHS -> period(p);
            case MONTH -> String.format(Locale.ROOT, "%02d/%d", p.number(), p.year());
        };
    }

    /** The period with its dates: "Quý 3/2026 (01/07/2026 – 30/09/2026)". */
    public static String periodWithDates(Period p) {
        return period(p) + " (" + Fmt.date(p.start()) + " – " + Fmt.date(p.end()) + ")";
    }

    /** A score or points value with up to two decimals, or the "no data" words. */
    public static String points(Double v) {
        return v == null ? I18n.t("common.noData") : Fmt.number(v, 2);
    }

    /** A score or "—" when nothing was entered (tables, where "no data" in every cell would drown the figures). */
    public static String pointsOrDash(Double v) {
        return v == null ? "—" : Fmt.number(v, 2);
    }

    /** "98,5 %" or "không có dữ liệu" for a rate with a zero denominator. */
    public static String rate(Rate r) {
        return r == null || r.value() == null ? I18n.t("common.noData") : Fmt.percent(r.value());
    }

    /** "1.234 / 1.250". */
    public static String fraction(Rate r) {
        return r == null ? "" : Fmt.count(r.numerator()) + " / " + Fmt.count(r.denominator());
    }
}
