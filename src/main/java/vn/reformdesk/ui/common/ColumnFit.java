package vn.reformdesk.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Callback;
import vn.reformdesk.service.UserPreferences;

/**
 * Tables that read whole at any window size and UI scale: each column takes the width of its header and of the
 * rows in sight (up to {@link #MAX_EM} em; the table scrolls sideways instead of squeezing), a cell whose text is
 * still cut shows it whole in a tooltip, and — given preferences — the officer hides, shows (the table's menu
 * button) and reorders (drag a header) columns, remembered across starts.
 */
public final class ColumnFit {
    /** The widest a column grows by itself, in em: a long procedure name is read in its tooltip. */
    static final double MAX_EM = 28;
    private static final String KEY = "reformdesk.columnKey";

    private ColumnFit() {}

    public static void install(TableView<?> table, UserPreferences prefs, String name) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setUp(table, table.getColumns(), prefs, name);
        table.itemsProperty().addListener((o, a, b) -> refitSoon(table));
        table.getItems().addListener((ListChangeListener<Object>) c -> refitSoon(table));
        table.setTableMenuButtonVisible(prefs != null);
    }

    public static void install(TreeTableView<?> table, UserPreferences prefs, String name) {
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        setUp(table, table.getColumns(), prefs, name);
        table.rootProperty().addListener((o, a, b) -> refitSoon(table));
        table.expandedItemCountProperty().addListener((o, a, b) -> refitSoon(table));
        table.setTableMenuButtonVisible(prefs != null);
    }

    private static <C extends TableColumnBase<?, ?>> void setUp(Control table, ObservableList<C> columns,
                                                                UserPreferences prefs, String name) {
        for (int i = 0; i < columns.size(); i++) {
            C col = columns.get(i);
            col.getProperties().put(KEY, "c" + i);
            tipWhenCut(col);
        }
        table.sceneProperty().addListener((o, a, b) -> refitSoon(table));
        table.styleProperty().addListener((o, a, b) -> refitSoon(table));
        if (prefs == null) return;
        String pref = "columns." + name;
        restore(columns, prefs.get(pref, ""));
        Runnable save = () -> prefs.set(pref, describe(columns));
        columns.addListener((ListChangeListener<C>) c -> save.run());
        for (C col : columns) col.visibleProperty().addListener((o, a, b) -> save.run());
    }

    /** The saved order and visibility: keys in order, a hidden one written with a leading '-'. */
    static <C extends TableColumnBase<?, ?>> String describe(List<C> columns) {
        List<String> out = new ArrayList<>();
        for (C c : columns) out.add((c.isVisible() ? "" : "-") + c.getProperties().get(KEY));
        return String.join(",", out);
    }

    static <C extends TableColumnBase<?, ?>> void restore(ObservableList<C> columns, String saved) {
        if (saved.isBlank()) return;
        Map<String, C> byKey = new HashMap<>();
        for (C c : columns) byKey.put((String) c.getProperties().get(KEY), c);
        List<C> order = new ArrayList<>();
        for (String part : saved.split(",")) {
            boolean hidden = part.startsWith("-");
            C c = byKey.remove(hidden ? part.substring(1) : part);
            if (c == null) continue; // a column that no longer exists
            c.setVisible(!hidden);
            order.add(c);
        }
        for (C c : columns) if (byKey.containsValue(c)) order.add(c); // new columns keep their place at the end
        columns.setAll(order);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void tipWhenCut(TableColumnBase<?, ?> col) {
        if (col instanceof TableColumn tc) {
            Callback original = tc.getCellFactory();
            tc.setCellFactory(c -> withTip((IndexedCell<?>) original.call(c)));
        } else if (col instanceof TreeTableColumn tc) {
            Callback original = tc.getCellFactory();
            tc.setCellFactory(c -> withTip((IndexedCell<?>) original.call(c)));
        }
    }

    private static IndexedCell<?> withTip(IndexedCell<?> cell) {
        Tooltip tip = new Tooltip();
        Runnable update = () -> {
            String text = cell.getText();
            boolean cut = text != null && !text.isEmpty() && cell.getWidth() > 0
                    && (needed(cell) > cell.getWidth() + 0.5 || shownCut(cell, text));
            if (cut) {
                tip.setText(text);
                cell.setTooltip(tip);
            } else if (cell.getTooltip() == tip) {
                cell.setTooltip(null);
            }
        };
        cell.textProperty().addListener((o, a, b) -> update.run());
        cell.widthProperty().addListener((o, a, b) -> update.run());
        // a tree's indent narrows the text without narrowing the cell: look again once it is laid out
        cell.needsLayoutProperty().addListener((o, a, needs) -> { if (!needs) update.run(); });
        return cell;
    }

    /** Whether the text drawn now ends in the ellipsis while the cell's text does not. */
    private static boolean shownCut(IndexedCell<?> cell, String text) {
        String ellipsis = cell.getEllipsisString();
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.Text t && t.getText() != null && !t.getText().equals(text)
                    && t.getText().contains(ellipsis) && !text.contains(ellipsis)) {
                return true;
            }
        }
        return false;
    }

    private static void refitSoon(Control table) {
        if (table.getScene() == null) return;
        AfterLayout.run(table.getScene(), () -> fit(table));
    }

    /** Sets each column to the width its header and the rows in sight need. */
    static void fit(Control table) {
        double em = Math.max(8, fontSize(table));
        Map<TableColumnBase<?, ?>, Double> need = new HashMap<>();
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader h) || h.getTableColumn() == null) continue;
            Node label = h.lookup(".label");
            if (!(label instanceof Label l)) continue;
            double w = l.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset() + em * 1.2; // room for the sort arrow
            need.merge(h.getTableColumn(), w, Math::max);
        }
        List<Node> cells = new ArrayList<>(table.lookupAll(".table-cell"));
        cells.addAll(table.lookupAll(".tree-table-cell"));
        for (Node n : cells) {
            TableColumnBase<?, ?> col = n instanceof TableCell<?, ?> c && !c.isEmpty() ? c.getTableColumn()
                    : n instanceof TreeTableCell<?, ?> t && !t.isEmpty() ? t.getTableColumn() : null;
            if (col == null) continue;
            need.merge(col, needed((IndexedCell<?>) n) + 2, Math::max);
        }
        need.forEach((col, w) -> {
            if (col.getColumns().isEmpty()) col.setPrefWidth(Math.ceil(Math.min(w, MAX_EM * em)));
        });
    }

    /** The width a cell needs for its whole text and graphic (a table cell's own pref width is its column's). */
    static double needed(javafx.scene.control.Labeled cell) {
        double w = 0;
        String text = cell.getText();
        if (text != null && !text.isEmpty()) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(cell.getFont());
            w = probe.getLayoutBounds().getWidth();
        }
        Node graphic = cell.getGraphic();
        if (graphic != null && graphic.isVisible()) {
            w += graphicWidth(graphic, cell.getFont()) + (w > 0 ? cell.getGraphicTextGap() : 0);
        }
        return Math.ceil(w + cell.snappedLeftInset() + cell.snappedRightInset());
    }

    /** A choice box in a cell: its widest choice and the arrow (its own pref width follows the cell's). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static double graphicWidth(Node graphic, javafx.scene.text.Font font) {
        if (graphic instanceof javafx.scene.control.ChoiceBox box) {
            double widest = 0;
            for (Object item : box.getItems()) {
                String text = box.getConverter() != null ? box.getConverter().toString(item) : String.valueOf(item);
                javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
                probe.setFont(font);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            return widest + font.getSize() * 3.2;
        }
        return graphic.prefWidth(-1);
    }

    private static double fontSize(Control table) {
        Node probe = table.lookup(".label");
        return probe instanceof Label l ? l.getFont().getSize() : 13;
    }
}
