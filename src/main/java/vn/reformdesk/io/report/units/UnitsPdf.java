package vn.reformdesk.io.report.units;

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

import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.report.pdf.ReportFonts;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/** The ranking as a PDF: A4 portrait, DejaVu Sans embedded (Vietnamese), the same table and summary as the sheet. */
final class UnitsPdf {
    private UnitsPdf() {}

    private static final Color HEAD_BG = new Color(0xf2, 0xf2, 0xf2);
    private static final Color MISSED = new Color(0xb0, 0x00, 0x20);

    static byte[] render(UnitsReport r) throws IOException {
        BaseFont regular = ReportFonts.pdf(false);
        BaseFont boldFont = ReportFonts.pdf(true);
        Font body = new Font(regular, 9.5f);
        Font bold = new Font(boldFont, 9.5f);
        Font italic = new Font(regular, 9f, Font.ITALIC);
        Font missed = new Font(regular, 9.5f, Font.NORMAL, MISSED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(r.title());
            doc.addCreator("ReformDesk");
            doc.open();
            doc.add(new Paragraph(r.title(), new Font(boldFont, 14f)));
            doc.add(new Paragraph(r.subtitle(), italic));
            Paragraph asOf = new Paragraph(I18n.t("units.asOf", Fmt.date(r.asOf())), italic);
            asOf.setSpacingAfter(6);
            doc.add(asOf);
            PdfPTable table = new PdfPTable(new float[] {5, 13, 38, 11, 11, 17});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String k : new String[] {"units.col.rank", "units.col.code", "units.col.unit", "units.col.score",
                "units.col.target", "units.col.against"}) {
                PdfPCell c = new PdfPCell(new Phrase(I18n.t(k), bold));
                c.setBackgroundColor(HEAD_BG);
                c.setPadding(3);
                table.addCell(c);
            }
            for (UnitRanking.Entry e : r.ranking().entries()) {
                table.addCell(cell(e.rank() == null ? I18n.t("units.noRank") : String.valueOf(e.rank()), body,
                        Element.ALIGN_CENTER));
                table.addCell(cell(e.unit().code(), body, Element.ALIGN_LEFT));
                table.addCell(cell(e.unit().name(), body, Element.ALIGN_LEFT));
                table.addCell(cell(UnitsReport.value(r.measure(), e.value()), e.hasData() ? body : italic,
                        Element.ALIGN_RIGHT));
                table.addCell(cell(e.target() == null ? "" : UnitsReport.value(r.measure(), e.target()), body,
                        Element.ALIGN_RIGHT));
                table.addCell(cell(UnitsReport.against(r.measure(), e), Boolean.FALSE.equals(e.targetMet()) ? missed : body,
                        Element.ALIGN_LEFT));
            }
            doc.add(table);
            Paragraph summary = new Paragraph();
            summary.setSpacingBefore(8);
            for (String line : r.summary()) summary.add(new Phrase(line + "\n", body));
            doc.add(summary);
            Paragraph rule = new Paragraph(I18n.t("units.rule"), italic);
            rule.setSpacingBefore(4);
            doc.add(rule);
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            if (doc.isOpen()) doc.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(3);
        return c;
    }
}
