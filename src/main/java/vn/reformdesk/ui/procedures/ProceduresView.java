package vn.reformdesk.ui.procedures;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.ProcedureInUseException;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.shell.ShellContext;

/** The procedures screen: a searchable, sortable, filterable table with add / edit / delete. */
public final class ProceduresView implements View {
    private final ShellContext shell;
    private final ProceduresViewModel vm = new ProceduresViewModel();
    private final BorderPane root = new BorderPane();
    private final TableView<Procedure> table = new TableView<>();
    private final Label message = new Label();
    private final Label placeholder = new Label();

    public ProceduresView(ShellContext shell) {
        this.shell = shell;
        build();
    }

    public ProceduresViewModel viewModel() { return vm; }

    public TableView<Procedure> table() { return table; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        ProcedureRepository repo = shell.app().register().procedures();
        Tasks.run(repo::findAll, this::loaded, e -> showError(I18n.t("common.error", e.getMessage())));
    }

    private void loaded(List<Procedure> list) {
        Procedure selected = table.getSelectionModel().getSelectedItem();
        vm.setProcedures(list);
        if (selected != null) {
            list.stream().filter(p -> p.code().equals(selected.code())).findFirst()
                    .ifPresent(p -> table.getSelectionModel().select(p));
        }
    }

    private void build() {
        root.getStyleClass().add("procedures-view");
        root.getStylesheets().add(ProceduresView.class.getResource("/css/procedures.css").toExternalForm());

        Label title = new Label(I18n.t("procedures.title"));
        title.getStyleClass().add("screen-title");
        Label count = new Label();
        count.setId("procedures-count");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(vm.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(I18n.t("procedures.add"));
        add.setId("procedure-add");
        add.setOnAction(e -> openForm(null));
        Button edit = new Button(I18n.t("common.edit"));
        edit.setId("procedure-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openForm(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(I18n.t("common.delete"));
        delete.setId("procedure-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        var header = vn.reformdesk.ui.common.Toolbars.flow(title, count, spacer, add, edit, delete);
        header.setAlignment(Pos.CENTER_LEFT);

        TextField search = new TextField();
        search.setId("procedure-search");
        search.setPromptText(I18n.t("procedures.searchPrompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(vm.searchProperty());
        ComboBox<AdminLevel> level = Forms.enumCombo("procedure-filter-level", "level.", I18n.t("procedures.filter.allLevels"),
                AdminLevel.values());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        ComboBox<String> field = new ComboBox<>();
        field.setId("procedure-filter-field");
        field.setPrefWidth(220);
        field.setPromptText(I18n.t("procedures.filter.allFields"));
        String allFields = I18n.t("procedures.filter.allFields");
        field.setItems(vm.fields());
        field.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? allFields : item);
            }
        });
        field.valueProperty().bindBidirectional(vm.fieldProperty());
        ComboBox<OnlineLevel> online = Forms.enumCombo("procedure-filter-online", "online.",
                I18n.t("procedures.filter.allOnline"), OnlineLevel.values());
        online.valueProperty().bindBidirectional(vm.onlineProperty());
        Button clear = new Button(I18n.t("procedures.filter.clear"));
        clear.setId("procedure-filter-clear");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane filters = new FlowPane(8, 6, search, level, field, online, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        message.setId("procedures-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());

        buildTable();
        VBox top = new VBox(8, header, filters, message);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);

        Forms.shortcut(root, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> openForm(null));
        Forms.shortcut(root, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
    }

    private void buildTable() {
        table.setId("procedures-table");
        SortedList<Procedure> sorted = new SortedList<>(vm.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.setId("procedures-placeholder");
        placeholder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.all().isEmpty() ? I18n.t("procedures.empty") : I18n.t("procedures.noMatch"), vm.all()));
        table.setPlaceholder(placeholder);

        TableColumn<Procedure, String> code = column("procedures.col.code", 75, Procedure::code);
        TableColumn<Procedure, String> name = column("procedures.col.name", 330, Procedure::name);
        name.setCellFactory(c -> wrapping());
        TableColumn<Procedure, String> field = column("procedures.col.field", 140, Procedure::field);
        TableColumn<Procedure, String> level = column("procedures.col.level", 80, p -> I18n.t("level." + p.level().code()));
        TableColumn<Procedure, Integer> days = new TableColumn<>(I18n.t("procedures.col.days"));
        days.setPrefWidth(125);
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().processingDays()));
        days.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                Procedure p = empty ? null : getTableRow().getItem();
                setText(p == null ? null : ProceduresViewModel.daysText(p));
            }
        });
        TableColumn<Procedure, String> online = column("procedures.col.online", 105,
                p -> I18n.t("online." + p.onlineLevel().code()));
        TableColumn<Procedure, Long> fee = new TableColumn<>(I18n.t("procedures.col.feeShort"));
        fee.setPrefWidth(85);
        fee.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().feeVnd()));
        fee.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ProceduresViewModel.feeText(item));
            }
        });
        fee.getStyleClass().add("number-column");
        TableColumn<Procedure, String> section = column("procedures.col.section", 130, Procedure::section);
        TableColumn<Procedure, String> rule = column("procedures.col.ruleShort", 120,
                p -> I18n.t("procedures.rule." + p.supplementRule().code()));
        table.getColumns().setAll(List.of(code, name, field, level, days, online, fee, section, rule));
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "procedures");
        table.getSortOrder().add(code);

        vn.reformdesk.ui.common.Tables.openAndDeleteKeys(table, this::openForm, this::delete);
    }

    private static TableColumn<Procedure, String> column(String key, double width, Function<Procedure, String> value) {
        TableColumn<Procedure, String> c = new TableColumn<>(I18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static TableCell<Procedure, String> wrapping() {
        TableCell<Procedure, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        };
        return cell;
    }

    /** Opens the add (null) or edit form. */
    public ProcedureForm openForm(Procedure existing) {
        message.setText("");
        ProcedureRepository repo = shell.app().register().procedures();
        // read again with its version: the form shows what is stored now, and its save is refused if another desk
        // saves the procedure before it (the conflict panel, as on the dossier form)
        var current = existing == null ? null : repo.findVersioned(existing.code()).orElse(null);
        ProcedureForm form = new ProcedureForm(shell.stage(), current == null ? existing : current.value(),
                current == null ? null : current.version(), vm.codes(), (p, base) -> repo.saveChecked(p, base).value());
        form.show(saved -> {
            shell.status(I18n.t("procedures.saved", saved.code()));
            shell.dataChanged(); // reloads this screen (the one on display) and marks the others stale
        });
        return form;
    }

    private void delete(Procedure p) {
        if (p == null) return;
        message.setText("");
        if (vn.reformdesk.ui.common.DeleteConfirm.ask(shell.stage(), I18n.t("procedures.deleteTitle"),
                I18n.t("procedures.confirmDelete", p.code(), p.name()))) {
            deleteConfirmed(p);
        }
    }

    /** Deletes without asking; refused with a message when dossiers are filed under the procedure. */
    public void deleteConfirmed(Procedure p) {
        try {
            shell.app().register().procedures().delete(p.code());
            shell.status(I18n.t("procedures.deleted", p.code()));
            shell.dataChanged(); // reloads this screen (the one on display) and marks the others stale
        } catch (ProcedureInUseException e) {
            showError(I18n.t("procedures.inUse", p.code(), Fmt.count(e.dossiers())));
        } catch (RuntimeException e) {
            showError(I18n.t("common.error", e.getMessage()));
        }
    }

    private void showError(String text) {
        message.getStyleClass().setAll("label", "error-text");
        message.setText(text);
    }

    public Label message() { return message; }
}
