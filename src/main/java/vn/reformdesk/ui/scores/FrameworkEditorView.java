package vn.reformdesk.ui.scores;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.reformdesk.domain.index.ScoreUnit;
import vn.reformdesk.ui.common.I18n;

/** The framework editor tab: a table of components with text fields, add/remove, save, and "new framework". */
final class FrameworkEditorView {
    private final FrameworkEditorModel model;
    private final Consumer<String> changed;
    private final VBox root = new VBox(6);
    private final TableView<FrameworkEditorModel.EditRow> table = new TableView<>();

    FrameworkEditorView(FrameworkEditorModel model, Consumer<String> changed) {
        this.model = model;
        this.changed = changed;
        build();
    }

    Node root() { return root; }

    private void build() {
        root.setPadding(new Insets(8, 0, 0, 0));
        root.setId("framework-editor");
        Label note = new Label();
        note.textProperty().bind(model.versionNoteProperty());
        note.setWrapText(true);
        note.getStyleClass().add("scores-hint");

        table.setItems(model.rows());
        table.setEditable(false);
        table.setPlaceholder(new Label(I18n.t("scores.editor.empty")));
        table.getColumns().add(col("code", r -> r.code, 150));
        table.getColumns().add(col("parent", r -> r.parent, 130));
        table.getColumns().add(col("nameVi", r -> r.nameVi, 300));
        table.getColumns().add(col("nameEn", r -> r.nameEn, 260));
        table.getColumns().add(col("max", r -> r.max, 70));
        table.getColumns().add(col("threshold", r -> r.threshold, 90));
        table.getColumns().add(col("rateKey", r -> r.rateKey, 150));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button addField = new Button(I18n.t("scores.editor.addField"));
        addField.setOnAction(e -> table.getSelectionModel().select(model.add(null)));
        Button addCriterion = new Button(I18n.t("scores.editor.addCriterion"));
        addCriterion.setId("framework-add-criterion");
        addCriterion.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        addCriterion.setOnAction(e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (sel != null) table.getSelectionModel().select(model.add(sel.code.get()));
        });
        Button remove = new Button(I18n.t("scores.editor.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (sel != null) model.remove(sel);
        });
        Button save = new Button(I18n.t("scores.editor.save"));
        save.setId("framework-save");
        save.setOnAction(e -> {
            if (model.save()) changed.accept(model.frameworkCode());
        });
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll("error-text", "warning-text");
            message.getStyleClass().add(b ? "error-text" : "warning-text");
        });
        HBox actions = new HBox(8, addField, addCriterion, remove, save, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextField code = new TextField();
        code.setPromptText(I18n.t("scores.editor.code"));
        code.setPrefColumnCount(10);
        TextField nameVi = new TextField();
        nameVi.setPromptText(I18n.t("scores.editor.nameVi"));
        TextField nameEn = new TextField();
        nameEn.setPromptText(I18n.t("scores.editor.nameEn"));
        ChoiceBox<ScoreUnit> unit = new ChoiceBox<>();
        unit.getItems().setAll(ScoreUnit.values());
        unit.setValue(ScoreUnit.POINTS);
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScoreUnit u) { return u == null ? "" : I18n.t("scores.unit." + u.code()); }

            @Override
            public ScoreUnit fromString(String s) { return null; }
        });
        Button create = new Button(I18n.t("scores.editor.create"));
        create.setOnAction(e -> {
            String c = model.create(code.getText(), nameVi.getText(), nameEn.getText(), unit.getValue());
            if (c != null) {
                code.clear();
                nameVi.clear();
                nameEn.clear();
                changed.accept(c);
            }
        });
        HBox.setHgrow(nameVi, Priority.ALWAYS);
        HBox.setHgrow(nameEn, Priority.ALWAYS);
        HBox createRow = new HBox(8, code, nameVi, nameEn, unit, create);
        createRow.setAlignment(Pos.CENTER_LEFT);
        TitledPane newFramework = new TitledPane(I18n.t("scores.editor.newFramework"), createRow);
        newFramework.setExpanded(false);

        root.getChildren().addAll(note, actions, table, newFramework);
    }

    private TableColumn<FrameworkEditorModel.EditRow, FrameworkEditorModel.EditRow> col(
            String key, Function<FrameworkEditorModel.EditRow, StringProperty> pick, double width) {
        TableColumn<FrameworkEditorModel.EditRow, FrameworkEditorModel.EditRow> c =
                new TableColumn<>(I18n.t("scores.editor.col." + key));
        c.setCellValueFactory(p -> new javafx.beans.property.ReadOnlyObjectWrapper<>(p.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            private final TextField field = new TextField();
            private StringProperty bound;

            {
                field.focusedProperty().addListener((o, a, b) -> {
                    if (b && getIndex() >= 0) getTableView().getSelectionModel().select(getIndex());
                });
            }

            @Override
            protected void updateItem(FrameworkEditorModel.EditRow row, boolean empty) {
                super.updateItem(row, empty);
                if (bound != null) field.textProperty().unbindBidirectional(bound);
                bound = null;
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                bound = pick.apply(row);
                field.textProperty().bindBidirectional(bound);
                setGraphic(field);
            }
        });
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
