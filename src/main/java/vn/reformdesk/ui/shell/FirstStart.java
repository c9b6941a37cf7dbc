package vn.reformdesk.ui.shell;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.common.Tasks;

/**
 * On a database without procedures: offers to load the sample department or to start empty. Loading runs in the
 * background with a progress bar; the main window refreshes when it is done. Not shown again once the officer
 * chose to start empty (a setting in the database), nor when {@code -Dreformdesk.noFirstStart=true} (tests).
 */
public final class FirstStart {
    /** Set to "true" in the database when the officer chose to start empty. */
    public static final String DECLINED = "sample.offerDeclined";
    public static final String NO_FIRST_START_PROPERTY = "reformdesk.noFirstStart";

    private FirstStart() {}

    /** The decisions behind the dialog, testable without a toolkit. */
    public static final class Model {
        private final AppContext app;

        public Model(AppContext app) { this.app = app; }

        /** No procedures, not declined before, and not switched off by the system property. */
        public boolean shouldOffer() {
            if (Boolean.getBoolean(NO_FIRST_START_PROPERTY)) return false;
            if (app.register().procedures().count() > 0) return false;
            return !"true".equals(app.register().settings().get(DECLINED).orElse(null));
        }

        /** Remembers, in this database, that the officer wants to start empty. */
        public void decline() { app.register().settings().put(DECLINED, "true"); }

        public SampleLoader.Result load(SampleLoader.Progress progress) {
            return SampleLoader.load(app.database(), progress);
        }

        public static String stageText(String stage) {
            return I18n.t("sample.stage." + stage);
        }
    }

    /** Shows the dialog when {@link Model#shouldOffer()}; called once after the main window is shown. */
    public static void offer(AppContext app, Stage owner, ShellContext shell) {
        Model model = new Model(app);
        if (!model.shouldOffer()) return;
        dialog(model, owner, shell).show();
    }

    /** Builds the dialog (not shown). Package-private for the UI test. */
    static Stage dialog(Model model, Stage owner, ShellContext shell) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.t("sample.title"));

        Label heading = new Label(I18n.t("sample.heading"));
        heading.setId("first-start-heading");
        heading.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        heading.setWrapText(true);
        Label message = new Label(I18n.t("sample.message"));
        message.setWrapText(true);
        Label hint = new Label(I18n.t("sample.hint", Fmt.date(SampleDepartment.AS_OF)));
        hint.setWrapText(true);
        hint.setStyle("-fx-opacity: 0.8;");

        Button load = new Button(I18n.t("sample.load"));
        load.setId("first-start-load");
        load.setDefaultButton(true);
        Button empty = new Button(I18n.t("sample.empty"));
        empty.setId("first-start-empty");
        load.setMinWidth(Region.USE_PREF_SIZE);
        empty.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps to two lines rather than cutting a long label (English is longer than Vietnamese here).
        FlowPane buttons = new FlowPane(8, 8, load, empty);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPrefWrapLength(520);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("first-start-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setVisible(false);
        bar.setManaged(false);
        Label progressText = new Label();
        progressText.setId("first-start-status");
        progressText.setWrapText(true);

        VBox root = new VBox(12, heading, message, hint, bar, progressText, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(600);
        stage.setScene(new Scene(root));

        empty.setOnAction(e -> {
            model.decline();
            stage.close();
        });
        load.setOnAction(e -> {
            load.setDisable(true);
            empty.setDisable(true);
            bar.setVisible(true);
            bar.setManaged(true);
            progressText.setText(I18n.t("sample.loading"));
            Task<SampleLoader.Result> task = new Task<>() {
                @Override
                protected SampleLoader.Result call() {
                    return model.load((fraction, stageName) -> {
                        updateProgress(fraction, 1.0);
                        updateMessage(Model.stageText(stageName));
                    });
                }
            };
            bar.progressProperty().bind(task.progressProperty());
            progressText.textProperty().bind(task.messageProperty());
            task.setOnSucceeded(ev -> {
                SampleLoader.Result r = task.getValue();
                stage.close();
                shell.dataChanged();
                shell.status(I18n.t("sample.loaded", Fmt.count(r.procedures()), Fmt.count(r.dossiers()),
                        Fmt.date(r.asOf())));
            });
            task.setOnFailed(ev -> {
                progressText.textProperty().unbind();
                bar.progressProperty().unbind();
                bar.setVisible(false);
                bar.setManaged(false);
                Throwable t = task.getException();
                progressText.setText(t instanceof SampleLoader.NotEmptyException ? I18n.t("sample.notEmpty")
                        : I18n.t("sample.failed", t.getMessage()));
                empty.setDisable(false);
                load.setDisable(t instanceof SampleLoader.NotEmptyException);
            });
            Tasks.run(task);
        });
        return stage;
    }
}
