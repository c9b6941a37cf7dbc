package vn.reformdesk.ui.imports;

import java.io.File;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * File → Import: choose what and which file, see the first rows, import in the background with progress and
 * cancel, then read the summary or every problem (in a text area that can be copied). Only wiring; the logic
 * is in {@link ImportViewModel}.
 */
public final class ImportDialog {
    private final ImportViewModel vm;
    private final Stage stage = new Stage();
    private final ShellContext shell;

    public ImportDialog(ShellContext shell, ImportKind kind) {
        this.shell = shell;
        this.vm = new ImportViewModel(shell.app(), () -> {
            shell.dataChanged();
            var r = vmReport();
            if (r != null) shell.status(I18n.t("imports.status", ImportViewModel.label(r.kind()), r.added(), r.updated()));
        });
        vm.kind.set(kind);
        build();
    }

    private vn.reformdesk.io.ImportReport vmReport() { return vm.report.get(); }

    public ImportViewModel viewModel() { return vm; }

    public Stage stage() { return stage; }

    public void show() { stage.show(); }

    private void build() {
        ComboBox<ImportKind> kindBox = new ComboBox<>();
        kindBox.setId("import-kind");
        kindBox.getItems().setAll(ImportKind.values());
        kindBox.setCellFactory(l -> new KindCell());
        kindBox.setButtonCell(new KindCell());
        kindBox.valueProperty().bindBidirectional(vm.kind);
        kindBox.disableProperty().bind(vm.running);

        TextField fileField = new TextField();
        fileField.setId("import-file");
        fileField.setEditable(false);
        fileField.setPromptText(I18n.t("imports.noFile"));
        fileField.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.file.get() == null ? "" : vm.file.get().toString(), vm.file));
        HBox.setHgrow(fileField, Priority.ALWAYS);
        Button choose = new Button(I18n.t("imports.choose"));
        choose.setId("import-choose");
        choose.disableProperty().bind(vm.running);
        choose.setOnAction(e -> chooseFile());

        CheckBox skip = new CheckBox(I18n.t("imports.skipInvalid"));
        skip.setId("import-skip-invalid");
        skip.selectedProperty().bindBidirectional(vm.skipInvalid);
        skip.disableProperty().bind(vm.running);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(I18n.t("imports.kind")), kindBox);
        form.addRow(1, new Label(I18n.t("imports.file")), new HBox(8, fileField, choose));
        form.add(skip, 1, 2);
        GridPane.setHgrow(form.getChildren().get(3), Priority.ALWAYS);

        Label previewLabel = new Label();
        previewLabel.textProperty().bind(vm.previewMessage);
        TableView<List<String>> preview = new TableView<>(vm.previewRows);
        preview.setId("import-preview");
        preview.setPrefHeight(220);
        preview.setPlaceholder(new Label(I18n.t("imports.previewEmpty")));
        vm.previewHeader.addListener((ListChangeListener<String>) c -> {
            preview.getColumns().clear();
            for (int i = 0; i < vm.previewHeader.size(); i++) {
                int index = i;
                TableColumn<List<String>, String> col = new TableColumn<>(vm.previewHeader.get(i));
                col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
                        index < cd.getValue().size() ? cd.getValue().get(index) : ""));
                col.setSortable(false);
                preview.getColumns().add(col);
            }
        });

        ProgressBar bar = new ProgressBar(0);
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progress);
        bar.visibleProperty().bind(vm.running);
        Label progressText = new Label();
        progressText.textProperty().bind(vm.progressText);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summary);
        Label problemsLabel = new Label(I18n.t("imports.problems"));
        TextArea problems = new TextArea();
        problems.setId("import-problems");
        problems.setEditable(false);
        problems.setWrapText(true); // a long FILE:LINE: message is read whole, not scrolled to
        problems.setPrefRowCount(8);
        problems.textProperty().bind(vm.problems);
        problemsLabel.visibleProperty().bind(vm.problems.isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        problems.visibleProperty().bind(vm.problems.isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        Button run = new Button(I18n.t("imports.run"));
        run.setId("import-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canImport().not());
        run.setOnAction(e -> vm.startImport());
        Button cancel = new Button(I18n.t("imports.cancel"));
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(vm.running.not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(I18n.t("imports.close"));
        close.setId("import-close");
        close.disableProperty().bind(vm.running);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progressText, spacer, run, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        // How a spreadsheet of dossiers or procedures is read: heading line, columns, words (MappingModel)
        MappingModel m = vm.mapping;
        ComboBox<Integer> headingLine = new ComboBox<>();
        headingLine.setId("import-heading-line");
        vm.previewHeader.addListener((ListChangeListener<String>) c -> {
            if (!headingLine.getItems().equals(m.headingLines())) headingLine.getItems().setAll(m.headingLines());
            headingLine.setValue(m.headingLine.get());
        });
        headingLine.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != m.headingLine.get()) m.headingLine.set(b);
        });
        TextField mappingName = new TextField();
        mappingName.setId("import-mapping-name");
        mappingName.textProperty().bindBidirectional(m.name);
        HBox.setHgrow(mappingName, Priority.ALWAYS);
        HBox mappingRow = new HBox(8, headingLine, new Label(I18n.t("imports.map.name")), mappingName);
        mappingRow.setAlignment(Pos.CENTER_LEFT);
        Label mappingLabel = new Label(I18n.t("imports.map.headingLine"));
        form.addRow(3, mappingLabel, mappingRow);
        for (var n : List.of(mappingLabel, mappingRow)) {
            n.visibleProperty().bind(vm.mapped);
            n.managedProperty().bind(vm.mapped);
            n.disableProperty().bind(vm.running);
        }
        Label mappingMessage = new Label();
        mappingMessage.setId("import-mapping-message");
        mappingMessage.setWrapText(true);
        mappingMessage.textProperty().bind(m.message);
        mappingMessage.visibleProperty().bind(vm.mapped);
        mappingMessage.managedProperty().bind(vm.mapped);

        Tab previewTab = new Tab(I18n.t("imports.map.tabPreview"), new VBox(6, previewLabel, preview));
        Tab columnsTab = new Tab(I18n.t("imports.map.tabColumns"), MappingTables.columns(m));
        Tab wordsTab = new Tab(I18n.t("imports.map.tabWords"), MappingTables.words(m));
        TabPane tabs = new TabPane(previewTab, columnsTab, wordsTab);
        tabs.setId("import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Tab t : List.of(columnsTab, wordsTab)) t.disableProperty().bind(vm.mapped.not().or(vm.running));
        VBox.setVgrow(preview, Priority.ALWAYS);

        VBox root = new VBox(10, form, mappingMessage, tabs, bar, summary, problemsLabel, problems, buttons);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("import-dialog");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Scene scene = new Scene(root, 920, 680);
        var css = ImportDialog.class.getResource("/css/app.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        stage.setScene(scene);
        stage.setTitle(I18n.t("imports.title"));
        if (shell.stage() != null && shell.stage().getScene() != null) {
            stage.initOwner(shell.stage());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnCloseRequest(e -> {
            if (vm.running.get()) e.consume();
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("imports.title"));
        List<String> patterns = java.util.Arrays.stream(vm.kind.get().extensions()).map(x -> "*" + x).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("imports.filter"), patterns));
        if (vm.file.get() != null && vm.file.get().getParent() != null) {
            File dir = vm.file.get().getParent().toFile();
            if (dir.isDirectory()) chooser.setInitialDirectory(dir);
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) vm.chooseFile(f.toPath());
    }

    private static final class KindCell extends ListCell<ImportKind> {
        @Override
        protected void updateItem(ImportKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ImportViewModel.label(item));
        }
    }
}
