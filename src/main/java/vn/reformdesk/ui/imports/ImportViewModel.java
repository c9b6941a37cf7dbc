package vn.reformdesk.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.reformdesk.io.ImportCancelledException;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportPreview;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.io.mapping.ColumnMapping;
import vn.reformdesk.io.mapping.MappingStore;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.ProblemList;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;

/**
 * State and logic of the import dialog (no controls here): the chosen kind and file, the preview, the
 * skip-invalid choice, and the background import with progress, cancel and its outcome.
 */
public final class ImportViewModel {
    public static final int PREVIEW_ROWS = 20;

    private final AppContext app;
    private final Runnable onDataChanged;
    final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.PROCEDURES);
    final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    final BooleanProperty skipInvalid = new SimpleBooleanProperty();
    final ObservableList<String> previewHeader = FXCollections.observableArrayList();
    final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    final StringProperty previewMessage = new SimpleStringProperty(I18n.t("imports.previewEmpty"));
    final BooleanProperty running = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty progressText = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty problems = new SimpleStringProperty("");
    final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    /** How a spreadsheet of dossiers or procedures is read (its heading row, columns and words). */
    final MappingModel mapping = new MappingModel();
    /** Whether the chosen file is read through {@link #mapping}. */
    final BooleanProperty mapped = new SimpleBooleanProperty();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private MappingStore mappings;

    public ImportViewModel(AppContext app, Runnable onDataChanged) {
        this.app = app;
        this.onDataChanged = onDataChanged;
        if (app != null) mappings = new MappingStore(app.preferences().folder().resolve("mappings"));
        // the preview of a mapped file is the rows as they will be read
        mapping.previewHeader.addListener((ListChangeListener<String>) c -> {
            if (mapped.get()) previewHeader.setAll(mapping.previewHeader);
        });
        mapping.previewRows.addListener((ListChangeListener<List<String>>) c -> {
            if (mapped.get()) previewRows.setAll(mapping.previewRows);
        });
        kind.addListener((o, a, b) -> {
            if (file.get() != null && !running.get()) chooseFile(file.get());
        });
    }

    public MappingModel mapping() { return mapping; }

    /** Where saved mappings are kept (tests point it at a temporary folder). */
    void mappings(MappingStore store) { mappings = store; }

    public ObjectProperty<ImportKind> kindProperty() { return kind; }

    public ObjectProperty<Path> fileProperty() { return file; }

    public BooleanProperty skipInvalidProperty() { return skipInvalid; }

    public StringProperty summaryProperty() { return summary; }

    public StringProperty problemsProperty() { return problems; }

    public ObjectProperty<ImportReport> reportProperty() { return report; }

    public BooleanProperty runningProperty() { return running; }

    /** Import is possible with a file chosen and nothing running. */
    public BooleanBinding canImport() { return Bindings.createBooleanBinding(() -> file.get() != null && !running.get(), file, running); }

    /** Chooses the file and reads its first rows for the preview. */
    public void chooseFile(Path path) {
        file.set(path);
        summary.set("");
        problems.set("");
        report.set(null);
        previewHeader.clear();
        previewRows.clear();
        if (path == null) {
            previewMessage.set(I18n.t("imports.previewEmpty"));
            return;
        }
        try {
            mapped.set(MappingModel.applies(kind.get().code()));
            if (mapped.get()) {
                mapping.load(kind.get().code(), path, mappings);
                previewHeader.setAll(mapping.previewHeader);
                previewRows.setAll(mapping.previewRows);
                previewMessage.set(I18n.t("imports.preview", previewRows.size()));
                return;
            }
            ImportPreview p = ImportPreview.read(path, PREVIEW_ROWS);
            previewHeader.setAll(p.header());
            previewRows.setAll(p.rows());
            previewMessage.set(I18n.t("imports.preview", p.rows().size()));
        } catch (Exception e) {
            previewMessage.set(I18n.t("imports.previewError", e.getMessage()));
        }
    }

    /** Starts the import in the background; the result lands in {@link #summary} and {@link #problems}. */
    public Task<ImportReport> startImport() {
        Path path = file.get();
        ImportKind k = kind.get();
        boolean skip = skipInvalid.get();
        ColumnMapping how = mapped.get() ? mapping.mapping.get() : null;
        cancelRequested.set(false);
        running.set(true);
        summary.set("");
        problems.set("");
        progress.set(-1);
        progressText.set(I18n.t("imports.reading"));
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() {
                return Importer.run(app.database(), k, path, skip, how, (fraction, phase) -> {
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                    if (!"done".equals(phase)) updateMessage(I18n.t("imports." + phase));
                }, cancelRequested::get);
            }
        };
        task.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        task.messageProperty().addListener((o, a, b) -> {
            if (b != null && !b.startsWith("imports.")) progressText.set(b);
        });
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnFailed(e -> failed(task.getException()));
        return Tasks.run(task);
    }

    /** Asks the running import to stop; it rolls back and writes nothing. */
    public void cancel() { cancelRequested.set(true); }

    void finished(ImportReport r) {
        running.set(false);
        report.set(r);
        progress.set(r.written() ? 1 : 0);
        progressText.set("");
        String shown = r.problems().stream().map(ProblemTexts::text).collect(Collectors.joining("\n"));
        // at most 1,000 problems are kept (ProblemList): the rest is one line with their count
        if (r.moreProblems() > 0) shown += "\n" + I18n.t("imports.moreProblems", r.moreProblems(), ProblemList.SHOWN);
        problems.set(shown);
        if (r.written()) {
            StringBuilder sb = new StringBuilder(I18n.t("imports.done", r.added(), r.updated(), r.unchanged(), r.rejected()));
            if (r.rejectFile() != null) sb.append('\n').append(I18n.t("imports.rejectFile", r.rejectFile()));
            if (mapped.get()) {
                try {
                    mapping.saveIfUseful();
                } catch (java.io.IOException | RuntimeException e) {
                    sb.append('\n').append(I18n.t("imports.map.saveFailed", e.getMessage()));
                }
            }
            summary.set(sb.toString());
            if (r.added() + r.updated() > 0 && onDataChanged != null) onDataChanged.run();
        } else {
            summary.set(I18n.t("imports.failed", r.problemCount()));
        }
    }

    void failed(Throwable e) {
        running.set(false);
        progress.set(0);
        progressText.set("");
        summary.set(e instanceof ImportCancelledException ? I18n.t("imports.cancelled")
                : I18n.t("imports.error", e.getMessage()));
    }

    /** The kind's name in the current language. */
    public static String label(ImportKind k) { return I18n.t("imports.kind." + k.code()); }
}
