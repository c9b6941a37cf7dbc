package vn.reformdesk.io.report.pdf;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * DejaVu Sans, shipped in {@code src/main/resources/fonts/} (licence beside it) and loaded from the class path so a
 * report has Vietnamese glyphs on any machine, embedded in every PDF (Identity-H, subset).
 */
public final class ReportFonts {
    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static byte[] regularBytes;
    private static byte[] boldBytes;

    private ReportFonts() {}

    static synchronized byte[] bytes(String resource) {
        if (REGULAR.equals(resource) && regularBytes != null) return regularBytes;
        if (BOLD.equals(resource) && boldBytes != null) return boldBytes;
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font missing from the application: " + resource);
            byte[] b = in.readAllBytes();
            if (REGULAR.equals(resource)) regularBytes = b;
            else if (BOLD.equals(resource)) boldBytes = b;
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh BaseFont per document (OpenPDF keeps the used-glyph subset in it). */
    public static BaseFont pdf(boolean bold) {
        String name = bold ? BOLD : REGULAR;
        try {
            return BaseFont.createFont(name.substring(name.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, BaseFont.CACHED, bytes(name), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same font for Java2D (the PNG summary), so the image does not depend on the machine's fonts. */
    public static java.awt.Font awt(boolean bold, float size) {
        try (InputStream in = new java.io.ByteArrayInputStream(bytes(bold ? BOLD : REGULAR))) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
