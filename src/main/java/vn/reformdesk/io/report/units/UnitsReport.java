package vn.reformdesk.io.report.units;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.json.Json;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * {@code report --units}: the units of one kind ranked by one measure for a period, as JSON (formats.md, exactly its
 * keys), an Excel sheet or a PDF. Texts in the current {@link I18n} language; JSON keys and codes are not translated.
 *
 * @param asOf         the date computed figures hold on (entered scores do not depend on it)
 * @param provinceName the province's name, for the headings (null = none)
 */
public record UnitsReport(Period period, UnitKind kind, UnitMeasure measure, LocalDate asOf, String provinceName,
                          UnitRanking ranking) {

    public static final List<String> FORMATS = List.of("json", "xlsx", "pdf");

    public byte[] render(String format) throws IOException {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> Json.write(jsonTree()).getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> UnitsXlsx.render(this);
            case "pdf" -> UnitsPdf.render(this);
            default -> throw new IllegalArgumentException("not a format of report --units: " + format);
        };
    }

    /** "xep-hang-don-vi-2024-department-par.xlsx". */
    public String defaultFileName(String format) {
        return "xep-hang-don-vi-" + period + "-" + kind.code() + "-" + measure.code() + "." + format.toLowerCase(Locale.ROOT);
    }

    /**
     * formats.md: {@code {"period", "framework", "kind", "average", "above_average", "units": [{"code", "name",
     * "kind", "score", "target", "rank"}, …]}}, best first, then the units with no data (score and rank null).
     * Scores at the precision they are compared at; the average with two decimals (four for rates).
     */
    public Map<String, Object> jsonTree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", period.toString());
        root.put("framework", measure.code());
        root.put("kind", kind.code());
        root.put("average", round(ranking.average(), averageDecimals()));
        root.put("above_average", ranking.aboveAverage());
        List<Object> units = new ArrayList<>();
        for (UnitRanking.Entry e : ranking.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", e.unit().code());
            m.put("name", e.unit().name());
            m.put("kind", e.unit().kind().code());
            m.put("score", round(e.value(), measure.scale().decimals()));
            m.put("target", round(e.target(), measure.scale().decimals()));
            m.put("rank", e.rank());
            units.add(m);
        }
        root.put("units", units);
        return root;
    }

    private int averageDecimals() { return Math.max(2, measure.scale().decimals()); }

    private static Object round(Double v, int decimals) {
        if (v == null) return null;
        if (decimals == 0) return Math.round(v);
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    // ---- texts shared by the sheet, the PDF, the screen and the slides

    public static String measureName(UnitMeasure m) { return I18n.t("units.measure." + m.code()); }

    public static String kindName(UnitKind k) { return I18n.t("units.kind." + k.code()); }

    /** A value as the measure shows it: "96,76", "94,97 %", "97,3 %" (a rate), "3"; "no data" for null. */
    public static String value(UnitMeasure m, Double v) {
        if (v == null) return I18n.t("units.noData");
        return switch (m.scale()) {
            case POINTS -> twoDecimals(v);
            case PERCENT -> twoDecimals(v) + " %";
            case RATE -> Fmt.percent(v);
            case COUNT -> Fmt.number(v, 2);
        };
    }

    /** Scores as the province publishes them, always with two decimals: 91,20. */
    static String twoDecimals(double v) {
        java.text.DecimalFormatSymbols sym = new java.text.DecimalFormatSymbols();
        sym.setGroupingSeparator('.');
        sym.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.00", sym).format(v);
    }

    /** The gap to the target, signed: "+2,5", "−1,2 điểm %". */
    public static String gap(UnitMeasure m, double gap) {
        String sign = gap > 1e-9 ? "+" : gap < -1e-9 ? "−" : "±";
        double a = Math.abs(gap);
        return switch (m.scale()) {
            case RATE -> I18n.t("units.pp", sign + Fmt.number(a * 100, 1));
            case PERCENT -> sign + Fmt.number(a, 2) + " %";
            default -> sign + Fmt.number(a, 2);
        };
    }

    /** "Met (+2,5)", "Missed (−1,2)", "No target set", or "" without data. */
    public static String against(UnitMeasure m, UnitRanking.Entry e) {
        if (e.targetMet() == null) return e.target() == null ? I18n.t("units.against.none") : "";
        return I18n.t(e.targetMet() ? "units.against.met" : "units.against.missed", gap(m, e.gap()));
    }

    /** The summary lines: average, above it, first, last, targets met, no data. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        int ranked = ranking.ranked().size();
        out.add(ranking.average() == null ? I18n.t("units.averageNone")
                : I18n.t("units.average", value(measure, ranking.average()), ranked));
        if (ranked > 0) {
            out.add(I18n.t(measure.direction() == vn.reformdesk.domain.index.Direction.LOWER ? "units.aboveLower"
                    : "units.above", ranking.aboveAverage(), ranked));
            out.add(I18n.t("units.first", names(ranking.first()), value(measure, ranking.first().get(0).value())));
            out.add(I18n.t("units.last", names(ranking.last()), value(measure, ranking.last().get(0).value())));
            if (ranking.withTarget() > 0) out.add(I18n.t("units.targets", ranking.targetsMet(), ranking.withTarget()));
        }
        if (!ranking.noData().isEmpty()) out.add(I18n.t("units.noDataCount", ranking.noData().size()));
        return out;
    }

    static String names(List<UnitRanking.Entry> entries) {
        return String.join(", ", entries.stream().map(e -> e.unit().name()).toList());
    }

    /** "Units ranked — PAR Index". */
    public String title() { return I18n.t("units.report.title", measureName(measure)); }

    /** "Departments — Sơn La, period 2024". */
    public String subtitle() {
        return I18n.t("units.report.subtitle", kindName(kind), provinceName == null ? "" : provinceName, period.toString());
    }
}
