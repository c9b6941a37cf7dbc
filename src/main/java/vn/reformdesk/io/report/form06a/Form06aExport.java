package vn.reformdesk.io.report.form06a;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.io.json.Json;
import vn.reformdesk.io.table.SafeCells;
import vn.reformdesk.service.Form06aService;

/**
 * Form 06a as a file: {@code json} (formats.md), {@code csv} (the form's headings, a row per field and the total),
 * {@code xlsx} laid out like the official form ({@link Form06aXlsx}) and {@code pdf} (A4 landscape, {@link Form06aPdf}).
 * Text is in the current {@link vn.reformdesk.ui.common.I18n} language; JSON keys and level codes are not translated.
 */
public final class Form06aExport {
    private Form06aExport() {}

    public static final List<String> FORMATS = List.of("xlsx", "pdf", "csv", "json");

    public static byte[] render(Form06aService.Result r, String format) throws IOException {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> Json.write(jsonTree(r)).getBytes(StandardCharsets.UTF_8);
            case "csv" -> csv(r.form());
            case "xlsx" -> Form06aXlsx.render(r);
            case "pdf" -> Form06aPdf.render(r);
            default -> throw new IllegalArgumentException("not a format of form 06a: " + format);
        };
    }

    /** "bieu-06a-2026-Q1.xlsx" (calendar dates: "bieu-06a-2026-Q1-calendar.xlsx"). */
    public static String defaultFileName(Form06a f, String format) { return defaultFileName(f.period(), f.dates(), format); }

    public static String defaultFileName(vn.reformdesk.domain.period.Period period,
                                         vn.reformdesk.domain.period.PeriodDates dates, String format) {
        return "bieu-06a-" + period + (dates == vn.reformdesk.domain.period.PeriodDates.CALENDAR ? "-calendar" : "")
                + "." + format.toLowerCase(Locale.ROOT);
    }

    /**
     * The JSON of formats.md: form, period, from, to, unit (the code of the one unit the table covers, null when it
     * adds up several), rows (level, field, c3…c13), total.
     */
    public static Map<String, Object> jsonTree(Form06aService.Result r) {
        Form06a f = r.form();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("form", "06a");
        root.put("period", f.period().toString());
        root.put("from", f.from().toString());
        root.put("to", f.to().toString());
        root.put("unit", r.oneUnitCode()); // the one unit's code; null for several units added up
        List<Object> rows = new ArrayList<>();
        for (Form06a.Row row : f.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", row.level().code());
            m.put("field", row.field());
            putCounts(m, row.counts());
            rows.add(m);
        }
        root.put("rows", rows);
        Map<String, Object> total = new LinkedHashMap<>();
        putCounts(total, f.total());
        root.put("total", total);
        return root;
    }

    private static void putCounts(Map<String, Object> m, Form06a.Counts c) {
        for (Form06a.Column col : Form06a.Column.values()) m.put(col.key(), c.get(col));
    }

    /** UTF-8 with BOM (Excel reads the diacritics), a row per level and field, then the total. */
    static byte[] csv(Form06a f) throws IOException {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of(vn.reformdesk.ui.common.I18n.t("report06a.col.level"),
                    vn.reformdesk.ui.common.I18n.t("report06a.col.field")));
            for (Form06a.Column c : Form06a.Column.values()) header.add(Form06aText.csvHeading(c));
            p.printRecord(header);
            for (Form06a.Row row : f.rows()) {
                p.printRecord(cells(Form06aText.level(row.level()), Form06aText.field(row.field()), row.counts()));
            }
            p.printRecord(cells(Form06aText.label(new Form06a.Line(Form06a.LineKind.TOTAL, "", null, null, f.total())),
                    "", f.total()));
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Object> cells(String level, String field, Form06a.Counts c) {
        List<Object> out = new ArrayList<>(List.of(SafeCells.text(level), SafeCells.text(field)));
        for (Form06a.Column col : Form06a.Column.values()) out.add(c.get(col));
        return out;
    }
}
