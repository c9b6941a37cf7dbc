package vn.reformdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A row of labels, choices and buttons that wraps onto a second line when the window is narrow or the UI scale
 * large, instead of an HBox that squeezed its labels to "Bộ c…". Plain spacer regions are dropped: a flow has none.
 */
public final class Toolbars {
    private Toolbars() {}

    public static FlowPane flow(Node... nodes) {
        FlowPane bar = new FlowPane(8, 6);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : nodes) {
            if (n.getClass() == Region.class) continue;
            bar.getChildren().add(n);
        }
        return bar;
    }
}
