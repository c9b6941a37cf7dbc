package vn.reformdesk.ui.dashboard;

import java.awt.image.BufferedImage;
import java.util.function.DoubleFunction;

import org.jfree.chart.JFreeChart;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * A chart drawn into an image of exactly the region's size (redrawn when the size changes), so it shows the same
 * on screen, in a snapshot and in an exported slide. {@code chartFor} builds the chart for a given width (so the
 * font scale can follow the size).
 */
public final class ChartImage extends Region {
    private final ImageView view = new ImageView();
    private final DoubleFunction<JFreeChart> chartFor;
    private double drawnW = -1;
    private double drawnH = -1;
    private double drawnScale = 1;

    public ChartImage(DoubleFunction<JFreeChart> chartFor) {
        this.chartFor = chartFor;
        getChildren().add(view);
        getStyleClass().add("chart-image");
        setMinSize(120, 90);
        setPrefSize(640, 360);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        if (w < 10 || h < 10) return;
        // on a screen scaled by the system (150 % on a 1080p laptop) the image has the screen's pixels, not the
        // layout's: drawn at the layout's size and stretched, the chart's text was blurred
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getOutputScaleX());
        if (w != drawnW || h != drawnH || scale != drawnScale) {
            drawnW = w;
            drawnH = h;
            drawnScale = scale;
            BufferedImage img = chartFor.apply(w).createBufferedImage((int) Math.round(w * scale),
                    (int) Math.round(h * scale), w, h, null);
            view.setImage(SwingFXUtils.toFXImage(img, null));
            view.setFitWidth(w);
            view.setFitHeight(h);
        }
        view.relocate(snappedLeftInset(), snappedTopInset());
    }

    public JFreeChart chart() { return chartFor.apply(Math.max(drawnW, 640)); }
}
