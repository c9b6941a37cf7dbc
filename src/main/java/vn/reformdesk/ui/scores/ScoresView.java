package vn.reformdesk.ui.scores;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * The scores screen: the sheet of one framework and period (a tree of components with self score, official score,
 * target, direction, rank, of N and gap), the framework editor, and targets on computed rates and ranks.
 */
public final class ScoresView implements View {
    private final ShellContext shell;
    private final ScoresViewModel model;
    private final FrameworkEditorModel editorModel;
    private final TargetsViewModel targetsModel;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<ScoreRow> grid = new TreeTableView<>();
    private final Label warnings = new Label();
    private final Label errors = new Label();
    private final Label saved = new Label();
    private final ChoiceBox<Integer> part = new ChoiceBox<>();
    private final FrameworkEditorView editorView;
    private final TargetsView targetsView;

    public ScoresView(ShellContext shell) {
        this(shell, shell.app().database());
    }

    /** For tests and screenshots: the view on a database without a main window (shell may be null). */
    public ScoresView(ShellContext shell, Database db) {
        this.shell = shell;
        FrameworkRepository frameworks = new FrameworkRepository(db);
        // the scores and targets of the unit chosen in the shell when the screen opens, else the home unit's
        ScoreRepository scores = shell != null ? shell.app().scores() : new ScoreRepository(db);
        this.model = new ScoresViewModel(frameworks, scores);
        this.editorModel = new FrameworkEditorModel(frameworks);
        this.targetsModel = new TargetsViewModel(scores, frameworks);
        this.editorView = new FrameworkEditorView(editorModel, this::afterFrameworkChange);
        this.targetsView = new TargetsView(targetsModel);
        build();
    }

    public ScoresViewModel model() { return model; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        model.load();
        if (model.frameworkProperty().get() != null) editorModel.load(model.frameworkProperty().get().code());
        targetsModel.load();
    }

    /** Unsaved scores: save them, throw them away, or stay on the sheet (the default: nothing is lost). */
    @Override
    public boolean canLeave() {
        if (!model.dirtyProperty().get()) return true;
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType(I18n.t("scores.leave.save"),
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType(I18n.t("scores.leave.discard"),
                javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.ButtonType stay = new javafx.scene.control.ButtonType(I18n.t("scores.leave.stay"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                I18n.t("scores.leave.question", model.period()), save, discard, stay);
        if (shell != null && shell.stage() != null && shell.stage().getScene() != null) ask.initOwner(shell.stage());
        ask.setTitle(I18n.t("scores.leave.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("scores-leave");
        ask.getDialogPane().lookupButton(save).setDisable(!model.validProperty().get());
        ((Button) ask.getDialogPane().lookupButton(save)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        var answer = ask.showAndWait().orElse(stay);
        if (answer == save) return model.save();
        if (answer == discard) {
            model.load();
            return true;
        }
        return false;
    }

    private void afterFrameworkChange(String code) {
        model.load();
        model.selectFramework(code);
        if (shell != null) shell.dataChanged();
    }

    private void build() {
        root.getStyleClass().add("scores-view");
        root.getStylesheets().add(ScoresView.class.getResource("/css/scores.css").toExternalForm());
        root.setId("scores-view");
        Label title = new Label(I18n.t("scores.title"));
        title.getStyleClass().add("screen-title");

        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab sheet = new Tab(I18n.t("scores.tab.sheet"), sheet());
        Tab editor = new Tab(I18n.t("scores.tab.framework"), editorView.root());
        Tab targets = new Tab(I18n.t("scores.tab.targets"), targetsView.root());
        editor.setId("scores-tab-framework");
        targets.setId("scores-tab-targets");
        editor.setOnSelectionChanged(e -> {
            if (editor.isSelected() && model.frameworkProperty().get() != null) {
                editorModel.load(model.frameworkProperty().get().code());
            }
        });
        targets.setOnSelectionChanged(e -> { if (targets.isSelected()) targetsModel.load(); });
        tabs.getTabs().addAll(sheet, editor, targets);

        VBox top = new VBox(6, title);
        top.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(top);
        root.setCenter(tabs);
    }

    private Node sheet() {
        ComboBox<Framework> framework = new ComboBox<>(model.frameworks());
        framework.setId("scores-framework");
        framework.setConverter(new StringConverter<>() {
            @Override
            public String toString(Framework f) { return f == null ? "" : f.name(I18n.english()); }

            @Override
            public Framework fromString(String s) { return null; }
        });
        framework.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Framework f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? "" : f.name(I18n.english()));
            }
        });
        framework.valueProperty().bindBidirectional(model.frameworkProperty());

        ChoiceBox<ScoresViewModel.PeriodKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ScoresViewModel.PeriodKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScoresViewModel.PeriodKind k) { return k == null ? "" : I18n.t("scores.periodKind." + k.name().toLowerCase()); }

            @Override
            public ScoresViewModel.PeriodKind fromString(String s) { return null; }
        });
        kind.valueProperty().bindBidirectional(model.periodKindProperty());
        kind.setId("scores-period-kind");

        Spinner<Integer> year = new Spinner<>(2000, 2100, model.yearProperty().get());
        year.setEditable(true);
        year.setPrefWidth(90);
        year.setId("scores-year");
        year.getValueFactory().valueProperty().addListener((o, a, b) -> { if (b != null) model.yearProperty().set(b); });
        model.yearProperty().addListener((o, a, b) -> year.getValueFactory().setValue(b.intValue()));

        part.setId("scores-part");
        updateParts();
        model.periodKindProperty().addListener((o, a, b) -> updateParts());
        part.valueProperty().addListener((o, a, b) -> { if (b != null) model.partProperty().set(b); });
        model.partProperty().addListener((o, a, b) -> part.setValue(b.intValue()));
        part.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                if (n == null) return "";
                return model.periodKindProperty().get() == ScoresViewModel.PeriodKind.MONTH
                        ? I18n.t("scores.monthN", n) : I18n.t("scores.quarterN", n);
            }

            @Override
            public Integer fromString(String s) { return null; }
        });

        Label version = new Label();
        version.textProperty().bind(model.versionTextProperty());
        version.getStyleClass().add("scores-version");

        Button save = new Button(I18n.t("scores.save"));
        save.setId("scores-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.validProperty().not().or(model.dirtyProperty().not()));
        save.setOnAction(e -> {
            if (model.save()) {
                saved.setText(I18n.t("scores.saved", model.period()));
                if (shell != null) shell.dataChanged();
            }
        });
        saved.setId("scores-saved");
        model.dirtyProperty().addListener((o, a, b) -> saved.setText(b ? I18n.t("scores.unsaved") : ""));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = vn.reformdesk.ui.common.Toolbars.flow(new Label(I18n.t("scores.framework")), framework,
                new Label(I18n.t("scores.period")), kind, year, part, version, spacer, saved, save);

        warnings.setId("scores-warnings");
        warnings.getStyleClass().addAll("warning-text", "scores-message");
        warnings.setWrapText(true);
        warnings.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line of a long warning
        errors.setId("scores-errors");
        errors.getStyleClass().addAll("error-text", "scores-message");
        errors.setWrapText(true);
        errors.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.warnings().addListener((ListChangeListener<String>) c -> showList(warnings, model.warnings(), "⚠ "));
        model.errors().addListener((ListChangeListener<String>) c -> showList(errors, model.errors(), "✖ "));
        showList(warnings, model.warnings(), "⚠ ");
        showList(errors, model.errors(), "✖ ");

        buildGrid();
        model.rows().addListener((ListChangeListener<ScoreRow>) c -> fillGrid());

        Label hint = new Label(I18n.t("scores.hint"));
        hint.getStyleClass().add("scores-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox box = new VBox(6, bar, warnings, errors, grid, hint);
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void updateParts() {
        ScoresViewModel.PeriodKind k = model.periodKindProperty().get();
        int n = k == ScoresViewModel.PeriodKind.MONTH ? 12 : 4;
        java.util.List<Integer> items = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) items.add(i);
        part.getItems().setAll(items);
        part.setValue(Math.min(n, Math.max(1, model.partProperty().get())));
        part.setVisible(k != ScoresViewModel.PeriodKind.YEAR);
        part.setManaged(k != ScoresViewModel.PeriodKind.YEAR);
    }

    private static void showList(Label label, java.util.List<String> items, String mark) {
        label.setText(String.join("\n", items.stream().map(s -> mark + s).toList()));
        label.setVisible(!items.isEmpty());
        label.setManaged(!items.isEmpty());
    }

    private void buildGrid() {
        grid.setId("scores-grid");
        grid.setShowRoot(true);
        grid.setEditable(false);
        grid.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        grid.setPlaceholder(new Label(I18n.t("scores.empty")));

        TreeTableColumn<ScoreRow, String> name = new TreeTableColumn<>(I18n.t("scores.col.component"));
        name.setCellValueFactory(p -> new ReadOnlyStringWrapper(label(p.getValue().getValue())));
        name.setPrefWidth(380);
        TreeTableColumn<ScoreRow, String> max = new TreeTableColumn<>(I18n.t("scores.col.max"));
        max.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().getValue().max() == null ? ""
                : Fmt.number(p.getValue().getValue().max(), 3)));
        max.setPrefWidth(60);
        max.setStyle("-fx-alignment: CENTER-RIGHT;");

        grid.getColumns().add(name);
        grid.getColumns().add(max);
        grid.getColumns().add(field("self", ScoreRow::self, 90));
        grid.getColumns().add(field("official", ScoreRow::official, 90));
        grid.getColumns().add(field("target", ScoreRow::target, 75));

        TreeTableColumn<ScoreRow, ScoreRow> direction = new TreeTableColumn<>(I18n.t("scores.col.direction"));
        direction.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().getValue()));
        direction.setCellFactory(c -> new DirectionCell());
        direction.setPrefWidth(115);
        grid.getColumns().add(direction);
        grid.getColumns().add(field("rank", ScoreRow::rank, 60));
        grid.getColumns().add(field("ofUnits", ScoreRow::ofUnits, 60));

        TreeTableColumn<ScoreRow, String> gap = new TreeTableColumn<>(I18n.t("scores.col.gap"));
        gap.setCellValueFactory(p -> p.getValue().getValue().gapProperty());
        gap.setPrefWidth(70);
        gap.setStyle("-fx-alignment: CENTER-RIGHT;");
        grid.getColumns().add(gap);
        vn.reformdesk.ui.common.ColumnFit.install(grid, shell == null ? null : shell.app().preferences(), "scores");
    }

    private static String label(ScoreRow r) {
        String s = r.name();
        if (r.component() != null && r.component().computed()) s += "  · " + I18n.t("scores.computed");
        return s;
    }

    private TreeTableColumn<ScoreRow, ScoreRow> field(String key, java.util.function.Function<ScoreRow, ScoreField> pick,
                                                      double width) {
        TreeTableColumn<ScoreRow, ScoreRow> col = new TreeTableColumn<>(I18n.t("scores.col." + key));
        col.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().getValue()));
        col.setCellFactory(c -> new FieldCell(pick));
        col.setPrefWidth(width);
        col.setSortable(false);
        return col;
    }

    private void fillGrid() {
        java.util.Map<String, TreeItem<ScoreRow>> items = new java.util.HashMap<>();
        TreeItem<ScoreRow> rootItem = null;
        for (ScoreRow r : model.rows()) {
            TreeItem<ScoreRow> item = new TreeItem<>(r);
            item.setExpanded(true);
            items.put(r.code(), item);
            if (r.isTotal()) rootItem = item;
            else {
                TreeItem<ScoreRow> parent = items.get(r.parentCode());
                if (parent != null) parent.getChildren().add(item);
            }
        }
        grid.setRoot(rootItem);
    }

    /** Direction of the row's target: higher or lower is better. */
    private static final class DirectionCell extends TreeTableCell<ScoreRow, ScoreRow> {
        private final ChoiceBox<Direction> box = new ChoiceBox<>();
        private ScoreRow bound;

        DirectionCell() {
            box.getItems().setAll(Direction.values());
            box.getStyleClass().add("direction-box");
            box.setMaxWidth(Double.MAX_VALUE);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Direction d) { return d == null ? "" : ScoresViewModel.directionText(d); }

                @Override
                public Direction fromString(String s) { return null; }
            });
        }

        @Override
        protected void updateItem(ScoreRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) box.valueProperty().unbindBidirectional(bound.directionProperty());
            bound = null;
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.valueProperty().bindBidirectional(row.directionProperty());
            setGraphic(box);
        }
    }
}
