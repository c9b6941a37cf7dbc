package vn.reformdesk.ui.scores;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.ui.common.I18n;

/** The targets tab: targets on computed rates and on ranks, with a one-line form. */
final class TargetsView {
    private final TargetsViewModel model;
    private final VBox root = new VBox(6);

    TargetsView(TargetsViewModel model) {
        this.model = model;
        build();
    }

    Node root() { return root; }

    private void build() {
        root.setPadding(new Insets(8, 0, 0, 0));
        root.setId("targets-view");
        TableView<TargetsViewModel.Line> table = new TableView<>(model.lines());
        table.setId("targets-table");
        table.setPlaceholder(new Label(I18n.t("scores.targets.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("kind", l -> I18n.t("scores.targets.kind." + l.target().kind().code()), 110));
        table.getColumns().add(col("subject", TargetsViewModel.Line::subjectText, 360));
        table.getColumns().add(col("period", l -> l.target().period(), 80));
        table.getColumns().add(col("value", TargetsViewModel.Line::valueText, 100));
        table.getColumns().add(col("direction", l -> ScoresViewModel.directionText(l.target().direction()), 110));
        table.getColumns().add(col("actual", TargetsViewModel.Line::actualText, 100));
        table.getColumns().add(col("gap", TargetsViewModel.Line::gapText, 80));
        VBox.setVgrow(table, Priority.ALWAYS);

        ChoiceBox<Target.Kind> kind = new ChoiceBox<>();
        kind.getItems().setAll(Target.Kind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(conv(k -> I18n.t("scores.targets.kind." + k.code())));
        ComboBox<String> subject = new ComboBox<>(model.subjects());
        subject.valueProperty().bindBidirectional(model.subjectProperty());
        subject.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                if (s == null) return "";
                return model.kindProperty().get() == Target.Kind.RATE ? I18n.t("scores.rate." + s) : s;
            }

            @Override
            public String fromString(String s) { return s; }
        });
        subject.setPrefWidth(280);
        TextField period = new TextField();
        period.setPromptText("2026");
        period.setPrefColumnCount(7);
        period.textProperty().bindBidirectional(model.periodProperty());
        TextField value = new TextField();
        value.setId("targets-value");
        value.setPrefColumnCount(6);
        value.textProperty().bindBidirectional(model.valueProperty());
        value.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.kindProperty().get() == Target.Kind.RATE ? "98 %" : "15", model.kindProperty()));
        ChoiceBox<Direction> direction = new ChoiceBox<>();
        direction.getItems().setAll(Direction.values());
        direction.valueProperty().bindBidirectional(model.directionProperty());
        direction.setConverter(conv(ScoresViewModel::directionText));
        Button add = new Button(I18n.t("scores.targets.save"));
        add.setOnAction(e -> model.save());
        Button delete = new Button(I18n.t("scores.targets.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        HBox form = new HBox(8, kind, subject, new Label(I18n.t("scores.period")), period, new Label(I18n.t("scores.targets.col.value")),
                value, direction, add, delete, error);
        form.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(I18n.t("scores.targets.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("scores-hint");
        // another desk saved the same target since the list was read: both shown, the officer keeps either
        vn.reformdesk.ui.common.ConflictPanel conflict = new vn.reformdesk.ui.common.ConflictPanel("target");
        model.conflict().addListener((javafx.collections.ListChangeListener<vn.reformdesk.ui.common.ConflictPanel.Field>) c -> {
            if (model.conflict().isEmpty()) conflict.hide();
            else conflict.show(java.util.List.copyOf(model.conflict()), model::keepMine, model::keepTheirs);
        });
        root.getChildren().addAll(hint, form, conflict, table);
    }

    private static <T> StringConverter<T> conv(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : f.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    private static TableColumn<TargetsViewModel.Line, String> col(String key,
            java.util.function.Function<TargetsViewModel.Line, String> f, double width) {
        TableColumn<TargetsViewModel.Line, String> c = new TableColumn<>(I18n.t("scores.targets.col." + key));
        c.setCellValueFactory(p -> new ReadOnlyStringWrapper(f.apply(p.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
