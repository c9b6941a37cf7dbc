package vn.reformdesk.ui.scores;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable cell of the scores grid: the text as typed (never thrown away) and why it cannot be saved, if so. */
public final class ScoreField {
    private final String column;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", null);

    ScoreField(String column) { this.column = column; }

    /** The column key ({@code official}, {@code self}, {@code target}, {@code rank}, {@code ofUnits}). */
    public String column() { return column; }

    public StringProperty textProperty() { return text; }

    public String text() { return text.get(); }

    public void setText(String t) { text.set(t == null ? "" : t); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public String error() { return error.get(); }

    void setError(String e) { error.set(e); }

    public boolean blank() { return text.get() == null || text.get().isBlank(); }
}
