package vn.reformdesk.ui.charts;

import java.io.File;
import java.io.IOException;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import vn.reformdesk.ui.common.I18n;

/** A chart on screen, with a context menu (right click) that saves it as PNG or SVG. */
public final class ChartPane extends ChartViewer {
    public ChartPane(JFreeChart chart) {
        super(chart, false); // our own, translated menu instead of the library's English one
        MenuItem png = new MenuItem(I18n.t("charts.savePng"));
        png.setOnAction(e -> save("png"));
        MenuItem svg = new MenuItem(I18n.t("charts.saveSvg"));
        svg.setOnAction(e -> save("svg"));
        ContextMenu menu = new ContextMenu(png, svg);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        getStyleClass().add("chart-pane");
    }

    private void save(String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("charts.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(), "*." + kind));
        chooser.setInitialFileName("chart." + kind);
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) return;
        int w = (int) Math.max(800, getWidth());
        int h = (int) Math.max(500, getHeight());
        try {
            if ("png".equals(kind)) ChartExport.png(getChart(), file.toPath(), w, h);
            else ChartExport.svg(getChart(), file.toPath(), w, h);
        } catch (IOException ex) {
            new Alert(Alert.AlertType.ERROR, I18n.t("common.error", ex.getMessage())).showAndWait();
        }
    }
}
