package vn.reformdesk.io.report.form06a;

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
import vn.reformdesk.ui.common.I18n;

/** Form 06a as a PDF: A4 landscape, DejaVu Sans embedded (Vietnamese), the same layout as the Excel sheet. */
final class Form06aPdf {
    private Form06aPdf() {}

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
            top.addCell(plain(new Phrase(Form06aText.unitLine(r) + "\n" + I18n.t("report06a.receiver"), body),
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

            doc.add(Form06aTable.of(f, body, bold, bold, italic, 3 / 6.5f, 22 / 6.5f, 3));

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
}
