package vn.reformdesk.io.report.form06a;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The form's table for a PDF, laid out as the official form: the group headings over columns 3–6, 7–10 and 11–13,
 * the columns' headings, the column numbers 1–13 (the three heading rows repeat on every page), then each level's
 * row (I, II, III) with its fields numbered 1, 2, … and the total. Used by the form's own PDF (A4 landscape) and by
 * the period report (A4 portrait, smaller type).
 */
public final class Form06aTable {
    private Form06aTable() {}

    static final Color GROUP_BG = new Color(0xf2, 0xf2, 0xf2);
    /** Line height over type size in wrapped cells: at 1 the stacked diacritics of one line touch the next. */
    private static final float LEADING = 1.2f;

    /**
     * @param body        the fields' rows
     * @param bold        the level and total rows
     * @param heading     the heading rows
     * @param italic      the column numbers 1–13
     * @param numberWidth width of column 1 (TT) relative to a count column
     * @param fieldWidth  width of column 2 (the field) relative to a count column
     * @param padding     cell padding in points
     */
    public static PdfPTable of(Form06a f, Font body, Font bold, Font heading, Font italic, float numberWidth, float fieldWidth,
                               float padding) {
        float[] widths = new float[13];
        widths[0] = numberWidth;
        widths[1] = fieldWidth;
        for (int i = 2; i < 13; i++) widths[i] = 1;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(3);
        table.addCell(head(I18n.t("report06a.col.number"), heading, 1, 2, padding));
        table.addCell(head(I18n.t("report06a.col.field"), heading, 1, 2, padding));
        int[] spans = {4, 4, 3};
        for (int g = 0; g < spans.length; g++) {
            table.addCell(head(I18n.t(Form06aText.GROUP_KEYS.get(g)), heading, spans[g], 1, padding));
        }
        for (Form06a.Column c : Form06a.Column.values()) table.addCell(head(Form06aText.heading(c), heading, 1, 1, padding));
        for (int c = 1; c <= 13; c++) {
            PdfPCell n = new PdfPCell(new Phrase(String.valueOf(c), italic));
            n.setHorizontalAlignment(Element.ALIGN_CENTER);
            n.setPadding(padding * 0.6f);
            table.addCell(n);
        }
        for (Form06a.Line line : f.lines()) {
            boolean field = line.kind() == Form06a.LineKind.FIELD;
            Font font = field ? body : bold;
            table.addCell(cell(line.number(), font, Element.ALIGN_CENTER, field, padding));
            table.addCell(cell(Form06aText.label(line), font, Element.ALIGN_LEFT, field, padding));
            for (Form06a.Column c : Form06a.Column.values()) {
                table.addCell(cell(Fmt.count(line.counts().get(c)), font, Element.ALIGN_RIGHT, field, padding));
            }
        }
        return table;
    }

    private static PdfPCell head(String text, Font font, int colspan, int rowspan, float padding) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setBackgroundColor(GROUP_BG);
        c.setPadding(padding);
        c.setLeading(0, LEADING);
        return c;
    }

    private static PdfPCell cell(String text, Font font, int align, boolean field, float padding) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(padding);
        c.setLeading(0, LEADING);
        if (!field) c.setBackgroundColor(GROUP_BG);
        return c;
    }
}
