package vn.reformdesk.ui.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * The last value of each named line, written right of the line's end in the line's colour, the labels moved apart by
 * {@link LabelPlacement} so that none covers another (two rates of 100 % and 99,8 % ended on the same pixels). A
 * label moved off its point gets a thin leader to it. When the plot is too short for all of them, none is drawn: the
 * legend still names the lines and the screen's tooltips give every value.
 */
final class EndLabels extends AbstractAnnotation implements CategoryAnnotation {
    private static final long serialVersionUID = 1L;
    private final List<Integer> rows;
    private final transient DoubleFunction<String> text;
    private final Font font;
    private final double gap;
    private final double room;

    /**
     * @param rows the dataset's rows to label (the thresholds are left out)
     * @param text the label of a value as drawn on the axis
     * @param gap  pixels between the data area and the labels
     * @param room pixels kept right of the data area for the labels (the plot's right inset, see {@link #room})
     */
    EndLabels(List<Integer> rows, DoubleFunction<String> text, Font font, double gap, double room) {
        this.rows = List.copyOf(rows);
        this.text = text;
        this.font = font;
        this.gap = gap;
        this.room = room;
    }

    /** The room right of the plot the labels need: the widest of {@code samples} and the gap. */
    static double room(Font font, double gap, String... samples) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double w = 0;
        for (String s : samples) w = Math.max(w, font.getStringBounds(s, frc).getWidth());
        return Math.ceil(w + 2 * gap);
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis, ValueAxis rangeAxis) {
        CategoryDataset ds = plot.getDataset();
        if (ds == null) return;
        int columns = ds.getColumnCount();
        List<double[]> ends = new ArrayList<>(); // row, x, y, value
        for (int row : rows) {
            for (int c = columns - 1; c >= 0; c--) {
                Number v = ds.getValue(row, c);
                if (v == null) continue;
                double x = domainAxis.getCategoryMiddle(c, columns, dataArea, plot.getDomainAxisEdge());
                double y = rangeAxis.valueToJava2D(v.doubleValue(), dataArea, plot.getRangeAxisEdge());
                ends.add(new double[] {row, x, y, v.doubleValue()});
                break;
            }
        }
        if (ends.isEmpty()) return;
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        double height = fm.getAscent() + fm.getDescent();
        double[] wanted = ends.stream().mapToDouble(e -> e[2]).toArray();
        double[] placed = LabelPlacement.spread(wanted, height, dataArea.getMinY(), dataArea.getMaxY() - height / 2);
        if (placed == null) return;
        Shape clip = g2.getClip();
        // the labels lie in the room kept right of the data area (the plot's right inset), outside the data's clip
        g2.setClip(new Rectangle2D.Double(dataArea.getMinX(), dataArea.getMinY() - height,
                dataArea.getWidth() + room, dataArea.getHeight() + 2 * height));
        var renderer = plot.getRenderer();
        double x = dataArea.getMaxX() + gap;
        g2.setStroke(new BasicStroke(1f));
        for (int i = 0; i < ends.size(); i++) {
            double[] e = ends.get(i);
            Paint paint = renderer.getItemPaint((int) e[0], columns - 1);
            g2.setPaint(paint);
            // a thin leader from the line's last point to its label, which may lie a little higher or lower
            g2.draw(new Line2D.Double(e[1] + gap, e[2], x - 2, placed[i]));
            g2.drawString(text.apply(e[3]), (float) x, (float) (placed[i] - height / 2 + fm.getAscent()));
        }
        g2.setClip(clip);
    }
}
