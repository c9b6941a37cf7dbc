package vn.reformdesk.ui.common;

import java.util.function.Consumer;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Behaviour shared by the register's tables. */
public final class Tables {
    private Tables() {}

    /** Double-click or Enter opens the selected row, Delete deletes it (each action asks or validates itself). */
    public static <T> void openAndDeleteKeys(TableView<T> table, Consumer<T> open, Consumer<T> delete) {
        table.setRowFactory(tv -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) open.accept(row.getItem());
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T item = table.getSelectionModel().getSelectedItem();
            if (item == null) return;
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(item);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete.accept(item);
                e.consume();
            }
        });
    }
}
