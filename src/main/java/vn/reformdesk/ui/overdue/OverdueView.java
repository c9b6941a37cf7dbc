package vn.reformdesk.ui.overdue;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.shell.ShellContext;

/** The overdue board: overdue, due soon and missing-apology lists, each sortable and exportable to CSV. */
public final class OverdueView implements View {
    private final ShellContext shell;
    private final OverdueViewModel vm;
    private final VBox root = new VBox(8);
    private final Map<BoardList, TableView<DossierRow>> tables = new EnumMap<>(BoardList.class);

    public OverdueView(ShellContext shell) {
        this.shell = shell;
        this.vm = new OverdueViewModel(shell.app());
        build();
    }

    public OverdueViewModel viewModel() { return vm; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        vm.loading();
        Tasks.run(vm::load, loaded -> {
            int gen = vm.apply(loaded);
            for (BoardList l : BoardList.values()) readOn(l, gen);
        }, vm::fail);
    }

    /** Reads list {@code l}'s next page in the background, and the next after it, until the list is complete. */
    private void readOn(BoardList l, int gen) {
        var read = vm.nextRead(l);
        if (read != null) Tasks.run(read, page -> { if (vm.append(l, gen, page)) readOn(l, gen); }, vm::fail);
    }

    private void build() {
        root.setId("overdue-view");
        root.getStyleClass().add("overdue-view");
        root.getStylesheets().add(OverdueView.class.getResource("/css/overdue.css").toExternalForm());

        Label asOf = new Label();
        asOf.setId("overdue-as-of");
        asOf.getStyleClass().add("screen-title");
        asOf.textProperty().bind(vm.asOfTextProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox top = new HBox(16, asOf, error);
        top.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().add(top);
        for (BoardList l : BoardList.values()) {
            Node section = section(l);
            VBox.setVgrow(section, Priority.ALWAYS);
            root.getChildren().add(section);
        }
    }

    private Node section(BoardList l) {
        Label title = new Label();
        title.setId("overdue-title-" + l.key());
        title.getStyleClass().add("overdue-section-title");
        title.textProperty().bind(vm.titleProperty(l));
        Label hint = new Label(I18n.t("overdue.list." + l.key() + ".hint"));
        hint.getStyleClass().add("overdue-section-hint");
        hint.setMinWidth(0);
        hint.setWrapText(true); // on a narrow window the hint takes two lines rather than losing its end
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button(I18n.t("overdue.export"));
        export.setId("overdue-export-" + l.key());
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip(I18n.t("overdue.export.tooltip")));
        export.setOnAction(e -> chooseAndExport(l));
        Label reading = new Label();
        reading.setId("overdue-reading-" + l.key());
        reading.getStyleClass().add("overdue-section-hint");
        reading.textProperty().bind(vm.readingProperty(l));
        reading.managedProperty().bind(reading.textProperty().isNotEmpty());
        reading.visibleProperty().bind(reading.managedProperty());
        // while the list is read on, the note takes the hint's place (side by side, the hint was squeezed into a
        // narrow column of four lines at 1366 px in Vietnamese); the hint is back once the list is complete
        reading.setMinWidth(0);
        reading.setWrapText(true);
        reading.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(reading, Priority.ALWAYS);
        hint.managedProperty().bind(reading.managedProperty().not());
        hint.visibleProperty().bind(hint.managedProperty());
        HBox header = new HBox(12, title, hint, reading, spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);

        TableView<DossierRow> table = table(l);
        // the file holds the whole list: it waits until every page is read (a second or so at a million dossiers)
        export.disableProperty().bind(vm.loadingProperty().or(vm.completeProperty(l).not())
                .or(javafx.beans.binding.Bindings.isEmpty(table.getItems())));
        BorderPane pane = new BorderPane(table);
        pane.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, 4, 0));
        pane.getStyleClass().add("overdue-section");
        return pane;
    }

    private TableView<DossierRow> table(BoardList l) {
        TableView<DossierRow> table = new TableView<>();
        table.setId("overdue-table-" + l.key());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        SortedList<DossierRow> sorted = new SortedList<>(vm.list(l));
        table.setItems(sorted);

        Label empty = new Label(I18n.t("overdue.list." + l.key() + ".empty"));
        empty.getStyleClass().add("empty-hint");
        Label loading = new Label(I18n.t("overdue.loading"));
        loading.getStyleClass().add("empty-hint");
        table.placeholderProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .<Node>then(loading).otherwise(empty));

        TableColumn<DossierRow, String> code = col("overdue.col.code", r -> r.dossier().code(), 190);
        TableColumn<DossierRow, String> procedure = col("overdue.col.procedure",
                r -> r.procedure() == null ? r.dossier().procedureCode() : r.procedure().name(), 300);
        procedure.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                DossierRow row = emptyCell ? null : getTableRow().getItem();
                setText(emptyCell ? null : item);
                setTooltip(row == null ? null : new Tooltip(row.dossier().procedureCode() + " — " + item));
            }
        });
        TableColumn<DossierRow, String> applicant = col("overdue.col.applicant",
                r -> r.dossier().applicant() == null ? "" : r.dossier().applicant(), 180);
        applicant.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(emptyCell ? null : item);
                setTooltip(emptyCell || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        TableColumn<DossierRow, LocalDateTime> received = col("overdue.col.received", r -> r.dossier().receivedAt(), 125);
        received.setCellFactory(c -> formatted(Fmt::dateTime));
        received.setMinWidth(120);
        TableColumn<DossierRow, LocalDate> due = col("overdue.col.due", r -> r.deadline().dueOn(), 95);
        due.setCellFactory(c -> formatted(Fmt::date));
        due.setMinWidth(90);
        TableColumn<DossierRow, DossierStatus> status = col("overdue.col.status", r -> r.deadline().status(), 105);
        status.setCellFactory(c -> new vn.reformdesk.ui.common.StatusCell<>());
        status.setMinWidth(105);
        table.getColumns().addAll(List.of(code, procedure, applicant, received, due, status));

        TableColumn<DossierRow, Integer> days;
        switch (l) {
            case OVERDUE -> {
                days = col("overdue.col.late", r -> r.deadline().workingDaysLate(), 95);
                days.setSortType(TableColumn.SortType.DESCENDING);
            }
            case DUE_SOON -> {
                days = col("overdue.col.left", r -> r.deadline().workingDaysLeft(), 110);
                days.setCellFactory(c -> formatted(v -> v == 0 ? I18n.t("overdue.today") : String.valueOf(v)));
            }
            default -> {
                // Late days as a positive number, days left as a negative one: the most urgent sorts first.
                days = col("overdue.col.lateOrLeft", r -> r.deadline().workingDaysLate() > 0
                        ? r.deadline().workingDaysLate() : -r.deadline().workingDaysLeft(), 115);
                days.setSortType(TableColumn.SortType.DESCENDING);
                days.setCellFactory(c -> formatted(OverdueView::lateOrLeft));
            }
        }
        days.getStyleClass().add("number-column");
        days.setMinWidth(125);
        table.getColumns().add(days);
        table.getSortOrder().add(days);
        // The rows come in the days column's order (BoardPages.ORDER), page by page: sorting the rows read so far by
        // another column would put the wrong dossiers first, so the columns sort once every page is in.
        @SuppressWarnings("rawtypes")
        javafx.util.Callback<TableView, Boolean> byColumns = TableView.DEFAULT_SORT_POLICY;
        table.setSortPolicy(t -> !vm.completeProperty(l).get() || byColumns.call(t));
        TableColumn.SortType urgentFirst = days.getSortType();
        Runnable sortMode = () -> {
            boolean all = vm.completeProperty(l).get();
            if (all) {
                sorted.comparatorProperty().bind(table.comparatorProperty());
            } else {
                sorted.comparatorProperty().unbind();
                sorted.setComparator(null);
                days.setSortType(urgentFirst);
                table.getSortOrder().setAll(List.of(days));
            }
            table.getColumns().forEach(c -> c.setSortable(all));
        };
        vm.completeProperty(l).addListener((o, a, b) -> sortMode.run());
        sortMode.run();
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "overdue." + l.key());
        tables.put(l, table);
        return table;
    }

    static String lateOrLeft(Integer signed) {
        if (signed == null) return "";
        return signed > 0 ? I18n.t("overdue.daysLate", signed) : I18n.t("overdue.daysLeft", -signed);
    }

    private static <T> TableColumn<DossierRow, T> col(String key, Function<DossierRow, T> value, double width) {
        TableColumn<DossierRow, T> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> TableCell<DossierRow, T> formatted(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }


    private void chooseAndExport(BoardList l) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("overdue.export.title"));
        chooser.setInitialFileName(vm.suggestedFileName(l));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.t("overdue.export.filter"), "*.csv"),
                new FileChooser.ExtensionFilter(I18n.t("overdue.export.filterXlsx"), "*.xlsx"));
        File file = chooser.showSaveDialog(shell.stage());
        if (file != null) exportTo(l, file.toPath());
    }

    /** Writes list {@code l}, in the order shown, to {@code file} in the background; reports on the status line. */
    public Task<Void> exportTo(BoardList l, Path file) {
        List<DossierRow> rows = new ArrayList<>(tables.get(l).getItems());
        return Tasks.run(() -> {
            vm.export(rows, file);
            return null;
        }, ok -> shell.status(I18n.t("overdue.export.done", rows.size(), file.toString())),
                e -> shell.status(I18n.t("overdue.export.failed", file.toString(), e.getMessage())));
    }
}
