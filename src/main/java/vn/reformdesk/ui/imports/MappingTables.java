package vn.reformdesk.ui.imports;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;
import vn.reformdesk.io.mapping.Vocabulary;
import vn.reformdesk.ui.common.I18n;

/** The two tables of the import screen where the officer corrects a mapping: columns, and value words. */
final class MappingTables {
    /** A combo box item cannot be null: this stands for "not imported" and for "unknown word". */
    private static final String NONE = "\u0000";

    private MappingTables() {}

    static TableView<MappingModel.ColumnRow> columns(MappingModel m) {
        TableView<MappingModel.ColumnRow> table = new TableView<>(m.columns);
        table.setId("import-columns");
        table.setEditable(true);
        table.setPlaceholder(new Label(I18n.t("imports.previewEmpty")));
        TableColumn<MappingModel.ColumnRow, String> heading = text(I18n.t("imports.map.heading"), r -> r.heading);
        TableColumn<MappingModel.ColumnRow, String> sample = text(I18n.t("imports.map.sample"), r -> r.sample);
        TableColumn<MappingModel.ColumnRow, String> column = new TableColumn<>(I18n.t("imports.map.column"));
        column.setCellValueFactory(cd -> orNone(cd.getValue().column));
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        m.mapping.addListener((o, a, b) -> {
            if (b == null) return;
            List<String> all = new ArrayList<>(List.of(NONE));
            all.addAll(Vocabulary.columns(b.kind()));
            if (!all.equals(choices)) {
                choices.clear();
                choices.addAll(all);
                column.setCellFactory(ComboBoxTableCell.forTableColumn(converter(c -> I18n.t("imports.map.notImported"),
                        MappingModel::columnLabel), javafx.collections.FXCollections.observableArrayList(all)));
            }
        });
        column.setOnEditCommit(e -> e.getRowValue().column.set(NONE.equals(e.getNewValue()) ? null : e.getNewValue()));
        column.setEditable(true);
        column.setPrefWidth(260);
        heading.setPrefWidth(260);
        sample.setPrefWidth(240);
        table.getColumns().add(heading);
        table.getColumns().add(sample);
        table.getColumns().add(column);
        return table;
    }

    static TableView<MappingModel.WordRow> words(MappingModel m) {
        TableView<MappingModel.WordRow> table = new TableView<>(m.words);
        table.setId("import-words");
        table.setEditable(true);
        table.setPlaceholder(new Label(I18n.t("imports.previewEmpty")));
        TableColumn<MappingModel.WordRow, String> column = text(I18n.t("imports.map.wordColumn"),
                r -> MappingModel.columnLabel(r.column));
        TableColumn<MappingModel.WordRow, String> word = text(I18n.t("imports.map.word"), r -> r.word);
        TableColumn<MappingModel.WordRow, String> code = new TableColumn<>(I18n.t("imports.map.code"));
        code.setCellValueFactory(cd -> orNone(cd.getValue().code));
        // each row offers the codes of its own column
        code.setCellFactory(tc -> new ComboBoxTableCell<>() {
            @Override
            public void startEdit() {
                MappingModel.WordRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    getItems().setAll(NONE);
                    getItems().addAll(Vocabulary.codes(row.column));
                    setConverter(converter(c -> MappingModel.codeLabel(row.column, null), c -> MappingModel.codeLabel(row.column, c)));
                }
                super.startEdit();
            }

            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                MappingModel.WordRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (!empty && row != null && !isEditing()) {
                    setText(MappingModel.codeLabel(row.column, NONE.equals(item) ? null : item));
                }
            }
        });
        code.setOnEditCommit(e -> e.getRowValue().code.set(NONE.equals(e.getNewValue()) ? null : e.getNewValue()));
        code.setEditable(true);
        column.setPrefWidth(220);
        word.setPrefWidth(260);
        code.setPrefWidth(260);
        table.getColumns().add(column);
        table.getColumns().add(word);
        table.getColumns().add(code);
        return table;
    }

    private static <R> TableColumn<R, String> text(String title, java.util.function.Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setEditable(false);
        return c;
    }

    private static ObservableValue<String> orNone(ObservableValue<String> v) {
        SimpleStringProperty p = new SimpleStringProperty();
        p.bind(javafx.beans.binding.Bindings.createStringBinding(() -> v.getValue() == null ? NONE : v.getValue(), v));
        return p;
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> none,
                                                     java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) { return s == null ? "" : NONE.equals(s) ? none.apply(s) : label.apply(s); }

            @Override
            public String fromString(String s) { return s; }
        };
    }
}
