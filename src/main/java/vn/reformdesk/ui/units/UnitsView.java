package vn.reformdesk.ui.units;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.report.units.UnitsReport;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.UnitComparison;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.dashboard.ChartImage;
import vn.reformdesk.ui.dashboard.DashboardViewModel;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * "So sánh đơn vị / Units compared": the period, the kind of unit and the measure; the ranked bars with the average
 * line and each unit's target; the table (rank, unit, result, target, against the target); the average, how many are
 * above it, first and last. A double-click (or Enter) on a unit opens its own dashboard, narrowed to that unit.
 */
public final class UnitsView implements View {
    private final ShellContext shell;
    private final UnitsViewModel model = new UnitsViewModel();
    private final VBox root = new VBox(8);
    private final TableView<UnitsViewModel.Row> table = new TableView<>();
    private final VBox summary = new VBox(2);
    private final StackPane chartBox = new StackPane();
    private final Label status = new Label();
    private long generation;

    public UnitsView(ShellContext shell) {
        this.shell = shell;
        build();
    }

    public UnitsViewModel model() { return model; }

    @Override
    public Node root() { return root; }

    private void build() {
        root.setId("units-view");
        root.setPadding(new Insets(4));
        Label title = new Label(I18n.t("units.title"));
        title.getStyleClass().add("screen-title");
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        ComboBox<Period> period = new ComboBox<>(model.periods());
        period.setId("units-period");
        period.setConverter(converter(DashboardViewModel::periodLabel));
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.setId("units-kind");
        kind.getItems().setAll(UnitsViewModel.KINDS);
        kind.setConverter(converter(UnitsReport::kindName));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<UnitMeasure> measure = new ComboBox<>();
        measure.setId("units-measure");
        measure.getItems().setAll(UnitMeasure.values());
        measure.setConverter(converter(UnitsReport::measureName));
        measure.valueProperty().bindBidirectional(model.measureProperty());
        FlowPane bar = new FlowPane(8, 6, labelled("units.period", period), labelled("units.kind", kind),
                labelled("units.measure", measure));
        bar.setAlignment(Pos.CENTER_LEFT);
        model.periodProperty().addListener((o, a, b) -> refresh());
        model.kindProperty().addListener((o, a, b) -> refresh());
        model.measureProperty().addListener((o, a, b) -> refresh());

        table.setId("units-table");
        table.setItems(model.rows());
        table.getColumns().add(column("units.col.rank", UnitsViewModel.Row::rank, 60));
        table.getColumns().add(column("units.col.unit", UnitsViewModel.Row::unit, 280));
        table.getColumns().add(column("units.col.score", UnitsViewModel.Row::score, 110));
        table.getColumns().add(column("units.col.target", UnitsViewModel.Row::target, 90));
        table.getColumns().add(column("units.col.against", UnitsViewModel.Row::against, 170));
        vn.reformdesk.ui.common.ColumnFit.install(table, shell.app().preferences(), "units"); // whole at any scale
        table.setRowFactory(t -> {
            TableRow<UnitsViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(UnitsViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("units-missed", "units-nodata");
                    if (item == null || empty) return;
                    if (!item.hasData()) getStyleClass().add("units-nodata");
                    else if (Boolean.FALSE.equals(item.met())) getStyleClass().add("units-missed");
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) open(row.getItem());
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setPlaceholder(new Label(I18n.t("units.empty")));
        summary.setId("units-summary");
        Label hint = new Label(I18n.t("units.openHint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label rule = new Label(I18n.t("units.rule"));
        rule.setWrapText(true);
        rule.setStyle("-fx-font-style: italic;");
        rule.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setId("units-status");
        VBox right = new VBox(6, summary, table, hint, rule);
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane chartScroll = new ScrollPane(chartBox);
        chartScroll.setFitToWidth(true);
        chartScroll.setFitToHeight(true);
        SplitPane split = new SplitPane(chartScroll, right);
        split.setDividerPositions(0.52);
        // side by side on a wide screen; on a narrow one (1024 px) the chart above the table, each at full width
        root.widthProperty().addListener((o, a, w) -> {
            javafx.geometry.Orientation want = w.doubleValue() < 1100 ? javafx.geometry.Orientation.VERTICAL
                    : javafx.geometry.Orientation.HORIZONTAL;
            if (split.getOrientation() != want) {
                split.setOrientation(want);
                split.setDividerPositions(want == javafx.geometry.Orientation.VERTICAL ? 0.5 : 0.52);
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, bar, status, split);
        model.summary().addListener((javafx.collections.ListChangeListener<String>) c -> {
            summary.getChildren().clear();
            for (String line : model.summary()) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.getStyleClass().add("units-summary-line");
                summary.getChildren().add(l);
            }
        });
        model.reportProperty().addListener((o, a, r) -> drawChart(r));
    }

    private void drawChart(UnitsReport r) {
        chartBox.getChildren().clear();
        if (r == null || r.ranking().ranked().isEmpty()) return;
        int n = r.ranking().ranked().size();
        ChartImage chart = new ChartImage(w -> RankingChart.of(I18n.t("units.chart.title",
                UnitsReport.measureName(r.measure())), r.subtitle() + " — " + I18n.t("units.asOf", Fmt.date(r.asOf())),
                r.ranking(), r.ranking().entries(), 1));
        chart.setId("units-chart");
        // every unit keeps a readable bar: the chart grows with the number of units and the pane scrolls
        chart.setMinHeight(Math.max(320, 120 + n * 22));
        chart.setPrefHeight(Math.max(320, 120 + n * 22));
        chartBox.getChildren().add(chart);
    }

    private void open(UnitsViewModel.Row row) {
        shell.openUnit(row.code());
    }

    @Override
    public void refresh() {
        AppContext app = shell.app();
        model.setToday(app.asOf());
        Period p = model.periodProperty().get();
        UnitKind k = model.kindProperty().get();
        UnitMeasure m = model.measureProperty().get();
        if (p == null || k == null || m == null) return;
        long mine = ++generation;
        status.setText(I18n.t("units.loading"));
        Tasks.run(() -> {
            UnitRanking ranking = UnitComparison.rank(app, p, k, m);
            return new UnitsReport(p, k, m, UnitComparison.asOf(p, app.asOf()), app.register().units().home().name(),
                    ranking);
        }, r -> {
            if (mine != generation) return; // a later choice is being computed
            status.setText("");
            model.reportProperty().set(r);
        }, e -> status.setText(I18n.t("common.error", e.getMessage())));
    }

    private static Node labelled(String key, ComboBox<?> box) {
        Label l = new Label(I18n.t(key));
        l.setLabelFor(box);
        FlowPane p = new FlowPane(4, 0, l, box);
        p.setAlignment(Pos.CENTER_LEFT);
        return p;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    private static TableColumn<UnitsViewModel.Row, String> column(String key,
                                                                  java.util.function.Function<UnitsViewModel.Row, String> f,
                                                                  double width) {
        TableColumn<UnitsViewModel.Row, String> c = new TableColumn<>(I18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

}
