package vn.reformdesk.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
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
import vn.reformdesk.domain.calendar.DayKind;
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
    private final TableView<CalendarDay> table = new TableView<>();

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
                () -> I18n.t("calendar.defaults.button", String.valueOf(vm.yearProperty().get())), vm.yearProperty()));
        defaults.setOnAction(e -> createDefaults());
        Button importCalendar = new Button(I18n.t("calendar.import"));
        importCalendar.setId("calendar-import");
        importCalendar.setTooltip(new javafx.scene.control.Tooltip(I18n.t("calendar.import.tooltip")));
        importCalendar.setOnAction(e -> ImportActions.open(shell, ImportKind.CALENDAR));
        HBox top = new HBox(12, title, yearLabel, yearSpinner, spacer, importCalendar, defaults);
        top.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(top, offerBanner(), messageLine());
        HBox body = new HBox(12, tablePane(), addForm());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().add(body);
    }

    /** First use of a year with no entries: offer the defaults instead of silently assuming no holidays. */
    private Node offerBanner() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("calendar.offer.text", String.valueOf(vm.yearProperty().get())), vm.yearProperty()));
        Button create = new Button();
        create.setId("calendar-offer-create");
        create.textProperty().bind(Bindings.createStringBinding(() -> {
            int y = vm.yearProperty().get();
            return I18n.t(CalendarViewModel.official(y) ? "calendar.offer.createOfficial" : "calendar.offer.create",
                    String.valueOf(y));
        }, vm.yearProperty()));
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(e -> vm.applyDefaults(CalendarViewModel.DefaultsMode.ADD_MISSING));
        Button keepEmpty = new Button(I18n.t("calendar.offer.keepEmpty"));
        keepEmpty.setMinWidth(Region.USE_PREF_SIZE);
        keepEmpty.setOnAction(e -> vm.declineDefaults());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox banner = new HBox(12, text, create, keepEmpty);
        banner.setId("calendar-offer");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("calendar-offer");
        banner.visibleProperty().bind(vm.offerDefaultsProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
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

        TableColumn<CalendarDay, LocalDate> date = new TableColumn<>(I18n.t("calendar.col.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> text(Fmt::date));
        date.setPrefWidth(95);
        date.setMaxWidth(110);
        TableColumn<CalendarDay, LocalDate> weekday = new TableColumn<>(I18n.t("calendar.col.weekday"));
        weekday.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        weekday.setCellFactory(c -> text(CalendarViewModel::weekday));
        weekday.setComparator((a, b) -> Integer.compare(a.getDayOfWeek().getValue(), b.getDayOfWeek().getValue()));
        weekday.setPrefWidth(90);
        weekday.setMaxWidth(110);
        TableColumn<CalendarDay, DayKind> kind = new TableColumn<>(I18n.t("calendar.col.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DayKind item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                getStyleClass().removeIf(s -> s.startsWith("calendar-kind-"));
                if (emptyCell || item == null) {
                    setText(null);
                } else {
                    setText(CalendarViewModel.kindWord(item));
                    getStyleClass().add("calendar-kind-" + item.code());
                }
            }
        });
        kind.setPrefWidth(140);
        kind.setMinWidth(130);
        kind.setMaxWidth(170);
        TableColumn<CalendarDay, String> name = new TableColumn<>(I18n.t("calendar.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name() == null ? "" : c.getValue().name()));
        name.setPrefWidth(300);
        TableColumn<CalendarDay, String> note = new TableColumn<>(I18n.t("calendar.col.note"));
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(CalendarViewModel.hasNoEffect(c.getValue())
                ? I18n.t(c.getValue().kind() == DayKind.HOLIDAY ? "calendar.note.onWeekend" : "calendar.note.onWeekday")
                : ""));
        note.setPrefWidth(210);
        table.getColumns().addAll(java.util.List.of(date, weekday, kind, name, note));
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "calendar");

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.showMonth(java.time.YearMonth.from(b.date()));
        });
        Button remove = new Button(I18n.t("calendar.remove"));
        remove.setId("calendar-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            CalendarDay d = table.getSelectionModel().getSelectedItem();
            if (d != null) vm.remove(d);
        });
        Label legend = new Label(I18n.t("calendar.legend"));
        legend.getStyleClass().add("calendar-legend");
        legend.setWrapText(true);
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

    private void createDefaults() {
        if (!vm.defaultsNeedConfirmation()) {
            vm.applyDefaults(CalendarViewModel.DefaultsMode.ADD_MISSING);
            return;
        }
        ButtonType replace = new ButtonType(I18n.t("calendar.defaults.replace"), ButtonBar.ButtonData.YES);
        ButtonType addMissing = new ButtonType(I18n.t("calendar.defaults.addMissing"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("calendar.defaults.confirm",
                String.valueOf(vm.yearProperty().get()), vm.entries().size(), vm.defaults().size()),
                replace, addMissing, ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(I18n.t("calendar.title"));
        ask.initOwner(shell.stage());
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Optional<ButtonType> choice = ask.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) return;
        vm.applyDefaults(choice.get() == replace ? CalendarViewModel.DefaultsMode.REPLACE
                : CalendarViewModel.DefaultsMode.ADD_MISSING);
    }

    private static <T> TableCell<CalendarDay, T> text(java.util.function.Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }
}
