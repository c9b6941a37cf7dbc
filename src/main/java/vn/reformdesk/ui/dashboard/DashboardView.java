package vn.reformdesk.ui.dashboard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.ui.charts.ChartData;
import vn.reformdesk.ui.charts.Charts;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.dossiers.DossiersView;
import vn.reformdesk.ui.presentation.PresentationActions;
import vn.reformdesk.ui.presentation.ReviewPeriod;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * The home screen: a period selector, the counters that matter (each opens the matching dossier list), the
 * Decision 766 components against their targets, and the procedures with the most overdue dossiers.
 */
public final class DashboardView implements View {
    private final ShellContext shell;
    private final DashboardViewModel vm = new DashboardViewModel();
    private final BorderPane root = new BorderPane();
    private final GridPane tilePane = new GridPane();
    private final VBox chartBox = new VBox(4);
    private final TableView<DashboardData.ProcedureLine> table = new TableView<>();
    /** The table's text when it has no rows: "computing" while a load runs, so it never claims an empty period. */
    private final Label tableHint = new Label();
    private final Label asOfLabel = new Label();
    private final HBox lower = new HBox(12);
    private java.time.LocalDate lastAsOf;
    private final Label message = new Label();
    private int generation;
    /** The generation whose load has ended (figures shown or error told). */
    private int ended;
    private final List<Runnable> whenLoaded = new ArrayList<>();
    private static final int COLUMNS = 4;

    public DashboardView(ShellContext shell) {
        this.shell = shell;
        build();
        vm.tiles().addListener((javafx.collections.ListChangeListener<Tile>) c -> showTiles());
        vm.dataProperty().addListener((o, a, d) -> showData(d));
        vm.periodProperty().addListener((o, a, p) -> {
            if (p != null) {
                ReviewPeriod.of(shell.app()).set(p);
                load();
            }
        });
    }

    public DashboardViewModel viewModel() { return vm; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        java.time.LocalDate asOf = shell.app().asOf();
        Period chosen = ReviewPeriod.of(shell.app()).get();
        if (lastAsOf != null && !lastAsOf.equals(asOf)) {
            // The register's "today" moved (the sample was loaded, or removed): follow it, or the officer would
            // look at an empty period of another year.
            Period current = chosen != null ? chosen : vm.periodProperty().get();
            chosen = Period.of(current == null ? Period.Kind.QUARTER : current.kind(), asOf);
            ReviewPeriod.of(shell.app()).set(chosen);
        }
        lastAsOf = asOf;
        int before = generation;
        vm.setToday(asOf); // on the first refresh this chooses the period, whose listener loads it
        if (chosen != null && !chosen.equals(vm.periodProperty().get())) vm.choose(chosen);
        if (generation == before) load(); // load once: a second load would compete with the first for the CPU
    }

    /** How many loads this view started (package-private for the test that the first show loads once). */
    int loadsStarted() { return generation; }

    private void build() {
        root.getStyleClass().add("dashboard");
        root.getStylesheets().add(DashboardView.class.getResource("/css/dashboard.css").toExternalForm());

        Label title = new Label(I18n.t("dashboard.title"));
        title.getStyleClass().add("screen-title");
        ChoiceBox<Period.Kind> kind = new ChoiceBox<>();
        kind.setId("dashboard-kind");
        kind.getItems().setAll(Period.Kind.YEAR, Period.Kind.QUARTER, Period.Kind.MONTH);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period.Kind k) { return k == null ? "" : DashboardViewModel.kindLabel(k); }

            @Override
            public Period.Kind fromString(String s) { return null; }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<Period> period = new ComboBox<>(vm.choices());
        period.setId("dashboard-period");
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) { return p == null ? "" : DashboardViewModel.periodLabel(p); }

            @Override
            public Period fromString(String s) { return null; }
        });
        period.valueProperty().bindBidirectional(vm.periodProperty());
        Label periodWord = new Label(I18n.t("dashboard.period"));
        periodWord.setLabelFor(period);
        Button present = new Button(I18n.t("dashboard.present"));
        present.setId("dashboard-present");
        present.setOnAction(e -> PresentationActions.start(shell));
        Button setup = new Button(I18n.t("dashboard.presentSetup"));
        setup.setOnAction(e -> PresentationActions.setup(shell));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = vn.reformdesk.ui.common.Toolbars.flow(title, spacer, periodWord, kind, period, present, setup);
        asOfLabel.getStyleClass().add("dashboard-asof");
        asOfLabel.setWrapText(true);
        asOfLabel.setMinHeight(Region.USE_PREF_SIZE);
        asOfLabel.setId("dashboard-asof");
        asOfLabel.setWrapText(true); // it names the dates the period covers, and where the official periods are
        message.getStyleClass().add("error-text");
        message.setWrapText(true);

        tilePane.setId("dashboard-tiles");
        tilePane.setHgap(10);
        tilePane.setVgap(10);
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / COLUMNS);
            c.setFillWidth(true);
            tilePane.getColumnConstraints().add(c);
        }
        tilePane.getStyleClass().add("dashboard-tiles");

        Label chartTitle = new Label(I18n.t("dashboard.chart766"));
        chartTitle.getStyleClass().add("section-title");
        chartBox.getStyleClass().add("dashboard-panel");

        Label tableTitle = new Label(I18n.t("dashboard.topProcedures"));
        tableTitle.getStyleClass().add("section-title");
        tableTitle.setWrapText(true);
        tableTitle.setMinHeight(Region.USE_PREF_SIZE);
        table.setId("dashboard-top");
        TableColumn<DashboardData.ProcedureLine, String> name = new TableColumn<>(I18n.t("dashboard.col.procedure"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code() + " — " + c.getValue().name()));
        name.setPrefWidth(200);
        name.setMinWidth(120);
        TableColumn<DashboardData.ProcedureLine, String> overdue = new TableColumn<>(I18n.t("dashboard.col.overdue"));
        overdue.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.count(c.getValue().overdue())));
        overdue.getStyleClass().add("number-column");
        overdue.setMinWidth(80);
        TableColumn<DashboardData.ProcedureLine, String> late = new TableColumn<>(I18n.t("dashboard.col.late"));
        late.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.count(c.getValue().late())));
        late.getStyleClass().add("number-column");
        late.setMinWidth(80);
        TableColumn<DashboardData.ProcedureLine, Object> received = new TableColumn<>(I18n.t("dashboard.col.received"));
        received.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Fmt.count(c.getValue().received())));
        received.getStyleClass().add("number-column");
        received.setMinWidth(90);
        table.getColumns().add(name);
        table.getColumns().add(overdue);
        table.getColumns().add(late);
        table.getColumns().add(received);
        vn.reformdesk.ui.common.ColumnFit.install(table, null, "dashboard");
        tableHint.setText(I18n.t("dashboard.loading"));
        tableHint.setWrapText(true);
        tableHint.getStyleClass().add("empty-hint");
        table.setPlaceholder(tableHint);
        table.setPrefHeight(220);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                openDossiers(List.of(DossierStatus.OVERDUE, DossierStatus.LATE), null,
                        table.getSelectionModel().getSelectedItem().code());
            }
        });
        VBox tableBox = new VBox(4, tableTitle, table);
        tableBox.getStyleClass().add("dashboard-panel");
        VBox.setVgrow(table, Priority.ALWAYS);

        lower.getChildren().setAll(new VBox(4, chartTitle, chartBox), tableBox);
        HBox.setHgrow(lower.getChildren().get(0), Priority.ALWAYS);
        tableBox.setStyle("-fx-pref-width: 32em; -fx-min-width: 24em;"); // in em: it grows with the UI scale

        VBox body = new VBox(10, top, asOfLabel, message, tilePane, lower);
        body.setPadding(new Insets(4, 12, 12, 4));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dashboard-scroll");
        root.setCenter(scroll);
        asOfLabel.setText(I18n.t("dashboard.loading"));
    }

    private void load() {
        Period p = vm.periodProperty().get();
        if (p == null) return;
        int gen = ++generation;
        asOfLabel.setText(I18n.t("dashboard.loading"));
        message.setText("");
        computing();
        var app = shell.app();
        Tasks.run(() -> DashboardLoader.load(app, p), d -> {
            if (gen == generation) {
                vm.dataProperty().set(d);
                computed(I18n.t("dashboard.topProcedures.empty"));
                loadEnded(gen);
            }
        }, e -> {
            if (gen == generation) {
                message.setText(I18n.t("common.error", e.getMessage()));
                computed(""); // the error above says it: the table claims nothing
                loadEnded(gen);
            }
        });
    }

    /**
     * While figures are computed (a second or more at a million dossiers) the previous period's stay on screen
     * faded, and the table says it is computing: neither reads as the new period's figures.
     */
    private void computing() {
        double faded = vm.dataProperty().get() != null ? 0.4 : 1;
        tilePane.setOpacity(faded);
        lower.setOpacity(faded);
        tableHint.setText(I18n.t("dashboard.loading"));
    }

    /** The load has ended: full strength again, and the table's text when it has no rows. */
    private void computed(String tableText) {
        tilePane.setOpacity(1);
        lower.setOpacity(1);
        tableHint.setText(tableText);
    }

    /** Whether a load is running (figures faded, the table saying so); for the tests. */
    boolean showsComputing() { return tableHint.getText().equals(I18n.t("dashboard.loading")); }

    /** The figures (or the error) are set: they are on screen once the next layout pass has drawn them. */
    private void loadEnded(int gen) {
        if (root.getScene() == null) shown(gen);
        else vn.reformdesk.ui.common.AfterLayout.run(root.getScene(), () -> shown(gen));
    }

    private void shown(int gen) {
        ended = gen;
        if (ended != generation) return; // a newer load runs: its end runs them
        List<Runnable> waiting = List.copyOf(whenLoaded);
        whenLoaded.clear();
        waiting.forEach(Runnable::run);
    }

    /**
     * Runs {@code action} once on the JavaFX thread when the figures being loaded are on screen (laid out, the
     * chart drawn) or their error is told; at once when no load is running. Start-up uses it to keep other work
     * (status line, daily backup) from competing with the first figures for the CPU.
     */
    public void whenLoaded(Runnable action) {
        if (ended == generation) action.run();
        else whenLoaded.add(action);
    }

    private void showTiles() {
        tilePane.getChildren().clear();
        int i = 0;
        for (Tile t : vm.tiles()) {
            VBox b = tileNode(t);
            GridPane.setFillHeight(b, true);
            tilePane.add(b, i % COLUMNS, i / COLUMNS);
            i++;
        }
    }

    /**
     * A tile acts as a button (accessible role BUTTON): Tab reaches it, Enter, Space or a click opens the matching
     * dossier list. A VBox rather than a Button, so its wrapped lines get their true height in the grid.
     */
    static VBox tileNode(Tile t) {
        Label label = new Label(t.label());
        label.getStyleClass().add("tile-label");
        label.setWrapText(true);
        Label value = new Label(t.value());
        value.getStyleClass().addAll("tile-value", t.noData() ? "tile-nodata" : "tile-has-data");
        value.setWrapText(true);
        Label detail = new Label(t.detail());
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        VBox box = new VBox(2, label, value, detail);
        if (t.target() != null) {
            Label target = new Label(t.target());
            target.getStyleClass().addAll("tile-target", t.targetMet() == null ? "target-unknown"
                    : t.targetMet() ? "target-met" : "target-missed");
            target.setWrapText(true);
            box.getChildren().add(target);
        }
        Label trend = new Label(t.trendText());
        trend.getStyleClass().addAll("tile-trend", "trend-" + t.quality());
        trend.setWrapText(true);
        box.getChildren().add(trend);
        if (t.extra() != null) {
            Label extra = new Label(t.extra());
            extra.getStyleClass().add("tile-detail");
            extra.setWrapText(true);
            box.getChildren().add(extra);
        }
        box.setId("tile-" + t.id());
        box.getStyleClass().add("dash-tile");
        box.setFocusTraversable(true);
        box.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        box.setAccessibleText(t.label() + ": " + t.value());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        box.setOnKeyPressed(e -> {
            if ((e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE)
                    && box.getUserData() instanceof Runnable r) {
                r.run();
                e.consume();
            }
        });
        box.setOnMouseClicked(e -> {
            if (box.getUserData() instanceof Runnable r) r.run();
        });
        return box;
    }

    private void showData(DashboardData d) {
        if (d == null) return;
        asOfLabel.setText(I18n.t("dashboard.asOf", DashboardViewModel.periodLabel(d.period()),
                Fmt.date(d.period().start()), Fmt.date(d.period().end()), Fmt.date(d.asOf())));
        for (Node n : tilePane.getChildren()) {
            String id = n.getId().substring("tile-".length());
            n.setUserData((Runnable) () -> openTile(id, d.period()));
        }
        table.getItems().setAll(d.topProcedures());
        // the chart's type follows the UI scale (150 % drew it at 100 % inside larger screens' text)
        double uiScale = Math.max(1.0, asOfLabel.getFont().getSize() / vn.reformdesk.ui.presentation.Display.BASE_FONT_PX);
        chartBox.getChildren().setAll(bulletNodes(d, uiScale));
    }

    /** The 766 bullet chart and its footnote, for the dashboard (scale 1) and the slides. */
    public static List<Node> bulletNodes(DashboardData d, double scale) {
        List<ChartData.ComponentBar> bars = bars(d.bars766());
        ChartData.Caption caption = new ChartData.Caption(I18n.t("dashboard.chart766.title"),
                DashboardViewModel.periodLabel(d.period()), Fmt.date(d.asOf()));
        ChartImage chart = new ChartImage(w -> wideLabels(Charts.bullet(caption, bars, scale)));
        chart.setId("dashboard-chart766");
        chart.setPrefSize(640 * scale, 380 * scale);
        chart.setMinHeight(300 * scale); // the lower row does not squeeze it to a strip
        VBox.setVgrow(chart, Priority.ALWAYS);
        List<Node> out = new ArrayList<>(List.of(chart));
        if (d.bars766().stream().anyMatch(IndexBars.Bar::partial)) {
            Label note = new Label(I18n.t("dashboard.chart.partial"));
            note.setWrapText(true);
            note.getStyleClass().add("chart-note");
            out.add(note);
        }
        return out;
    }

    /** Component names may take up to 40 % of the width, so long names wrap on fewer lines. */
    public static org.jfree.chart.JFreeChart wideLabels(org.jfree.chart.JFreeChart chart) {
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        return chart;
    }

    public static List<ChartData.ComponentBar> bars(List<IndexBars.Bar> bars) {
        List<ChartData.ComponentBar> out = new ArrayList<>();
        for (IndexBars.Bar b : bars) {
            out.add(new ChartData.ComponentBar(b.name() + (b.partial() ? " *" : ""), b.value(), b.target(), b.max()));
        }
        return out;
    }

    /** Opens the dossier list filtered to what the counter counts, for the counter's period. */
    void openTile(String id, Period p) {
        switch (id) {
            case "resolved" -> openDossiers(List.of(DossierStatus.EARLY, DossierStatus.ON_TIME, DossierStatus.LATE), p, null);
            case "on_time" -> openDossiers(List.of(DossierStatus.EARLY, DossierStatus.ON_TIME), p, null);
            case "overdue" -> openDossiers(List.of(DossierStatus.OVERDUE), p, null);
            case "due_soon" -> openDossiers(List.of(DossierStatus.DUE_SOON), p, null);
            case "online" -> openChannel(Channel.ONLINE, p);
            default -> openDossiers(List.of(), p, null);
        }
    }

    private void openDossiers(List<DossierStatus> statuses, Period p, String procedureCode) {
        var view = shell.show("dossiers");
        if (view instanceof DossiersView dv) {
            var m = dv.viewModel();
            m.showStatus(null);
            m.statuses().addAll(statuses.isEmpty() ? EnumSet.noneOf(DossierStatus.class) : EnumSet.copyOf(statuses));
            if (p != null) {
                m.fromProperty().set(p.start());
                m.toProperty().set(p.end());
            }
            if (procedureCode != null) {
                m.procedures().stream().filter(x -> x.code().equals(procedureCode)).findFirst()
                        .ifPresent(x -> m.procedureProperty().set(x));
            }
            m.applyFilter();
        } else if (statuses.contains(DossierStatus.OVERDUE) || statuses.contains(DossierStatus.DUE_SOON)) {
            shell.show("overdue");
        }
    }

    private void openChannel(Channel c, Period p) {
        var view = shell.show("dossiers");
        if (view instanceof DossiersView dv) {
            var m = dv.viewModel();
            m.showStatus(null);
            m.channelProperty().set(c);
            m.fromProperty().set(p.start());
            m.toProperty().set(p.end());
            m.applyFilter();
        }
    }
}
