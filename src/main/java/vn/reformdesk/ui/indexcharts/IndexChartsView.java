package vn.reformdesk.ui.indexcharts;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.jfree.chart.JFreeChart;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.io.report.pdf.FrameworkSection;
import vn.reformdesk.io.report.pdf.IndexCharts;
import vn.reformdesk.io.report.pdf.ReportExport;
import vn.reformdesk.io.report.pdf.ReportModel;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.ui.charts.ChartPane;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.indexcharts.IndexChartsViewModel.Cell;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * The index charts screen: pick a framework and a period; the bullet chart of its components against maximum and
 * target, the trend of its total with the target line, its rank (inverted axis, "x/N"), and the 766 rates computed
 * from the register by month of the period's year. Each chart states the period and the as-of date and saves as
 * PNG/SVG on right click; a chart without data says what to enter instead. "Export PDF report…" writes the report of
 * the period in the background with progress and a stop button.
 */
public final class IndexChartsView implements View {
    private final ShellContext shell;
    private final AppContext app;
    private final IndexChartsViewModel model = new IndexChartsViewModel();
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Label caption = new Label();
    private final Label periodError = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Button cancel = new Button(I18n.t("indexcharts.cancel"));
    private final HBox progressRow;
    private Task<?> running;

    public IndexChartsView(ShellContext shell) { this(shell, shell.app()); }

    /** For tests and screenshots: the screen on a context without a main window (shell may be null). */
    public IndexChartsView(ShellContext shell, AppContext app) {
        this.shell = shell;
        this.app = app;
        progressRow = new HBox(8, progress, progressText, cancel);
        build();
    }

    public IndexChartsViewModel model() { return model; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() {
        model.setFrameworks(new FrameworkRepository(app.database()).findAll());
        model.defaultPeriod(app.asOf());
        load();
    }

    private void build() {
        root.setId("indexcharts-view");
        root.getStyleClass().add("indexcharts-view");
        root.getStylesheets().add(IndexChartsView.class.getResource("/css/indexcharts.css").toExternalForm());
        Label title = new Label(I18n.t("indexcharts.title"));
        title.getStyleClass().add("screen-title");

        ComboBox<Framework> framework = new ComboBox<>(model.frameworks());
        framework.setId("indexcharts-framework");
        framework.setCellFactory(l -> new FrameworkCell());
        framework.setButtonCell(new FrameworkCell());
        framework.valueProperty().bindBidirectional(model.frameworkProperty());
        framework.valueProperty().addListener((o, a, b) -> draw());

        TextField period = new TextField();
        period.setId("indexcharts-period");
        period.setPrefColumnCount(8);
        period.setPromptText(I18n.t("indexcharts.periodHint"));
        period.textProperty().bindBidirectional(model.periodTextProperty());
        period.setOnAction(e -> load());
        period.focusedProperty().addListener((o, was, is) -> { if (!is) load(); });
        Button show = new Button(I18n.t("indexcharts.show"));
        show.setId("indexcharts-show");
        show.setOnAction(e -> load());

        Button pdf = new Button(I18n.t("indexcharts.exportPdf"));
        pdf.setId("indexcharts-export-pdf");
        pdf.setOnAction(e -> chooseAndExport("pdf"));
        Button png = new Button(I18n.t("indexcharts.exportPng"));
        png.setId("indexcharts-export-png");
        png.setOnAction(e -> chooseAndExport("png"));

        Label fl = new Label(I18n.t("indexcharts.framework"));
        Label pl = new Label(I18n.t("indexcharts.periodLabel"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var controls = vn.reformdesk.ui.common.Toolbars.flow(fl, framework, pl, period, show, spacer, pdf, png);

        periodError.setId("indexcharts-period-error");
        periodError.getStyleClass().add("indexcharts-error");
        periodError.textProperty().bind(model.periodErrorProperty());
        periodError.managedProperty().bind(periodError.textProperty().isNotEmpty());
        periodError.visibleProperty().bind(periodError.textProperty().isNotEmpty());

        progress.setPrefWidth(220);
        progressText.setId("indexcharts-progress");
        cancel.setId("indexcharts-cancel");
        cancel.setOnAction(e -> { if (running != null) running.cancel(true); });
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.setVisible(false);
        progressRow.setManaged(false);

        caption.setId("indexcharts-caption");
        caption.getStyleClass().add("indexcharts-caption");
        caption.setWrapText(true);

        VBox top = new VBox(6, title, controls, periodError, progressRow, caption);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);

        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        scroll.setFitToWidth(true);
        scroll.setId("indexcharts-scroll");
        scroll.getStyleClass().add("indexcharts-scroll");
        root.setCenter(scroll);
    }

    /** Reloads the figures of the typed period in the background (a wrong period keeps the text and says why). */
    public void load() {
        Optional<Period> p = model.period();
        if (p.isEmpty()) return;
        Period period = p.get();
        var asOf = period.reportAsOf(app.asOf());
        showProgress(I18n.t("indexcharts.loading", period.toString()));
        Task<ReportModel> task = new Task<>() {
            @Override
            protected ReportModel call() {
                return ReportModel.load(app, period, asOf, (f, msg) -> updateProgress(f, 1));
            }
        };
        task.setOnSucceeded(e -> {
            hideProgress();
            model.reportProperty().set(task.getValue());
            draw();
        });
        task.setOnFailed(e -> {
            hideProgress();
            caption.setText(I18n.t("common.error", String.valueOf(task.getException().getMessage())));
        });
        task.setOnCancelled(e -> hideProgress());
        start(task);
    }

    private void start(Task<?> task) {
        if (running != null && running.isRunning()) running.cancel(true);
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        Tasks.run(task);
    }

    private void showProgress(String text) {
        progressText.setText(text);
        progressRow.setVisible(true);
        progressRow.setManaged(true);
    }

    private void hideProgress() {
        progress.progressProperty().unbind();
        progressRow.setVisible(false);
        progressRow.setManaged(false);
    }

    /** Rebuilds the four chart cells for the chosen framework from the loaded figures (no database work). */
    private void draw() {
        grid.getChildren().clear();
        ReportModel m = model.reportProperty().get();
        if (m == null) return;
        caption.setText(model.caption());
        Optional<FrameworkSection> s = model.section();
        List<Cell> cells = model.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            StackPane box = new StackPane();
            box.getStyleClass().add("indexcharts-cell");
            box.setId("indexcharts-" + c.kind().name().toLowerCase());
            box.setMinHeight(300);
            box.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(300, (scroll.getViewportBounds().getHeight() - 12) / 2), scroll.viewportBoundsProperty()));
            if (c.drawable()) {
                ChartPane pane = new ChartPane(chart(c.kind(), m, s.orElse(null)));
                pane.setId("indexcharts-chart-" + c.kind().name().toLowerCase());
                box.getChildren().add(pane);
            } else {
                Label empty = new Label(c.emptyText());
                empty.setWrapText(true);
                empty.getStyleClass().add("indexcharts-empty");
                empty.setId("indexcharts-empty-" + c.kind().name().toLowerCase());
                box.getChildren().add(empty);
            }
            grid.add(box, i % 2, i / 2);
        }
    }

    static JFreeChart chart(IndexChartsViewModel.Kind kind, ReportModel m, FrameworkSection s) {
        return switch (kind) {
            case BULLET -> IndexCharts.bullet(m, s, 0.9);
            case TREND -> IndexCharts.trend(m, s, 0.9);
            case RANK -> IndexCharts.rank(m, s, 0.9);
            case RATES -> IndexCharts.months(m, 0.9);
        };
    }

    private void chooseAndExport(String format) {
        if (model.period().isEmpty()) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("pdf".equals(format) ? "indexcharts.exportPdf" : "indexcharts.exportPng"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(), "*." + format));
        chooser.setInitialFileName(model.exportFileName(format));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) export(file.toPath(), format);
    }

    /**
     * Writes the report of the typed period to {@code file} in the background, with progress and a stop button;
     * a stopped or failed export writes nothing. Returns the task (tests wait on it).
     */
    public Task<Path> export(Path file, String format) {
        Period period = model.period().orElseThrow();
        var asOf = period.reportAsOf(app.asOf());
        showProgress(I18n.t("indexcharts.exporting", period.toString()));
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                byte[] bytes = ReportExport.render(app, period, asOf, format, (f, msg) -> updateProgress(f, 1));
                if (isCancelled()) throw new CancellationException();
                ReportExport.write(file, bytes);
                return file;
            }
        };
        task.setOnSucceeded(e -> {
            hideProgress();
            status(I18n.t("indexcharts.exported", file.toString()));
        });
        task.setOnFailed(e -> {
            hideProgress();
            Throwable t = task.getException();
            status(t instanceof CancellationException ? I18n.t("indexcharts.cancelled")
                    : I18n.t("common.error", String.valueOf(t.getMessage())));
        });
        task.setOnCancelled(e -> {
            hideProgress();
            status(I18n.t("indexcharts.cancelled"));
        });
        start(task);
        return task;
    }

    private void status(String text) {
        if (shell != null) shell.status(text);
        progressText.setText(text);
    }

    private static final class FrameworkCell extends ListCell<Framework> {
        @Override
        protected void updateItem(Framework f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : f.name(I18n.english()));
        }
    }
}
