package vn.reformdesk.support;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * What a reader of a window would call unfinished: a label, button or cell whose text is cut (shown with the
 * ellipsis while its full text does not end in one) without a tooltip that gives it whole, an empty field whose
 * prompt does not fit, content clipped sideways by a scroll pane that never scrolls sideways, and a button lying
 * outside its window. Walks the scene graph as laid out now; call it on the JavaFX thread.
 */
public final class LayoutGuard {
    private LayoutGuard() {}

    public static List<String> problems(Scene scene) {
        List<String> out = new ArrayList<>();
        walk(scene.getRoot(), scene, out);
        return out;
    }

    private static void walk(Node node, Scene scene, List<String> out) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l) {
            String cut = cut(l);
            if (cut != null && !outside(node, scene)) out.add("cut: \"" + l.getText() + "\" shown as \"" + cut + "\" in " + describe(l));
        }
        if (node instanceof ButtonBase b && !insideScrolling(b) && outside(b, scene) && !b.getText().isEmpty()) {
            out.add("outside the window: button \"" + b.getText() + "\" at " + b.localToScene(b.getBoundsInLocal())
                    + ", window " + scene.getWidth() + "×" + scene.getHeight());
        }
        if (node instanceof TextField field && promptCut(field) && !outside(node, scene)) {
            out.add("cut: prompt \"" + field.getPromptText() + "\" wider than its field " + describe(field));
        }
        if (node instanceof ScrollPane sp && cutSideways(sp)) {
            out.add("cut sideways: " + describe(sp.getContent()) + " needs " + Math.round(sp.getContent().minWidth(-1))
                    + " px in a scroll pane " + Math.round(sp.getViewportBounds().getWidth()) + " px wide that never scrolls sideways");
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) walk(child, scene, out);
        }
    }

    /** The text shown when it is cut, else null. */
    static String cut(Labeled l) {
        String full = l.getText();
        if (full == null || full.isBlank()) return null;
        String ellipsis = l.getEllipsisString();
        if (ellipsis == null || ellipsis.isEmpty()) return null;
        Tooltip tip = l.getTooltip();
        if (tip != null && full.equals(tip.getText())) return null; // the whole text is a hover away
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && t.getText() != null && !t.getText().equals(full)
                    && t.getText().contains(ellipsis) && !full.contains(ellipsis)) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean outside(Node n, Scene scene) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1;
    }

    /** An empty field whose grey prompt (the hint of what to type) does not fit in it: the end of the hint is lost. */
    static boolean promptCut(TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())) return false;
        if (field.getWidth() <= 0) return false;
        Text text = new Text(prompt);
        text.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return text.getLayoutBounds().getWidth() > room + 1;
    }

    /**
     * A scroll pane without a horizontal bar whose content cannot be as narrow as its viewport: the right side of
     * the content is clipped with nothing to show that it is (the calendar's add form at 1366 px).
     */
    static boolean cutSideways(ScrollPane sp) {
        Node content = sp.getContent();
        if (content == null || sp.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER) return false;
        double viewport = sp.getViewportBounds().getWidth();
        return viewport > 0 && content.minWidth(-1) > viewport + 1;
    }

    /** A node a scroll pane or a table's virtual flow may move out of sight on purpose. */
    private static boolean insideScrolling(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p.getClass().getSimpleName().equals("VirtualFlow")) return true;
        }
        return false;
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node p = n; p != null && path.length() < 200; p = p.getParent()) {
            String name = p.getId() != null ? "#" + p.getId()
                    : !p.getStyleClass().isEmpty() ? "." + p.getStyleClass().get(0) : p.getClass().getSimpleName();
            path.insert(0, name + (path.length() == 0 ? "" : " > "));
        }
        return path.toString();
    }
}
