package vn.reformdesk.ui.scores;

import java.util.function.Function;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;

/**
 * A grid cell that is always a text field bound to its {@link ScoreField}: what the officer types stays in the model
 * even when it is refused; a refused value gets a red border and the reason as tooltip (the list above the grid says it
 * in words too).
 */
final class FieldCell extends TreeTableCell<ScoreRow, ScoreRow> {
    private final Function<ScoreRow, ScoreField> pick;
    private final TextField field = new TextField();
    private final ChangeListener<String> errorListener = (o, a, b) -> showError(b);
    private ScoreField bound;

    FieldCell(Function<ScoreRow, ScoreField> pick) {
        this.pick = pick;
        field.getStyleClass().add("score-field");
        setText(null);
    }

    @Override
    protected void updateItem(ScoreRow row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            field.textProperty().unbindBidirectional(bound.textProperty());
            bound.errorProperty().removeListener(errorListener);
            bound = null;
        }
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        bound = pick.apply(row);
        field.setId("score-" + bound.column() + "-" + row.code());
        field.textProperty().bindBidirectional(bound.textProperty());
        bound.errorProperty().addListener(errorListener);
        showError(bound.error());
        setGraphic(field);
    }

    private void showError(String error) {
        field.getStyleClass().remove("field-error");
        if (error != null) {
            field.getStyleClass().add("field-error");
            field.setTooltip(new Tooltip(error));
        } else {
            field.setTooltip(null);
        }
    }
}
