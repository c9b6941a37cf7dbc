package vn.reformdesk.ui.report06a;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.io.report.form06a.Form06aExport;
import vn.reformdesk.io.report.form06a.Form06aText;
import vn.reformdesk.io.report.pdf.ReportExport;
import vn.reformdesk.io.report.pdf.ReportText;
import vn.reformdesk.service.Form06aService;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.dossiers.DossiersView;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * The Reports screen: form 06a (Biểu số II.06a/VPCP/KSTT) for a chosen period, on screen by level and field with the
 * total; a click on a count opens exactly those dossiers in the dossier list; exports to Excel, PDF and CSV run in
 * the background.
 */
public final class Report06aView implements View {
    private final ShellContext shell;
    private final Report06aViewModel vm;
    private final VBox root = new VBox(8);
    private final TableView<Form06a.Line> table = new TableView<>();

    public Report06aView(ShellContext shell) {
        this.shell = shell;
        this.vm = new Report06aViewModel(shell.app());
        build();
        vm.periodProperty().addListener((o, a, b) -> refresh());
        vm.datesProperty().addListener((o, a, b) -> refresh());
        vm.unitProperty().addListener((o, a, b) -> refresh());
    }

    public Report06aViewModel viewModel() { return vm; }

    public TableView<Form06a.Line> table() { return table; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        if (vm.periodProperty().get() == null) return;
        vm.followShell(); // a refresh after the shell's unit changed: its listener reloads
        Report06aViewModel.Request r = vm.request();
        vm.loading();
        Tasks.run(() -> vm.load(r), res -> vm.apply(r, res), vm::fail);
    }

    private void build() {
        root.setId("report06a-view");
        root.getStylesheets().add(Report06aView.class.getResource("/css/report06a.css").toExternalForm());
        Label title = new Label(I18n.t("report06a.screenTitle"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);

        ChoiceBox<Period.Kind> kind = new ChoiceBox<>();
        kind.setId("report06a-kind");
        kind.getItems().setAll(Report06aViewModel.KINDS);
        kind.setConverter(converter(Report06aViewModel::kindLabel));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ChoiceBox<Period> period = new ChoiceBox<>(vm.choices());
        period.setId("report06a-period");
        period.setConverter(converter(ReportText::period));
        period.valueProperty().bindBidirectional(vm.periodProperty());
        ToggleGroup datesGroup = new ToggleGroup();
        RadioButton official = new RadioButton(I18n.t("report06a.official"));
        official.setId("report06a-official");
        RadioButton calendar = new RadioButton(I18n.t("report06a.calendar"));
        calendar.setId("report06a-calendar");
        official.setToggleGroup(datesGroup);
        calendar.setToggleGroup(datesGroup);
        official.setSelected(vm.datesProperty().get() == PeriodDates.OFFICIAL);
        calendar.setSelected(vm.datesProperty().get() == PeriodDates.CALENDAR);
        datesGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) vm.datesProperty().set(b == calendar ? PeriodDates.CALENDAR : PeriodDates.OFFICIAL);
        });
        Label kindLabel = new Label(I18n.t("report06a.kind"));
        Label periodLabel = new Label(I18n.t("report06a.period"));
        // one row that wraps at 1024 px or 150 %: an HBox pushed the export buttons outside the window
        FlowPane top = vn.reformdesk.ui.common.Toolbars.flow(kindLabel, kind, periodLabel, period, official, calendar);
        if (vm.unitChoiceShown()) { // only when the register holds more than one unit
            ChoiceBox<Report06aViewModel.UnitItem> unitBox = new ChoiceBox<>();
            unitBox.setId("report06a-unit-choice");
            unitBox.getItems().setAll(vm.unitChoices());
            Runnable select = () -> unitBox.getItems().stream().filter(i -> i.scope().equals(vm.unitProperty().get()))
                    .findFirst().ifPresent(unitBox::setValue);
            select.run();
            vm.unitProperty().addListener((o, a, b) -> select.run());
            unitBox.valueProperty().addListener((o, a, b) -> { if (b != null) vm.unitProperty().set(b.scope()); });
            Label unitLabel = new Label(I18n.t("report06a.unitChoice"));
            unitLabel.setLabelFor(unitBox);
            top.getChildren().addAll(0, List.of(unitLabel, unitBox));
        }
        for (String format : new String[] {"xlsx", "pdf", "csv"}) {
            Button b = new Button(I18n.t("report06a.export." + format));
            b.setId("report06a-export-" + format);
            b.disableProperty().bind(vm.resultProperty().isNull());
            b.setOnAction(e -> chooseAndExport(format));
            top.getChildren().add(b);
        }

        Label periodLine = new Label();
        periodLine.setId("report06a-period-line");
        periodLine.textProperty().bind(vm.periodTextProperty());
        periodLine.setWrapText(true);
        Label unit = new Label();
        unit.setId("report06a-unit");
        unit.textProperty().bind(vm.unitTextProperty());
        unit.setWrapText(true);
        Label message = new Label();
        message.setId("report06a-message");
        message.getStyleClass().add("hint-text");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);

        buildTable();
        Label note = new Label(I18n.t("report06a.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint-text");
        VBox.setVgrow(table, Priority.ALWAYS);
        for (Label l : new Label[] {title, unit, periodLine, message, note}) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped lines take their height, never cut
            l.setMaxWidth(Double.MAX_VALUE);
        }
        root.getChildren().addAll(title, top, unit, periodLine, message, table, note);
    }

    private void buildTable() {
        table.setId("report06a-table");
        table.setItems(vm.lines());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("report06a.computing")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Form06a.Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("report06a-group", "report06a-total");
                if (!empty && item != null && item.kind() == Form06a.LineKind.LEVEL) getStyleClass().add("report06a-group");
                if (!empty && item != null && item.kind() == Form06a.LineKind.TOTAL) getStyleClass().add("report06a-total");
            }
        });
        TableColumn<Form06a.Line, String> number = new TableColumn<>(I18n.t("report06a.col.number"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setPrefWidth(40);
        number.setMinWidth(36);
        number.setMaxWidth(50);
        number.setSortable(false);
        TableColumn<Form06a.Line, String> field = new TableColumn<>(I18n.t("report06a.col.field"));
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Form06aText.label(c.getValue())));
        field.setCellFactory(c -> new TableCell<>() { // a field name cut at 1024 px reads whole on hover
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        field.setPrefWidth(300);
        field.setMinWidth(200);
        field.setSortable(false);
        table.getColumns().add(number);
        table.getColumns().add(field);
        int[][] groups = {{3, 6}, {7, 10}, {11, 13}};
        for (int g = 0; g < groups.length; g++) {
            TableColumn<Form06a.Line, Long> group = new TableColumn<>(I18n.t(Form06aText.GROUP_KEYS.get(g)));
            group.setSortable(false);
            for (Form06a.Column c : Form06a.Column.values()) {
                if (c.number() >= groups[g][0] && c.number() <= groups[g][1]) group.getColumns().add(countColumn(c));
            }
            table.getColumns().add(group);
        }
        // sized to the content at any UI scale (the table scrolls sideways at 150 %); the form's order stays fixed
        vn.reformdesk.ui.common.ColumnFit.install(table, null, "report06a");
    }

    private TableColumn<Form06a.Line, Long> countColumn(Form06a.Column c) {
        TableColumn<Form06a.Line, Long> col = new TableColumn<>();
        // Lines broken by hand: a one-line heading was cut to "(3) Tổn…" at 1366 px, and a wrapping label did not
        // make the header taller.
        Label heading = new Label(lines(Form06aText.heading(c) + " (" + c.number() + ")", 10));
        heading.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        col.setGraphic(heading);
        col.setId("report06a-col-" + c.key());
        col.setSortable(false);
        col.setPrefWidth(92);
        col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().counts().get(c)));
        col.setCellFactory(x -> new TableCell<>() {
            {
                getStyleClass().add("report06a-count");
                setOnMouseClicked(e -> {
                    Form06a.Line line = getTableRow() == null ? null : getTableRow().getItem();
                    if (!isEmpty() && line != null && getItem() != null && getItem() > 0) open(line, c);
                });
            }

            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Fmt.count(item));
                getStyleClass().remove("report06a-link");
                if (!empty && item != null && item > 0) getStyleClass().add("report06a-link");
            }
        });
        return col;
    }

    /** Opens the dossier list on exactly the dossiers a cell counts. */
    public void open(Form06a.Line line, Form06a.Column column) {
        Set<Long> ids = vm.dossiers(line, column);
        String caption = vm.caption(line, column);
        if (shell.show("dossiers") instanceof DossiersView dv) dv.showOnly(ids, caption);
    }

    private void chooseAndExport(String format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("report06a.export." + format));
        chooser.setInitialFileName(vm.fileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(java.util.Locale.ROOT),
                "*." + format));
        File file = chooser.showSaveDialog(shell.stage());
        if (file != null) exportTo(format, file.toPath());
    }

    /** Writes the form shown to {@code file} in the background, in the app's language; says so on the status line. */
    public Task<Void> exportTo(String format, Path file) {
        Form06aService.Result r = vm.resultProperty().get();
        return Tasks.run(() -> {
            ReportExport.write(file, Form06aExport.render(r, format));
            return null;
        }, ok -> shell.status(I18n.t("report06a.exported", file.toString())),
                e -> shell.status(I18n.t("common.error", e.getMessage())));
    }

    /** The words of {@code text} on lines of about {@code width} characters. */
    static String lines(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String w : text.split(" ")) {
            if (line > 0 && line + 1 + w.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(w);
            line += w.length();
        }
        return out.toString();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : f.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }
}
