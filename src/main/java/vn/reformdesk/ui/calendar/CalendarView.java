package vn.reformdesk.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.calendar.DaySource;
import vn.reformdesk.domain.calendar.SourcedDay;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.imports.ImportActions;
import vn.reformdesk.ui.shell.ShellContext;

/** The working calendar of a year: entries, add form, removal and the year's default days off. */
public final class CalendarView implements View {
    private static final DateTimeFormatter LENIENT_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final ShellContext shell;
    private final CalendarViewModel vm;
    private final VBox root = new VBox(8);
    private final TableView<SourcedDay> table = new TableView<>();

    public CalendarView(ShellContext shell) {
        this.shell = shell;
        this.vm = new CalendarViewModel(shell.app(), shell::dataChanged);
        build();
    }

    public CalendarViewModel viewModel() { return vm; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() { vm.load(); }

    private void build() {
        root.setId("calendar-view");
        root.getStyleClass().add("calendar-view");
        root.getStylesheets().add(CalendarView.class.getResource("/css/calendar.css").toExternalForm());

        Label title = new Label(I18n.t("calendar.title"));
        title.getStyleClass().add("screen-title");
        Label yearLabel = new Label(I18n.t("calendar.year"));
        Spinner<Integer> yearSpinner = new Spinner<>();
        yearSpinner.setId("calendar-year");
        SpinnerValueFactory.IntegerSpinnerValueFactory years =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1990, 2100, vm.yearProperty().get());
        yearSpinner.setValueFactory(years);
        yearSpinner.setEditable(true);
        yearSpinner.setPrefWidth(100);
        years.valueProperty().addListener((o, a, b) -> {
            if (b != null) vm.yearProperty().set(b);
        });
        vm.yearProperty().addListener((o, a, b) -> years.setValue(b.intValue()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button defaults = new Button();
        defaults.setId("calendar-defaults");
        defaults.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("calendar.restore.button", String.valueOf(vm.yearProperty().get())), vm.yearProperty()));
        defaults.disableProperty().bind(vm.editedProperty().not());
        defaults.setOnAction(e -> restoreDefaults());
        Button importCalendar = new Button(I18n.t("calendar.import"));
        importCalendar.setId("calendar-import");
        importCalendar.setTooltip(new javafx.scene.control.Tooltip(I18n.t("calendar.import.tooltip")));
        importCalendar.setOnAction(e -> ImportActions.open(shell, ImportKind.CALENDAR));
        // wraps at 1024 px or 150 % instead of cutting "Restore the default days off of 2024"
        javafx.scene.layout.FlowPane top = vn.reformdesk.ui.common.Toolbars.flow(title, yearLabel, yearSpinner, spacer,
                importCalendar, defaults);
        top.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(top, basisLine(), messageLine());
        // the form scrolls when the window is short (1280×768 at 150 %) instead of pushing the window's buttons out
        javafx.scene.control.ScrollPane form = new javafx.scene.control.ScrollPane(addForm());
        form.setFitToWidth(true);
        form.getStyleClass().add("edge-to-edge");
        form.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        form.setMinViewportWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        // never narrower than the form: beside a table whose columns fit their content it was squeezed to 93 px at
        // 1024 and cut at the right at 1366 (no bar scrolls sideways); the table gives up the width instead
        form.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox body = new HBox(12, tablePane(), form);
        body.setMinHeight(0);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().add(body);
    }

    /** What the selected year and the years beside it stand on: an official calendar, generated days, the officer's. */
    private Node basisLine() {
        Label basis = new Label();
        basis.setId("calendar-basis");
        basis.getStyleClass().add("calendar-basis");
        basis.setWrapText(true);
        basis.textProperty().bind(vm.basisProperty());
        return basis;
    }

    private Node messageLine() {
        Label message = new Label();
        message.setId("calendar-message");
        message.getStyleClass().add("calendar-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        return message;
    }

    private Node tablePane() {
        table.setId("calendar-table");
        table.setItems(vm.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.getStyleClass().add("empty-hint");
        empty.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("calendar.empty", String.valueOf(vm.yearProperty().get())), vm.yearProperty()));
        table.setPlaceholder(empty);

        TableColumn<SourcedDay, LocalDate> date = new TableColumn<>(I18n.t("calendar.col.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> text(Fmt::date));
        date.setPrefWidth(95);
        date.setMinWidth(92);
        date.setMaxWidth(110);
        TableColumn<SourcedDay, LocalDate> weekday = new TableColumn<>(I18n.t("calendar.col.weekday"));
        weekday.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        weekday.setCellFactory(c -> text(CalendarViewModel::weekday));
        weekday.setComparator((a, b) -> Integer.compare(a.getDayOfWeek().getValue(), b.getDayOfWeek().getValue()));
        weekday.setPrefWidth(100);
        weekday.setMinWidth(100);
        weekday.setMaxWidth(110);
        TableColumn<SourcedDay, DayKind> kind = new TableColumn<>(I18n.t("calendar.col.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().day().kind()));
        kind.setCellFactory(c -> styled("calendar-kind-", CalendarViewModel::kindWord, DayKind::code));
        kind.setPrefWidth(140);
        kind.setMinWidth(130);
        kind.setMaxWidth(170);
        TableColumn<SourcedDay, String> name = new TableColumn<>(I18n.t("calendar.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().day().name() == null ? "" : c.getValue().day().name()));
        name.setPrefWidth(260);
        TableColumn<SourcedDay, String> note = new TableColumn<>(I18n.t("calendar.col.note"));
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(CalendarViewModel.hasNoEffect(c.getValue().day())
                ? I18n.t(c.getValue().day().kind() == DayKind.HOLIDAY ? "calendar.note.onWeekend" : "calendar.note.onWeekday")
                : ""));
        note.setPrefWidth(210);
        TableColumn<SourcedDay, DaySource> source = new TableColumn<>(I18n.t("calendar.col.source"));
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().source()));
        source.setCellFactory(c -> styled("calendar-source-", CalendarViewModel::sourceWord, DaySource::code));
        source.setPrefWidth(170);
        source.setMinWidth(150);
        table.getColumns().addAll(java.util.List.of(date, weekday, kind, name, source, note));
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "calendar");

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.showMonth(java.time.YearMonth.from(b.date()));
        });
        Button remove = new Button(I18n.t("calendar.remove"));
        remove.setId("calendar-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            SourcedDay d = table.getSelectionModel().getSelectedItem();
            if (d != null) vm.remove(d);
        });
        Label legend = new Label(I18n.t("calendar.legend"));
        legend.getStyleClass().add("calendar-legend");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE); // its lines take their height beside the narrower table
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox below = new HBox(12, remove, legend);
        below.setAlignment(Pos.CENTER_LEFT);
        remove.setMinWidth(Region.USE_PREF_SIZE);

        VBox pane = new VBox(6, table, below);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private Node addForm() {
        Label heading = new Label(I18n.t("calendar.add.title"));
        heading.getStyleClass().add("calendar-form-title");

        DatePicker date = new DatePicker();
        date.setId("calendar-add-date");
        date.setPromptText(I18n.t("calendar.add.datePrompt"));
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) { return Fmt.date(d); }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) return null;
                try {
                    return LocalDate.parse(s.trim(), LENIENT_DATE);
                } catch (DateTimeParseException e) {
                    vm.rejectTypedDate(s.trim()); // keep the last valid day and say why the text was not taken
                    return date.getValue();
                }
            }
        });
        date.valueProperty().bindBidirectional(vm.newDateProperty());
        date.setMaxWidth(Double.MAX_VALUE);

        ComboBox<DayKind> kind = new ComboBox<>();
        kind.setId("calendar-add-kind");
        kind.getItems().addAll(DayKind.values());
        StringConverter<DayKind> kindText = new StringConverter<>() {
            @Override
            public String toString(DayKind k) { return k == null ? "" : CalendarViewModel.kindWord(k); }

            @Override
            public DayKind fromString(String s) { return null; }
        };
        kind.setConverter(kindText);
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(DayKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : kindText.toString(item));
            }
        });
        kind.valueProperty().bindBidirectional(vm.newKindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);

        TextField name = new TextField();
        name.setId("calendar-add-name");
        name.setPromptText(I18n.t("calendar.add.namePrompt"));
        name.textProperty().bindBidirectional(vm.newNameProperty());

        Label dateError = new Label();
        dateError.getStyleClass().add("error-text");
        dateError.textProperty().bind(vm.dateErrorProperty());
        dateError.managedProperty().bind(dateError.textProperty().isNotEmpty());
        vm.dateErrorProperty().addListener((o, a, b) -> {
            date.getStyleClass().remove("field-error");
            if (!b.isEmpty()) date.getStyleClass().add("field-error");
        });
        Label warning = new Label();
        warning.setId("calendar-add-warning");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.addWarningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());

        Button add = new Button(I18n.t("calendar.add.button"));
        add.setId("calendar-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> {
            // Commit text typed in the date field that was not confirmed with Enter.
            String typed = date.getEditor().getText();
            LocalDate parsed = date.getConverter().fromString(typed);
            if (parsed != null && !parsed.equals(date.getValue())) date.setValue(parsed);
            vm.add();
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, whole(new Label(I18n.t("calendar.add.date"))), date);
        grid.add(dateError, 1, 1);
        grid.addRow(2, whole(new Label(I18n.t("calendar.add.kind"))), kind);
        grid.addRow(3, whole(new Label(I18n.t("calendar.add.name"))), name);
        GridPane.setHgrow(date, Priority.ALWAYS);

        VBox form = new VBox(8, heading, grid, warning, add, new javafx.scene.control.Separator(), new MonthGrid(vm));
        form.setId("calendar-add-form");
        form.getStyleClass().add("calendar-form");
        form.setPadding(new Insets(8));
        form.setStyle("-fx-pref-width: 25.5em; -fx-min-width: 23em;"); // in em: it grows with the UI scale
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return form;
    }

    private static Label whole(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void restoreDefaults() {
        int y = vm.yearProperty().get();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("calendar.restore.confirm", String.valueOf(y),
                CalendarViewModel.sourceWord(CalendarOverrides.defaultSource(y))), ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(I18n.t("calendar.title"));
        ask.initOwner(shell.stage());
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) vm.restoreDefaults();
    }

    /** A cell with the value's words and a style class {@code prefix + code} (the kind's or the source's colour). */
    private static <T> TableCell<SourcedDay, T> styled(String prefix, java.util.function.Function<T, String> words,
                                                       java.util.function.Function<T, String> code) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith(prefix));
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(words.apply(item));
                    getStyleClass().add(prefix + code.apply(item));
                }
            }
        };
    }

    private static <T> TableCell<SourcedDay, T> text(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
