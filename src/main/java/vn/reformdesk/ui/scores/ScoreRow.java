package vn.reformdesk.ui.scores;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Direction;

/** One line of the scores grid: a component (or the total) and its editable values. */
public final class ScoreRow {
    private final String code;
    private final String parentCode;
    private final String name;
    private final int depth;
    private final Double max;
    private final Component component;
    final ScoreField official = new ScoreField("official");
    final ScoreField self = new ScoreField("self");
    final ScoreField target = new ScoreField("target");
    final ScoreField rank = new ScoreField("rank");
    final ScoreField ofUnits = new ScoreField("ofUnits");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.HIGHER);
    private final ReadOnlyStringWrapper gap = new ReadOnlyStringWrapper(this, "gap", "");
    String note;

    ScoreRow(String code, String parentCode, String name, int depth, Double max, Component component) {
        this.code = code;
        this.parentCode = parentCode;
        this.name = name;
        this.depth = depth;
        this.max = max;
        this.component = component;
    }

    public String code() { return code; }

    /** The parent's code; {@code total} for top-level components, null for the total itself. */
    public String parentCode() { return parentCode; }

    public String name() { return name; }

    public int depth() { return depth; }

    public Double max() { return max; }

    /** The framework component, or null for the total. */
    public Component component() { return component; }

    public boolean isTotal() { return component == null; }

    public ScoreField official() { return official; }

    public ScoreField self() { return self; }

    public ScoreField target() { return target; }

    public ScoreField rank() { return rank; }

    public ScoreField ofUnits() { return ofUnits; }

    public List<ScoreField> fields() { return List.of(self, official, target, rank, ofUnits); }

    public ObjectProperty<Direction> directionProperty() { return direction; }

    public ReadOnlyStringProperty gapProperty() { return gap.getReadOnlyProperty(); }

    public String gap() { return gap.get(); }

    void setGap(String g) { gap.set(g); }

    /** The first reason a value of this row cannot be saved, or null. */
    public String firstError() {
        for (ScoreField f : fields()) if (f.error() != null) return f.error();
        return null;
    }
}
