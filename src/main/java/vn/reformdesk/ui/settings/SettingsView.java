package vn.reformdesk.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.View;
import vn.reformdesk.ui.shell.ShellContext;

/** Settings: language, due-soon days K, cut-off hour, unit name and code, data folder. */
public final class SettingsView implements View {
    private final SettingsViewModel vm;
    private final VBox root = new VBox(12);

    public SettingsView(ShellContext shell) {
        this.vm = new SettingsViewModel(shell.app(), shell::dataChanged);
        vm.onLanguageChanged(() -> javafx.application.Platform.runLater(() -> {
            // every screen again in the new language, back on this one with its "saved" line
            var window = vn.reformdesk.ui.shell.ReformDeskApp.showMain(shell.app(), shell.stage());
            if (window.show("settings") instanceof SettingsView settings) settings.vm.showMessage(I18n.t("settings.saved"));
        }));
        build();
    }

    public SettingsViewModel viewModel() { return vm; }

    @Override
    public Node root() { return root; }

    @Override
    public void refresh() { vm.load(); }

    private void build() {
        root.setId("settings-view");
        root.setPadding(new Insets(4));
        Label title = new Label(I18n.t("settings.title"));
        title.getStyleClass().add("screen-title");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(140, 420, 560);
        ColumnConstraints notes = new ColumnConstraints();
        notes.setHgrow(Priority.ALWAYS);
        // a preferred width of its own: else the longest note, unwrapped, set the column and pushed it off the window
        notes.setMinWidth(160);
        notes.setPrefWidth(320);
        grid.getColumnConstraints().addAll(labels, fields, notes);

        ToggleGroup lang = new ToggleGroup();
        RadioButton vi = new RadioButton("Tiếng Việt");
        vi.setId("settings-lang-vi");
        vi.setToggleGroup(lang);
        vi.setUserData("vi");
        RadioButton en = new RadioButton("English");
        en.setId("settings-lang-en");
        en.setToggleGroup(lang);
        en.setUserData("en");
        vm.languageProperty().addListener((o, a, b) -> lang.selectToggle("en".equals(b) ? en : vi));
        lang.selectToggle(vi);
        lang.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) vm.languageProperty().set((String) b.getUserData());
        });
        int row = 0;
        grid.add(new Label(I18n.t("settings.language")), 0, row);
        vi.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        en.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(new HBox(16, vi, en), 1, row);
        grid.add(note(I18n.t("settings.language.note")), 2, row++);
        row = spacer(grid, row);

        TextField k = new TextField();
        k.setId("settings-due-soon");
        k.setPrefColumnCount(4);
        k.setMaxWidth(Control.USE_PREF_SIZE);
        k.textProperty().bindBidirectional(vm.dueSoonDaysProperty());
        row = field(grid, row, "settings.dueSoon", k,
                I18n.t("settings.dueSoon.note", SettingsViewModel.defaultDueSoonDays()), vm.dueSoonErrorProperty());

        TextField cut = new TextField();
        cut.setId("settings-cutoff");
        cut.setPrefColumnCount(12);
        cut.setMaxWidth(Control.USE_PREF_SIZE);
        cut.setPromptText(I18n.t("settings.cutoff.prompt"));
        cut.textProperty().bindBidirectional(vm.cutoffProperty());
        row = field(grid, row, "settings.cutoff", cut, I18n.t("settings.cutoff.note"), vm.cutoffErrorProperty());

        TextField backups = new TextField();
        backups.setId("settings-backups");
        backups.setPrefColumnCount(4);
        backups.setMaxWidth(Control.USE_PREF_SIZE);
        backups.textProperty().bindBidirectional(vm.backupsKeptProperty());
        row = field(grid, row, "settings.backups", backups, I18n.t("settings.backups.note"), vm.backupsErrorProperty());

        TextField name = new TextField();
        name.setId("settings-unit-name");
        name.textProperty().bindBidirectional(vm.unitNameProperty());
        row = field(grid, row, "settings.unitName", name, I18n.t("settings.unitName.note"), null);

        TextField code = new TextField();
        code.setId("settings-unit-code");
        code.textProperty().bindBidirectional(vm.unitCodeProperty());
        row = field(grid, row, "settings.unitCode", code, I18n.t("settings.unitCode.note"), null);

        TextField folder = new TextField(vm.dataFolder());
        folder.setId("settings-data-folder");
        folder.setEditable(false);
        folder.setFocusTraversable(false);
        folder.setTooltip(new javafx.scene.control.Tooltip(vm.dataFolder()));
        row = field(grid, row, "settings.dataFolder", folder, I18n.t("settings.dataFolder.note"), null);

        TextField server = new TextField();
        server.setId("settings-server");
        server.setPromptText(I18n.t("settings.server.prompt"));
        server.textProperty().bindBidirectional(vm.serverProperty());
        field(grid, row, "settings.server", server, I18n.t("settings.server.note"), vm.serverErrorProperty());

        Button save = new Button(I18n.t("common.save"));
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button reset = new Button(I18n.t("settings.reset"));
        reset.setOnAction(e -> vm.load());
        Label message = new Label();
        message.setId("settings-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a conflict's words take lines: never cut
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(12, save, reset, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        // the settings scroll on a short screen (768 px at 150 %); Save and Undo stay in sight below them
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, scroll, buttons);
    }

    private static int spacer(GridPane grid, int row) {
        Label gap = new Label();
        gap.setMinHeight(4);
        gap.setPrefHeight(4);
        grid.add(gap, 0, row);
        return row + 1;
    }

    /** A labelled field with a note beside it and, under it, the reason it is invalid (when it is). */
    private static int field(GridPane grid, int row, String key, TextField field, String noteText,
                             ReadOnlyStringProperty errorText) {
        grid.add(new Label(I18n.t(key)), 0, row);
        grid.add(field, 1, row);
        grid.add(note(noteText), 2, row++);
        if (errorText != null) {
            Label error = new Label();
            error.getStyleClass().add("error-text");
            error.setId(field.getId() + "-error");
            error.textProperty().bind(errorText);
            error.setWrapText(true);
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            errorText.addListener((o, a, b) -> {
                field.getStyleClass().remove("field-error");
                if (!b.isEmpty()) field.getStyleClass().add("field-error");
            });
            grid.add(error, 1, row, 2, 1);
        }
        return spacer(grid, row + 1);
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped lines take their height
        l.getStyleClass().add("note-text");
        return l;
    }
}
