package vn.reformdesk.ui.presentation;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.I18n;

/**
 * The deck as a PDF: each slide rendered off-screen at 1920×1080 (node snapshot on the JavaFX thread) and placed
 * as one 16:9 page (960×540 pt). The file is written next to the target and moved into place when complete.
 */
public final class PdfDeckExport {
    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;
    /** Page size in points: 16:9, about A4 landscape wide. */
    static final float PAGE_W = 960f;
    static final float PAGE_H = 540f;

    private PdfDeckExport() {}

    /** Renders a slide at {@code w}×{@code h}: an RGB image (call on the JavaFX thread). */
    public static BufferedImage render(SlideType type, DeckData data, int number, int total, int w, int h) {
        Region slide = Slides.build(type, data, number, total, w, h);
        Scene scene = new Scene(slide, w, h);
        slide.applyCss();
        slide.layout();
        slide.applyCss();
        slide.layout();
        WritableImage fx = slide.snapshot(null, new WritableImage(w, h));
        BufferedImage argb = SwingFXUtils.fromFXImage(fx, null);
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        scene.setRoot(new javafx.scene.Group());
        return rgb;
    }

    /** A background task writing the deck of {@code period} to {@code file}, with progress and cancel. */
    public static Task<Path> task(AppContext app, Period period, List<SlideType> chosen, Path file) {
        return new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(I18n.t("presentation.pdf.preparing"));
                DeckData data = DeckData.load(app, period);
                List<SlideType> slides = data.shown(chosen).isEmpty() ? chosen : data.shown(chosen);
                Path abs = file.toAbsolutePath();
                if (abs.getParent() != null) Files.createDirectories(abs.getParent());
                Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
                Document doc = new Document(new Rectangle(PAGE_W, PAGE_H), 0, 0, 0, 0);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    PdfWriter.getInstance(doc, out);
                    doc.addTitle(I18n.t("presentation.pdf.docTitle", data.unitName(), period.toString()));
                    doc.addCreator("ReformDesk");
                    doc.open();
                    for (int i = 0; i < slides.size(); i++) {
                        if (isCancelled()) break;
                        updateMessage(I18n.t("presentation.pdf.slide", i + 1, slides.size()));
                        int n = i;
                        BufferedImage img = onFx(() -> render(slides.get(n), data, n + 1, slides.size(), WIDTH, HEIGHT));
                        Image page = Image.getInstance(png(img));
                        page.scaleAbsolute(PAGE_W, PAGE_H);
                        page.setAbsolutePosition(0, 0);
                        if (i > 0) doc.newPage();
                        doc.add(page);
                        updateProgress(i + 1, slides.size());
                    }
                    doc.close();
                } catch (Exception e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                if (isCancelled()) {
                    Files.deleteIfExists(tmp);
                    return null;
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                return abs;
            }
        };
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) return work.call();
        FutureTask<T> f = new FutureTask<>(work);
        Platform.runLater(f);
        return f.get();
    }
}
