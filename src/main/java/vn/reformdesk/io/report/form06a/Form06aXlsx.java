package vn.reformdesk.io.report.form06a;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.service.Form06aService;
import vn.reformdesk.ui.common.I18n;

/**
 * Form 06a as an Excel sheet laid out like the official form: the form's number and the reporting and receiving
 * units at the top, the title, the period and its dates, two rows of merged headings, the row of column numbers 1–13,
 * each level's row with its fields under it, the total, the note on how rejected and withdrawn dossiers count, and
 * the signature block to fill in. A4 landscape, one page wide.
 */
final class Form06aXlsx {
    private Form06aXlsx() {}

    private static final int LAST = 12; // column M, the form's 13th
    private static final String GROUP_FILL = "F2F2F2";

    static byte[] render(Form06aService.Result r) throws IOException {
        Form06a f = r.form();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "ReformDesk", "1.0");
        Worksheet ws = wb.newWorksheet("06a");
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.width(0, 6);
        ws.width(1, 44);
        for (int c = 2; c <= LAST; c++) ws.width(c, 12);

        text(ws, 0, 0, 3, I18n.t("report06a.form"));
        ws.range(0, 0, 0, 3).style().bold().set();
        text(ws, 0, 8, LAST, Form06aText.unitLine(r));
        text(ws, 1, 8, LAST, I18n.t("report06a.receiver"));
        text(ws, 2, 0, LAST, I18n.t("report06a.title"));
        ws.range(2, 0, 2, LAST).style().bold().fontSize(14).horizontalAlignment("center").set();
        ws.rowHeight(2, 24);
        text(ws, 3, 0, LAST, Form06aText.periodLine(f));
        ws.range(3, 0, 3, LAST).style().italic().horizontalAlignment("center").set();
        text(ws, 4, 0, 7, Form06aText.runningNote(f));
        ws.range(4, 0, 4, 7).style().italic().fontColor("C00000").set();
        text(ws, 4, 9, LAST, I18n.t("report06a.unitNumber"));
        ws.range(4, 9, 4, LAST).style().italic().horizontalAlignment("right").set();

        // Two rows of headings: TT and the field span both; the three groups span their columns.
        int h = 5;
        ws.value(h, 0, I18n.t("report06a.col.number"));
        ws.range(h, 0, h + 1, 0).merge();
        ws.value(h, 1, I18n.t("report06a.col.field"));
        ws.range(h, 1, h + 1, 1).merge();
        int[][] groups = {{2, 5}, {6, 9}, {10, 12}};
        for (int g = 0; g < groups.length; g++) {
            ws.value(h, groups[g][0], I18n.t(Form06aText.GROUP_KEYS.get(g)));
            ws.range(h, groups[g][0], h, groups[g][1]).merge();
        }
        for (Form06a.Column c : Form06a.Column.values()) ws.value(h + 1, c.number() - 1, Form06aText.heading(c));
        for (int c = 0; c <= LAST; c++) ws.value(h + 2, c, c + 1);
        ws.range(h, 0, h + 1, LAST).style().bold().wrapText(true).horizontalAlignment("center")
                .verticalAlignment("center").borderStyle(BorderStyle.THIN).fillColor(GROUP_FILL).set();
        ws.rowHeight(h + 1, 46);
        ws.range(h + 2, 0, h + 2, LAST).style().italic().horizontalAlignment("center").borderStyle(BorderStyle.THIN).set();

        int row = h + 3;
        for (Form06a.Line line : f.lines()) {
            ws.value(row, 0, line.number());
            ws.value(row, 1, Form06aText.label(line));
            for (Form06a.Column c : Form06a.Column.values()) ws.value(row, c.number() - 1, line.counts().get(c));
            var style = ws.range(row, 0, row, LAST).style().borderStyle(BorderStyle.THIN).wrapText(true)
                    .verticalAlignment("center").format("#,##0");
            if (line.kind() != Form06a.LineKind.FIELD) style = style.bold().fillColor(GROUP_FILL);
            style.set();
            ws.style(row, 0).horizontalAlignment("center").borderStyle(BorderStyle.THIN).set();
            if (line.kind() != Form06a.LineKind.FIELD) ws.style(row, 0).bold().fillColor(GROUP_FILL).set();
            row++;
        }

        row++;
        text(ws, row, 0, LAST, I18n.t("report06a.note"));
        ws.range(row, 0, row, LAST).style().italic().wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(row, 32);
        row += 2;
        text(ws, row, 8, LAST, I18n.t("report06a.placeDate"));
        ws.range(row, 8, row, LAST).style().italic().horizontalAlignment("center").set();
        row++;
        text(ws, row, 1, 4, I18n.t("report06a.preparer"));
        text(ws, row, 8, LAST, I18n.t("report06a.head"));
        ws.range(row, 0, row, LAST).style().bold().horizontalAlignment("center").set();
        row++;
        text(ws, row, 1, 4, I18n.t("report06a.signHint"));
        text(ws, row, 8, LAST, I18n.t("report06a.signHeadHint"));
        ws.range(row, 0, row, LAST).style().italic().horizontalAlignment("center").set();

        wb.finish();
        return out.toByteArray();
    }

    /** A text spread over columns {@code c1}–{@code c2} of a row (merged when it spans more than one). */
    private static void text(Worksheet ws, int row, int c1, int c2, String s) {
        ws.value(row, c1, s);
        if (c2 > c1) ws.range(row, c1, row, c2).merge();
    }
}
