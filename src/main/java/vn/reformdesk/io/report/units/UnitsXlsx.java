package vn.reformdesk.io.report.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The ranking as one Excel sheet: title, kind, province and period, the as-of date, a row per unit (rank, code, name,
 * result, target, against the target; units with no data last, unranked) with real numbers, then the summary lines.
 */
final class UnitsXlsx {
    private UnitsXlsx() {}

    private static final String HEAD_FILL = "F2F2F2";

    static byte[] render(UnitsReport r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "ReformDesk", "1.0");
        Worksheet ws = wb.newWorksheet(r.period().toString());
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.width(0, 7);
        ws.width(1, 18);
        ws.width(2, 46);
        ws.width(3, 12);
        ws.width(4, 12);
        ws.width(5, 22);
        ws.value(0, 0, r.title());
        ws.range(0, 0, 0, 5).merge();
        ws.range(0, 0, 0, 5).style().bold().fontSize(14).set();
        ws.value(1, 0, r.subtitle());
        ws.range(1, 0, 1, 5).merge();
        ws.value(2, 0, I18n.t("units.asOf", Fmt.date(r.asOf())));
        ws.range(2, 0, 2, 5).merge();
        ws.range(1, 0, 2, 5).style().italic().set();
        int h = 4;
        String[] heads = {"units.col.rank", "units.col.code", "units.col.unit", "units.col.score", "units.col.target",
            "units.col.against"};
        for (int c = 0; c < heads.length; c++) ws.value(h, c, I18n.t(heads[c]));
        ws.range(h, 0, h, 5).style().bold().wrapText(true).fillColor(HEAD_FILL).borderStyle(BorderStyle.THIN).set();
        // rates as percentages in Excel's own format, so the cells stay numbers
        String format = switch (r.measure().scale()) {
            case RATE -> "0.00%";
            case COUNT -> "#,##0";
            default -> "0.00";
        };
        int row = h + 1;
        for (UnitRanking.Entry e : r.ranking().entries()) {
            if (e.rank() != null) ws.value(row, 0, e.rank());
            ws.value(row, 1, e.unit().code());
            ws.value(row, 2, e.unit().name());
            if (e.value() != null) ws.value(row, 3, e.value());
            else ws.value(row, 3, I18n.t("units.noData"));
            if (e.target() != null) ws.value(row, 4, e.target());
            ws.value(row, 5, UnitsReport.against(r.measure(), e));
            ws.range(row, 0, row, 5).style().borderStyle(BorderStyle.THIN).set();
            ws.range(row, 3, row, 4).style().format(format).borderStyle(BorderStyle.THIN).set();
            if (Boolean.FALSE.equals(e.targetMet())) ws.style(row, 5).fontColor("C00000").borderStyle(BorderStyle.THIN).set();
            row++;
        }
        row++;
        for (String line : r.summary()) {
            ws.value(row, 0, line);
            ws.range(row, 0, row, 5).merge();
            row++;
        }
        ws.value(row, 0, I18n.t("units.rule"));
        ws.range(row, 0, row, 5).merge();
        ws.range(row, 0, row, 5).style().italic().wrapText(true).set();
        ws.rowHeight(row, 30);
        wb.finish();
        return out.toByteArray();
    }
}
