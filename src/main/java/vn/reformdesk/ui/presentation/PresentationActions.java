package vn.reformdesk.ui.presentation;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;
import vn.reformdesk.ui.dashboard.DashboardViewModel;
import vn.reformdesk.ui.shell.ShellContext;

/**
 * Presentation mode and display settings as the main window offers them: F5, the "Trình chiếu" button, the setup
 * dialog (slides, order, rotation, PDF export), File → "Xuất bản trình chiếu PDF…" and the Display menu (UI scale
 * and theme).
 */
public final class PresentationActions {
    private static PresentationWindow last;

    private PresentationActions() {}

    /** The presentation window shown last (for tests), or null. */
    public static PresentationWindow lastWindow() { return last; }

    /** F5 anywhere in the main window, and the saved scale and theme. */
    public static void install(ShellContext shell, Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> start(shell));
        Display.apply(scene, shell.app().preferences());
    }

    /** Starts presentation mode on the review period with the saved slides. */
    public static void start(ShellContext shell) {
        UserPreferences prefs = shell.app().preferences();
        start(shell, DeckModel.chosen(prefs), DeckModel.rotateSeconds(prefs));
    }

    static void start(ShellContext shell, List<SlideType> slides, int rotateSeconds) {
        if (slides.isEmpty()) return;
        // One deck at a time: F5 again (or the button) while one is open or being prepared brings that one forward
        if (preparing) return;
        if (last != null && last.stage().isShowing()) {
            last.stage().toFront();
            return;
        }
        Period p = ReviewPeriod.current(shell.app());
        shell.status(I18n.t("presentation.preparing", DashboardViewModel.periodLabel(p)));
        var app = shell.app();
        preparing = true;
        Tasks.run(() -> DeckData.load(app, p), data -> {
            preparing = false;
            shell.status("");
            last = new PresentationWindow(shell.stage(), data, slides, rotateSeconds);
            last.open();
        }, e -> {
            preparing = false;
            shell.status(I18n.t("common.error", e.getMessage()));
        });
    }

    /** A deck is being loaded for the screen (F5 pressed, not open yet). */
    private static boolean preparing;

    /** The setup dialog: slides with checkboxes and up/down, the rotation interval, start, export PDF. */
    public static void setup(ShellContext shell) {
        UserPreferences prefs = shell.app().preferences();
        SetupModel model = SetupModel.load(prefs);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(shell.stage());
        dialog.setTitle(I18n.t("presentation.setup.title"));
        dialog.setHeaderText(I18n.t("presentation.setup.header",
                DashboardViewModel.periodLabel(ReviewPeriod.current(shell.app()))));
        ListView<SlideType> list = new ListView<>(model.order());
        list.setId("setup-slides");
        list.setPrefHeight(300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SlideType t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                CheckBox box = new CheckBox(I18n.t(t.titleKey()));
                box.setSelected(model.isChosen(t));
                box.selectedProperty().addListener((o, a, on) -> model.setChosen(t, on));
                setGraphic(box);
                setText(null);
            }
        });
        Button up = new Button(I18n.t("presentation.setup.up"));
        up.setOnAction(e -> {
            int i = model.moveUp(list.getSelectionModel().getSelectedIndex());
            list.getSelectionModel().select(i);
        });
        Button down = new Button(I18n.t("presentation.setup.down"));
        down.setOnAction(e -> {
            int i = model.moveDown(list.getSelectionModel().getSelectedIndex());
            list.getSelectionModel().select(i);
        });
        up.setMaxWidth(Double.MAX_VALUE);
        down.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> rotate = new Spinner<>(0, 600, model.rotateSeconds(), 5);
        rotate.setEditable(true);
        rotate.valueProperty().addListener((o, a, v) -> model.setRotateSeconds(v == null ? 0 : v));
        Label rotateLabel = new Label(I18n.t("presentation.setup.rotate"));
        rotateLabel.setLabelFor(rotate);
        rotateLabel.setWrapText(true);
        Label keys = new Label(I18n.t("presentation.setup.keys"));
        keys.setWrapText(true);
        keys.setMaxWidth(460);
        VBox side = new VBox(6, up, down);
        HBox center = new HBox(8, list, side);
        VBox content = new VBox(8, center, new HBox(8, rotateLabel, rotate), keys);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        ButtonType present = new ButtonType(I18n.t("presentation.setup.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType pdf = new ButtonType(I18n.t("presentation.setup.pdf"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(I18n.t("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(present, pdf, close);
        ButtonType answer = dialog.showAndWait().orElse(close);
        model.save(prefs); // the choice is kept whichever button closed the dialog
        shell.status(I18n.t("presentation.setupSaved"));
        if (answer == present) start(shell, model.chosen(), model.rotateSeconds());
        else if (answer == pdf) exportPdf(shell, model.chosen());
    }

    /** File → "Xuất bản trình chiếu PDF…". */
    public static MenuItem exportMenuItem(ShellContext shell) {
        MenuItem item = new MenuItem(I18n.t("presentation.menu.pdf"));
        item.setOnAction(e -> exportPdf(shell, DeckModel.chosen(shell.app().preferences())));
        return item;
    }

    public static void exportPdf(ShellContext shell, List<SlideType> slides) {
        if (slides.isEmpty()) return;
        Period p = ReviewPeriod.current(shell.app());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("presentation.pdf.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("trinh-chieu-" + p + ".pdf");
        File file = chooser.showSaveDialog(shell.stage());
        if (file == null) return;
        runExport(shell, PdfDeckExport.task(shell.app(), p, slides, file.toPath()));
    }

    /** Runs an export task with a small progress window (cancel button) and says where the file went. */
    public static void runExport(ShellContext shell, Task<Path> task) {
        Stage progress = new Stage();
        progress.initOwner(shell.stage());
        progress.initModality(Modality.WINDOW_MODAL);
        progress.setTitle(I18n.t("presentation.pdf.title"));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label msg = new Label();
        msg.textProperty().bind(task.messageProperty());
        Button cancel = new Button(I18n.t("common.cancel"));
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(8, msg, bar, cancel);
        box.setPadding(new Insets(12));
        progress.setScene(new Scene(box));
        task.setOnSucceeded(e -> {
            progress.close();
            if (task.getValue() != null) shell.status(I18n.t("presentation.pdf.done", task.getValue()));
        });
        task.setOnFailed(e -> {
            progress.close();
            new Alert(Alert.AlertType.ERROR, I18n.t("common.error", task.getException().getMessage())).showAndWait();
        });
        task.setOnCancelled(e -> {
            progress.close();
            shell.status(I18n.t("presentation.pdf.cancelled"));
        });
        progress.show();
        Tasks.run(task);
    }

    /** The "Giao diện / Display" menu: presentation mode, slide setup, UI scale and theme. */
    public static Menu viewMenu(ShellContext shell) {
        UserPreferences prefs = shell.app().preferences();
        Menu menu = new Menu(I18n.t("presentation.menu.view"));
        menu.setId("menu-view");
        MenuItem present = new MenuItem(I18n.t("presentation.menu.present"));
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> start(shell));
        MenuItem setup = new MenuItem(I18n.t("presentation.menu.setup"));
        setup.setOnAction(e -> setup(shell));
        menu.getItems().addAll(present, setup, new SeparatorMenuItem());
        Menu scale = new Menu(I18n.t("presentation.menu.scale"));
        ToggleGroup scales = new ToggleGroup();
        for (int s : Display.SCALES) {
            RadioMenuItem item = new RadioMenuItem(s + " %");
            item.setId("scale-" + s);
            item.setToggleGroup(scales);
            item.setSelected(Display.scale(prefs) == s);
            item.setOnAction(e -> {
                prefs.set(UserPreferences.UI_SCALE, Integer.toString(s));
                applyDisplay(shell);
                shell.status(I18n.t("presentation.displaySaved", s + " %"));
            });
            scale.getItems().add(item);
        }
        Menu theme = new Menu(I18n.t("presentation.menu.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (String t : List.of(Display.LIGHT, Display.DARK)) {
            RadioMenuItem item = new RadioMenuItem(I18n.t("presentation.theme." + t));
            item.setId("theme-" + t);
            item.setToggleGroup(themes);
            item.setSelected(Display.theme(prefs).equals(t));
            item.setOnAction(e -> {
                prefs.set(UserPreferences.THEME, t);
                applyDisplay(shell);
                shell.status(I18n.t("presentation.displaySaved", I18n.t("presentation.theme." + t)));
            });
            theme.getItems().add(item);
        }
        menu.getItems().addAll(scale, theme);
        return menu;
    }

    private static void applyDisplay(ShellContext shell) {
        Scene scene = shell.stage().getScene();
        if (scene != null) Display.apply(scene, shell.app().preferences());
    }
}
