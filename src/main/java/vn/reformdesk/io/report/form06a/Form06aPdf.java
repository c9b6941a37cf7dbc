package vn.reformdesk.io.report.form06a;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.io.report.pdf.ReportFonts;
import vn.reformdesk.service.Form06aService;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/** Form 06a as a PDF: A4 landscape, DejaVu Sans embedded (Vietnamese), the same layout as the Excel sheet. */
final class Form06aPdf {
    private Form06aPdf() {}

    private static final Color GROUP_BG = new Color(0xf2, 0xf2, 0xf2);

    static byte[] render(Form06aService.Result r) throws IOException {
        Form06a f = r.form();
        BaseFont regular = ReportFonts.pdf(false);
        BaseFont boldFont = ReportFonts.pdf(true);
        Font body = new Font(regular, 8.5f);
        Font bold = new Font(boldFont, 8.5f);
        Font italic = new Font(regular, 8.5f, Font.ITALIC);
        Font title = new Font(boldFont, 13f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(I18n.t("report06a.form") + " " + f.period());
            doc.addCreator("ReformDesk");
            doc.open();

            PdfPTable top = new PdfPTable(new float[] {1, 1});
            top.setWidthPercentage(100);
            top.addCell(plain(new Phrase(I18n.t("report06a.form"), bold), Element.ALIGN_LEFT));
            top.addCell(plain(new Phrase(Form06aText.unitLine(r.unitName()) + "\n" + I18n.t("report06a.receiver"), body),
                    Element.ALIGN_RIGHT));
            doc.add(top);
            Paragraph t = new Paragraph(I18n.t("report06a.title"), title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(6);
            doc.add(t);
            Paragraph period = new Paragraph(Form06aText.periodLine(f), italic);
            period.setAlignment(Element.ALIGN_CENTER);
            doc.add(period);
            Paragraph unitNumber = new Paragraph((f.running() ? Form06aText.runningNote(f) + "   " : "")
                    + I18n.t("report06a.unitNumber"), italic);
            unitNumber.setAlignment(Element.ALIGN_RIGHT);
            unitNumber.setSpacingAfter(4);
            doc.add(unitNumber);

            float[] widths = new float[13];
            widths[0] = 3;
            widths[1] = 22;
            for (int i = 2; i < 13; i++) widths[i] = 6.5f;
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(3);
            table.addCell(head(I18n.t("report06a.col.number"), bold, 1, 2));
            table.addCell(head(I18n.t("report06a.col.field"), bold, 1, 2));
            int[] spans = {4, 4, 3};
            for (int g = 0; g < spans.length; g++) table.addCell(head(I18n.t(Form06aText.GROUP_KEYS.get(g)), bold, spans[g], 1));
            for (Form06a.Column c : Form06a.Column.values()) table.addCell(head(Form06aText.heading(c), bold, 1, 1));
            for (int c = 1; c <= 13; c++) {
                PdfPCell n = new PdfPCell(new Phrase(String.valueOf(c), italic));
                n.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(n);
            }
            for (Form06a.Line line : f.lines()) {
                boolean field = line.kind() == Form06a.LineKind.FIELD;
                Font font = field ? body : bold;
                table.addCell(cell(line.number(), font, Element.ALIGN_CENTER, field));
                table.addCell(cell(Form06aText.label(line), font, Element.ALIGN_LEFT, field));
                for (Form06a.Column c : Form06a.Column.values()) {
                    table.addCell(cell(Fmt.count(line.counts().get(c)), font, Element.ALIGN_RIGHT, field));
                }
            }
            doc.add(table);

            Paragraph note = new Paragraph(I18n.t("report06a.note"), italic);
            note.setSpacingBefore(6);
            doc.add(note);
            PdfPTable sign = new PdfPTable(new float[] {1, 1});
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(10);
            sign.addCell(plain(new Phrase(""), Element.ALIGN_CENTER));
            sign.addCell(plain(new Phrase(I18n.t("report06a.placeDate"), italic), Element.ALIGN_CENTER));
            sign.addCell(plain(new Phrase(I18n.t("report06a.preparer") + "\n", bold), Element.ALIGN_CENTER));
            sign.addCell(plain(new Phrase(I18n.t("report06a.head") + "\n", bold), Element.ALIGN_CENTER));
            sign.addCell(plain(new Phrase(I18n.t("report06a.signHint"), italic), Element.ALIGN_CENTER));
            sign.addCell(plain(new Phrase(I18n.t("report06a.signHeadHint"), italic), Element.ALIGN_CENTER));
            sign.setKeepTogether(true);
            doc.add(sign);
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            if (doc.isOpen()) doc.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell plain(Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(PdfPCell.NO_BORDER);
        c.setHorizontalAlignment(align);
        return c;
    }

    private static PdfPCell head(String text, Font font, int colspan, int rowspan) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setBackgroundColor(GROUP_BG);
        c.setPadding(3);
        return c;
    }

    private static PdfPCell cell(String text, Font font, int align, boolean field) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(3);
        if (!field) c.setBackgroundColor(GROUP_BG);
        return c;
    }
}
