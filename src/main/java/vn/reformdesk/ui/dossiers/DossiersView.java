package vn.reformdesk.ui.dossiers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.procedures.Forms;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * The dossiers screen: every dossier with its computed due date and status, quick filters, and the dossier form.
 * Ctrl+N registers a new dossier; Enter or a double click edits the selected one; Delete deletes it (asks first).
 */
public final class DossiersView implements View {
    /** What a background load brings back: the first page(s) of the query. */
    private record Loaded(DossierPages.Page page, List<Procedure> procedures, DeadlineCalculator calculator,
                          java.util.function.Function<String, DeadlineCalculator> calculators, LocalDate asOf,
                          String unitCode, DossierPages.Query query) {
        List<DossierRow> rows() { return page.rows(); }

        boolean last() { return page.last(); }
    }

    /** Rows read at a time: the next page is read while the officer scrolls. */
    public static final int PAGE = 500;
    /** Rows of a new query's first read: a screen and some, so the first screen shows at once; pages follow. */
    public static final int FIRST = 100;
    /** Read the next page when fewer rows than this remain below the screen, so scrolling does not wait. */
    private static final int AHEAD = PAGE;
    /** Most dossiers the list holds at once (the memory bound); older ones are reached by a received period. */
    public static final int WINDOW = 200_000;

    private DossierPages.Query query;
    private DossierRepository.ListKey lastKey;
    /** Raised by every refresh: pages and counts of an older query are dropped. */
    private int generation;
    private boolean fetching;
    /** The officer stopped a search that read page after page for matches; a new filter or query resumes. */
    private boolean stopped;
    private long total = -1;
    private javafx.scene.control.skin.VirtualFlow<?> flow;
    private final HBox searching = new HBox(8);

    private final ShellContext shell;
    private final Label windowNote = new Label();
    private TableColumn<DossierRow, String> unitColumn;
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(250));
    private final DossiersViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<DossierRow> table = new TableView<>();
    private final Label placeholder = new Label();
    private final Label message = new Label();
    private final ComboBox<DossierStatus> statusBox;
    private Loaded loaded;
    private boolean syncing;
    private Runnable afterLoad;

    public DossiersView(ShellContext shell) {
        this.shell = shell;
        this.vm = new DossiersViewModel(r -> {
            typingPause.setOnFinished(e -> r.run());
            typingPause.playFromStart();
        });
        this.statusBox = Forms.enumCombo("dossier-filter-status", "status.", I18n.t("dossiers.filter.allStatuses"),
                DossierStatus.values());
        build();
    }

    public DossiersViewModel viewModel() { return vm; }

    public TableView<DossierRow> table() { return table; }

    @Override
    public Node root() { return root; }

    /** Shows only the dossiers with this status (e.g. the dashboard's "overdue dossiers"); clears the other filters. */
    public void showStatus(DossierStatus status) {
        vm.showStatus(status);
    }

    /** Shows exactly these dossiers (a cell of the Reports screen), the caption above the list; clears the other filters. */
    public void showOnly(java.util.Set<Long> ids, String caption) {
        vm.showOnly(ids, caption);
    }

    /**
     * Reads the list's first page, or, for the same query (a save, another desk's change), again as many rows as
     * were read, so the officer stays where they were and a saved dossier shows its new state there.
     */
    @Override
    public void refresh() {
        AppContext app = shell.app();
        placeholder.setText(I18n.t("dossiers.loading"));
        DossierPages.Query q = new DossierPages.Query(app.unitScope(), vm.fromProperty().get(), vm.toProperty().get(),
                vm.onlyProperty().get());
        int want = q.equals(query) ? Math.min(WINDOW, Math.max(FIRST, vm.rows().size())) : FIRST;
        int gen = ++generation;
        Tasks.runPage(() -> {
            RegisterService reg = app.register();
            LocalDate asOf = app.asOf();
            var calcs = reg.calculators(); // one calendar read per load, kept for its next pages
            DeadlineCalculator calc = calcs.apply(app.recordsUnit());
            return new Loaded(DossierPages.first(reg, q, asOf, want, calcs), reg.procedures().findAll(), calc, calcs,
                    asOf, reg.settings().get(SettingsRepository.UNIT_CODE).orElse(null), q);
        }, l -> { if (gen == generation) loaded(l); }, this::failed);
    }

    private void failed(Throwable e) {
        placeholder.setText(I18n.t("common.error", e.getMessage()));
        showError(I18n.t("common.error", e.getMessage()));
    }

    private void loaded(Loaded l) {
        this.loaded = l;
        boolean sameQuery = l.query().equals(query);
        query = l.query();
        lastKey = l.page().lastKey();
        stopped = false;
        if (!sameQuery) total = -1; // the same query keeps its count on the screen until counted again
        vm.setTotal(total);
        DossierRow selected = table.getSelectionModel().getSelectedItem();
        vm.setData(l.page().prepared(), l.procedures(), l.last());
        unitColumn.setVisible(false);
        showUnitColumnFor(l.rows());
        if (!l.last()) count(generation, l.query());
        updateWindowNote();
        updatePlaceholder();
        if (selected != null) select(selected.dossier().code());
        if (afterLoad != null) {
            Runnable r = afterLoad;
            afterLoad = null;
            r.run();
        }
    }

    /** The query's exact count, in the background: the first page does not wait for it. */
    private void count(int gen, DossierPages.Query q) {
        var dossiers = shell.app().register().dossiers();
        Tasks.run(() -> dossiers.countReceived(q.scope(), q.from(), q.to()), n -> {
            if (gen != generation) return;
            total = n;
            vm.setTotal(n);
            updateWindowNote();
        }, e -> { }); // until counted the count says "500+ hồ sơ"; the rows are what matters
    }

    private void showUnitColumnFor(List<DossierRow> rows) {
        String home = loaded.unitCode();
        if (!unitColumn.isVisible() && rows.stream().anyMatch(r -> r.dossier().unitCode() != null
                && !r.dossier().unitCode().equals(home))) {
            unitColumn.setVisible(true);
        }
    }

    private void updateWindowNote() {
        windowNote.setText(!vm.complete() && vm.rows().size() >= WINDOW ? I18n.t("dossiers.window",
                Fmt.count(vm.rows().size()), total < 0 ? "…" : Fmt.count(total)) : "");
    }

    /**
     * Reads the next page in the background when the rows below the screen run short: as the officer scrolls, or
     * while a filter leaves the screen unfilled (a search through older pages, which the officer can stop).
     */
    private void fetchIfNeeded() {
        if (loaded == null || fetching || stopped || vm.complete() || vm.rows().size() >= WINDOW
                || table.getItems().size() - lastShownIndex() - 1 >= AHEAD) {
            updateSearching();
            return;
        }
        fetching = true;
        updateSearching();
        int gen = generation;
        DossierPages.Query q = query;
        DossierRepository.ListKey after = lastKey;
        LocalDate asOf = loaded.asOf();
        RegisterService reg = shell.app().register();
        var calcs = loaded.calculators();
        Tasks.runPage(() -> DossierPages.next(reg, q, asOf, after, PAGE, calcs), p -> {
            fetching = false;
            if (gen == generation) {
                if (p.lastKey() != null) lastKey = p.lastKey();
                vm.appendPage(p.prepared(), p.last());
                showUnitColumnFor(p.prepared().rows());
                updateWindowNote();
            }
            fetchIfNeeded();
        }, e -> {
            fetching = false;
            updateSearching();
            failed(e);
        });
    }

    /**
     * The index of the last row on the screen, or of the focused row when further down: a key (End, Page Down)
     * moves the focus before the rows are laid out again.
     */
    private int lastShownIndex() {
        int focused = table.getFocusModel().getFocusedIndex();
        if (flow == null) {
            flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            if (flow == null) return focused;
            // the wheel and the scroll bar move the flow; look once its rows are laid out
            flow.positionProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fetchIfNeeded));
        }
        var cell = flow.getLastVisibleCell();
        return Math.max(focused, cell == null ? 0 : cell.getIndex());
    }

    /** "Searching older dossiers… [Stop]" while pages are read for a filter's matches. */
    private void updateSearching() {
        searching.setVisible(fetching && vm.filtering() && !stopped);
    }

    private void select(String code) {
        for (DossierRow r : table.getItems()) {
            if (r.dossier().code().equals(code)) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                return;
            }
        }
    }

    private void updatePlaceholder() {
        placeholder.setText(vm.rows().isEmpty()
                ? I18n.t(vm.procedures().isEmpty() ? "dossiers.emptyNoProcedures" : "dossiers.empty")
                : I18n.t("dossiers.noMatch"));
    }

    private void build() {
        root.getStyleClass().add("dossiers-view");
        root.getStylesheets().add(DossiersView.class.getResource("/css/dossiers.css").toExternalForm());

        Label title = new Label(I18n.t("dossiers.title"));
        title.getStyleClass().add("screen-title");
        Label count = new Label();
        count.setId("dossiers-count");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(vm.countTextProperty());
        windowNote.getStyleClass().add("warning-text");
        windowNote.setId("dossiers-window-note");
        // On its own line under the filters: beside the title it squeezed the title and the buttons at 1366 px.
        windowNote.setWrapText(true);
        windowNote.managedProperty().bind(windowNote.textProperty().isNotEmpty());
        windowNote.visibleProperty().bind(windowNote.textProperty().isNotEmpty());
        // The received period is part of the query unless every dossier is loaded (then it filters what is there).
        vm.fromProperty().addListener((o, a, b) -> { if (periodIsAQuery()) refresh(); });
        vm.toProperty().addListener((o, a, b) -> { if (periodIsAQuery()) refresh(); });
        vm.onlyProperty().addListener((o, a, b) -> refresh()); // a report's cell: its own dossiers, then the list again
        // the screen can grow, or the table be laid out after the first page: both may want the next page
        table.heightProperty().addListener((o, a, b) -> fetchIfNeeded());
        table.skinProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fetchIfNeeded));
        table.getFocusModel().focusedIndexProperty().addListener((o, a, b) -> fetchIfNeeded()); // arrows, Page Down, End
        vm.onFilter(() -> {
            stopped = false;
            fetchIfNeeded();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(I18n.t("dossiers.add"));
        add.setId("dossier-add");
        add.setOnAction(e -> openNew());
        Button edit = new Button(I18n.t("common.edit"));
        edit.setId("dossier-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openEdit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(I18n.t("common.delete"));
        delete.setId("dossier-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        HBox header = new HBox(12, title, count, spacer, add, edit, delete);
        header.setAlignment(Pos.CENTER_LEFT);
        for (Region r : List.of(title, count, add, edit, delete)) r.setMinWidth(Region.USE_PREF_SIZE);

        TextField search = new TextField();
        search.setId("dossier-search");
        search.setPromptText(I18n.t("dossiers.searchPrompt"));
        search.setPrefColumnCount(18);
        search.setStyle("-fx-pref-width: 27em;"); // its prompt whole, in em so it grows with the UI scale (the toolbar wraps)
        search.textProperty().bindBidirectional(vm.textProperty());

        statusBox.setStyle("-fx-pref-width: 12em;"); // in em, so "Mọi trạng thái" stays whole at 150 %
        statusBox.setPromptText(I18n.t("dossiers.filter.allStatuses"));
        statusBox.valueProperty().addListener((o, a, b) -> {
            if (!syncing) vm.setStatus(b);
        });
        vm.statuses().addListener((SetChangeListener<DossierStatus>) c -> syncStatusBox());

        ComboBox<Procedure> procedure = new ComboBox<>();
        procedure.setId("dossier-filter-procedure");
        procedure.setStyle("-fx-pref-width: 18em;");
        procedure.setPromptText(I18n.t("dossiers.filter.allProcedures"));
        procedure.getItems().add(null);
        vm.procedures().addListener((javafx.collections.ListChangeListener<Procedure>) c -> {
            Procedure chosen = vm.procedureProperty().get();
            procedure.getItems().setAll(vm.procedures());
            procedure.getItems().add(0, null);
            procedure.setValue(chosen);
        });
        String allProcedures = I18n.t("dossiers.filter.allProcedures");
        procedure.setConverter(Forms.converter(p -> p == null ? allProcedures : DossierFormModel.display(p)));
        procedure.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Procedure item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? allProcedures : DossierFormModel.display(item));
            }
        });
        procedure.valueProperty().bindBidirectional(vm.procedureProperty());

        ComboBox<Channel> channel = Forms.enumCombo("dossier-filter-channel", "channel.",
                I18n.t("dossiers.filter.allChannels"), Channel.values());
        channel.valueProperty().bindBidirectional(vm.channelProperty());

        DatePicker from = datePicker("dossier-filter-from", I18n.t("dossiers.filter.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("dossier-filter-to", I18n.t("dossiers.filter.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        Label received = new Label(I18n.t("dossiers.filter.received"));
        Button clear = new Button(I18n.t("dossiers.filter.clear"));
        clear.setId("dossier-filter-clear");
        clear.setOnAction(e -> vm.clearFilters());
        HBox period = new HBox(6, received, from, new Label("–"), to);
        period.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(8, 6, search, statusBox, procedure, channel, period, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        message.setId("dossiers-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());

        buildTable();
        Label onlyNote = new Label();
        onlyNote.setId("dossiers-only-note");
        onlyNote.getStyleClass().add("warning-text");
        onlyNote.setWrapText(true);
        onlyNote.textProperty().bind(vm.onlyCaptionProperty());
        onlyNote.managedProperty().bind(onlyNote.textProperty().isNotEmpty());
        onlyNote.visibleProperty().bind(onlyNote.textProperty().isNotEmpty());
        Label searchingText = new Label(I18n.t("dossiers.searching"));
        searchingText.setId("dossiers-searching");
        Button stop = new Button(I18n.t("dossiers.searchStop"));
        stop.setId("dossiers-search-stop");
        stop.setOnAction(e -> {
            stopped = true;
            updateSearching();
        });
        searching.getChildren().setAll(searchingText, stop);
        searching.setAlignment(Pos.CENTER_LEFT);
        searching.setVisible(false);
        searching.managedProperty().bind(searching.visibleProperty());
        VBox top = new VBox(8, header, filters, statusChip(), onlyNote, windowNote, searching, message);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);

        Forms.shortcut(root, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::openNew);
        Forms.shortcut(root, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
    }

    private boolean periodIsAQuery() {
        return query == null || !vm.complete() || query.from() != null || query.to() != null || query.only() != null;
    }

    private void syncStatusBox() {
        syncing = true;
        statusBox.setValue(vm.statuses().size() == 1 ? vm.statuses().iterator().next() : null);
        syncing = false;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker p = vn.reformdesk.ui.common.DatePickers.create(id, prompt);
        p.setStyle("-fx-pref-width: 10em;"); // in em: "từ ngày" was cut at 150 %
        return p;
    }

    /** "Lọc theo trạng thái: …  ✕ Bỏ lọc": a dashboard counter's several statuses, which the status box cannot show. */
    private Node statusChip() {
        Label text = new Label();
        text.setId("dossiers-status-chip");
        text.textProperty().bind(vm.statusFilterTextProperty());
        text.setWrapText(true);
        Button clear = new Button(I18n.t("dossiers.filter.clear"));
        clear.setId("dossiers-status-chip-clear");
        clear.setOnAction(e -> vm.clearFilters());
        HBox chip = new HBox(8, text, clear);
        chip.getStyleClass().add("filter-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setMaxWidth(Region.USE_PREF_SIZE);
        chip.visibleProperty().bind(vm.statusFilterTextProperty().isNotEmpty());
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }

    private void buildTable() {
        table.setId("dossiers-table");
        SortedList<DossierRow> sorted = new SortedList<>(vm.filtered());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(600);
        placeholder.setId("dossiers-placeholder");
        table.setPlaceholder(placeholder);

        TableColumn<DossierRow, String> code = text("dossiers.col.code", 190, r -> r.dossier().code());
        // Portal codes share a long unit prefix; the date and sequence at the end tell dossiers apart, so a
        // narrow column cuts the start ("…241220-0041"), not the end.
        code.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        TableColumn<DossierRow, String> proc = text("dossiers.col.procedure", 214,
                r -> r.procedure() == null ? r.dossier().procedureCode() : DossierFormModel.display(r.procedure()));
        proc.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        TableColumn<DossierRow, String> applicant = text("dossiers.col.applicant", 150, r -> r.dossier().applicant());
        TableColumn<DossierRow, String> channel = text("dossiers.col.channel", 100,
                r -> I18n.t("channel." + r.dossier().channel().code()));
        TableColumn<DossierRow, LocalDateTime> received = new TableColumn<>(I18n.t("dossiers.col.received"));
        received.setPrefWidth(134);
        received.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dossier().receivedAt()));
        received.setCellFactory(c -> formatted(Fmt::dateTime));
        TableColumn<DossierRow, LocalDate> due = new TableColumn<>(I18n.t("dossiers.col.due"));
        due.setPrefWidth(88);
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deadline().dueOn()));
        due.setCellFactory(c -> formatted(Fmt::date));
        TableColumn<DossierRow, DossierStatus> status = new TableColumn<>(I18n.t("dossiers.col.status"));
        status.setPrefWidth(117);
        status.setId("dossiers-col-status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deadline().status()));
        status.setComparator(Comparator.comparing(s -> I18n.t("status." + s.code())));
        status.setCellFactory(c -> new vn.reformdesk.ui.common.StatusCell<>());
        TableColumn<DossierRow, Integer> days = new TableColumn<>(I18n.t("dossiers.col.days"));
        days.setPrefWidth(92);
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(urgency(c.getValue())));
        days.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                DossierRow r = empty ? null : getTableRow().getItem();
                setText(r == null ? null : DossiersViewModel.daysText(r.deadline()));
            }
        });
        TableColumn<DossierRow, String> apology = text("dossiers.col.apology", 95, DossiersView::apologyText);
        apology.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("warning-text");
                DossierRow r = empty ? null : getTableRow().getItem();
                if (r != null && r.deadline().apologyMissing()) getStyleClass().add("warning-text");
            }
        });
        unitColumn = text("dossiers.col.unit", 120, r -> r.dossier().unitCode());
        unitColumn.setVisible(false); // shown once the register holds dossiers merged from other units
        table.getColumns().setAll(List.of(code, proc, applicant, channel, received, due, status, days, apology, unitColumn));
        received.setSortType(TableColumn.SortType.DESCENDING);
        // While pages remain unread the list keeps the query's order, newest first: sorting the rows read so far by
        // another column would put the wrong dossiers first. Once every page is in, any column sorts.
        @SuppressWarnings("rawtypes")
        javafx.util.Callback<TableView, Boolean> byColumns = TableView.DEFAULT_SORT_POLICY;
        table.setSortPolicy(t -> !vm.complete() || byColumns.call(t));
        Runnable sortMode = () -> {
            boolean all = vm.complete();
            if (all) {
                sorted.comparatorProperty().bind(table.comparatorProperty());
            } else {
                sorted.comparatorProperty().unbind();
                sorted.setComparator(null);
                received.setSortType(TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(List.of(received));
            }
            table.getColumns().forEach(c -> c.setSortable(all));
        };
        vm.completeProperty().addListener((o, a, b) -> sortMode.run());
        sortMode.run();
        if (table.getSortOrder().isEmpty()) table.getSortOrder().add(received);
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "dossiers");

        vn.reformdesk.ui.common.Tables.openAndDeleteKeys(table, this::openEdit, this::delete);
    }

    /** Sort key of the days column: the most late first when sorted descending, then the least time left. */
    static int urgency(DossierRow r) {
        return switch (r.deadline().status()) {
            case LATE, OVERDUE -> r.deadline().workingDaysLate();
            case PENDING, DUE_SOON -> -1 - r.deadline().workingDaysLeft();
            default -> Integer.MIN_VALUE;
        };
    }

    static String apologyText(DossierRow r) {
        Dossier d = r.dossier();
        if (d.apologyOn() != null) return Fmt.date(d.apologyOn());
        return r.deadline().apologyMissing() ? I18n.t("dossiers.apologyMissing") : "";
    }

    private static TableColumn<DossierRow, String> text(String key, double width, Function<DossierRow, String> value) {
        TableColumn<DossierRow, String> c = new TableColumn<>(I18n.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
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

    /** Opens the form for a new dossier (Ctrl+N). */
    public DossierForm openNew() {
        return open(null);
    }

    public DossierForm openEdit(DossierRow row) {
        return row == null ? null : open(row.dossier());
    }

    private DossierForm open(Dossier existing) {
        message.setText("");
        if (loaded == null) {
            afterLoad = () -> open(existing);
            return null;
        }
        if (existing == null && vm.procedures().isEmpty()) {
            showError(I18n.t("dossiers.needProcedures"));
            return null;
        }
        // Received on the date the lists are computed as of (the sample's fixed date while it is loaded, else today),
        // so a dossier registered a minute ago reads the same days left in the list and in the form.
        LocalDateTime now = LocalDateTime.of(loaded.asOf(),
                java.time.LocalTime.now(AppContext.VIETNAM).truncatedTo(ChronoUnit.MINUTES));
        var dossiers = shell.app().register().dossiers();
        // read again with its version: the form shows what is stored now, and its save is refused if another desk
        // saves the dossier before it (see DossierForm's conflict panel)
        var current = existing == null ? null : dossiers.findVersioned(existing.code()).orElse(null);
        if (existing != null && current == null) {
            showError(I18n.t("dossiers.goneMeanwhile", existing.code()));
            shell.dataChanged();
            return null;
        }
        // the codes read, and today's (the list may not have read them all): the form proposes the day's next free one
        java.util.Set<String> taken = vm.codes();
        if (!vm.complete()) taken.addAll(dossiers.codesReceivedOn(now.toLocalDate()));
        DossierFormModel model = new DossierFormModel(loaded.calculator(), loaded.asOf(), vm.procedures(), taken,
                current == null ? null : current.value(), loaded.unitCode(), now);
        DossierForm form = new DossierForm(shell.stage(), model, current == null ? null : current.version(),
                (d, base) -> dossiers.saveChecked(d, base).value());
        form.show(saved -> {
            shell.status(I18n.t("dossiers.saved", saved.code()));
            afterLoad = () -> select(saved.code());
            shell.dataChanged(); // reloads this screen (the one on display) and marks the others stale
        });
        return form;
    }

    private void delete(DossierRow r) {
        if (r == null) return;
        if (vn.reformdesk.ui.common.DeleteConfirm.ask(shell.stage(), I18n.t("dossiers.deleteTitle"),
                I18n.t("dossiers.confirmDelete", r.dossier().code(), r.dossier().applicant() == null ? "" : r.dossier().applicant()))) {
            try {
                shell.app().register().dossiers().delete(r.dossier().code());
                shell.status(I18n.t("dossiers.deleted", r.dossier().code()));
                shell.dataChanged();
            } catch (RuntimeException e) {
                showError(I18n.t("common.error", e.getMessage()));
            }
        }
    }

    private void showError(String text) {
        message.getStyleClass().setAll("label", "error-text");
        message.setText(text);
    }
}
