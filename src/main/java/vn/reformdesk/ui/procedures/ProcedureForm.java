package vn.reformdesk.ui.procedures;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.store.ConflictException;
import vn.reformdesk.ui.common.ConflictPanel;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The add / edit procedure dialog. Enter saves (default button), Esc cancels. Saving is refused while a field
 * has an error; the reason is shown under the field and the typed text stays.
 */
public final class ProcedureForm {
    /**
     * Saves the procedure based on the stored version the form was opened on (null: a new one); returns the saved
     * one, or throws with a message to show, a {@link ConflictException} when another desk saved it since.
     */
    public interface Saver {
        Procedure save(Procedure p, Long baseVersion);
    }

    private final ProcedureFormModel model;
    private final Dialog<Procedure> dialog = new Dialog<>();
    private final Label saveError = new Label();
    /** What another desk saved beside what was typed here, after a refused save (the dossier form's panel). */
    private final ConflictPanel conflict = new ConflictPanel("procedure");
    private Long baseVersion;

    /** The form's fields as the conflict panel compares them. */
    private static final List<ConflictPanel.Spec<Procedure>> FIELDS = List.of(
            new ConflictPanel.Spec<>("code", "procedures.col.code", Procedure::code),
            new ConflictPanel.Spec<>("name", "procedures.col.name", Procedure::name),
            new ConflictPanel.Spec<>("field", "procedures.col.field", Procedure::field),
            new ConflictPanel.Spec<>("level", "procedures.col.level", p -> I18n.t("level." + p.level().code())),
            new ConflictPanel.Spec<>("days", "procedures.col.days", p -> p.processingDays() + " "
                    + I18n.t("unit." + p.dayUnit().code())),
            new ConflictPanel.Spec<>("online", "procedures.col.online", p -> I18n.t("online." + p.onlineLevel().code())),
            new ConflictPanel.Spec<>("fee", "procedures.col.fee", p -> Fmt.count(p.feeVnd()) + " VND"
                    + (p.paperResult() ? ", " + I18n.t("procedures.form.paperResult") : "")),
            new ConflictPanel.Spec<>("section", "procedures.col.section", Procedure::section),
            new ConflictPanel.Spec<>("rule", "procedures.col.rule", p -> I18n.t("rule." + p.supplementRule().code())),
            new ConflictPanel.Spec<>("cutoff", "procedures.form.cutoff", Procedure::cutoff));

    public ProcedureForm(Window owner, Procedure existing, Set<String> takenCodes, Saver saver) {
        this(owner, existing, null, takenCodes, saver);
    }

    /** {@code baseVersion}: the stored version {@code existing} was read at (null for a new procedure). */
    public ProcedureForm(Window owner, Procedure existing, Long baseVersion, Set<String> takenCodes, Saver saver) {
        this.model = new ProcedureFormModel(existing, takenCodes);
        this.baseVersion = baseVersion;
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(existing == null ? "procedures.form.addTitle" : "procedures.form.editTitle"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType save = new ButtonType(I18n.t("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(I18n.t("common.cancel"));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("procedure-save");
        saveButton.setDefaultButton(true);
        // Scrolls only when the screen is too short for every message (150 % on a 768-pixel screen): the buttons stay
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(ProcedureForm.class.getResource("/css/app.css").toExternalForm());
        dialog.getDialogPane().getStylesheets().add(ProcedureForm.class.getResource("/css/procedures.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("procedure-form");
        dialog.getDialogPane().setPrefWidth(620);

        final Procedure[] saved = new Procedure[1];
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            saveError.setText("");
            if (!model.validate()) {
                e.consume();
                focusFirstError();
                return;
            }
            Procedure typed = model.toProcedure();
            try {
                saved[0] = saver.save(typed, this.baseVersion);
            } catch (ConflictException ex) {
                e.consume(); // the form stays open with everything typed
                showConflict(typed, ex, saveButton);
            } catch (RuntimeException ex) {
                saveError.setText(I18n.t("procedures.error.save", ex.getMessage()));
                e.consume();
            }
        });
        dialog.setResultConverter(bt -> bt == save ? saved[0] : null);
    }

    /** Another desk saved this procedure since the form was opened: both shown, the officer keeps either. */
    private void showConflict(Procedure mine, ConflictException ex, Button saveButton) {
        Procedure theirs = ex.theirs() == null ? null : (Procedure) ex.theirs().value();
        if (theirs == null || baseVersion == null) {
            saveError.setText(ex.getMessage()); // deleted meanwhile, or the new code taken: change the code or cancel
            return;
        }
        saveError.setText(I18n.t("procedures.conflict.message"));
        conflict.show(ConflictPanel.differing(FIELDS, mine, theirs), () -> {
            baseVersion = ex.theirs().version(); // what was typed here, saved over what the other desk saved
            saveError.setText("");
            saveButton.fire();
        }, () -> {
            dialog.setResult(theirs);
            dialog.close();
        });
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    public ProcedureFormModel model() { return model; }

    public Dialog<Procedure> dialog() { return dialog; }

    /** Shows the dialog (not blocking) and hands the saved procedure to {@code onSaved}. */
    public void show(Consumer<Procedure> onSaved) {
        dialog.setOnHidden(e -> {
            Procedure p = dialog.getResult();
            if (p != null) onSaved.accept(p);
        });
        dialog.show();
        Platform.runLater(() -> {
            dialog.getDialogPane().getScene().getWindow().requestFocus(); // keys go to the form at once
            codeField.requestFocus();
        });
    }

    private TextField codeField;
    private TextField nameField;
    private TextField daysField;
    private TextField feeField;
    private TextField cutoffField;

    private Node content() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        g.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);

        codeField = Forms.text("procedure-code", model.code);
        codeField.setPromptText("1.001234");
        nameField = Forms.text("procedure-name", model.name);
        TextField field = Forms.text("procedure-field", model.field);
        TextField section = Forms.text("procedure-section", model.section);
        daysField = Forms.text("procedure-days", model.days);
        daysField.setPrefColumnCount(5);
        ComboBox<DayUnit> unit = Forms.enumCombo("procedure-unit", "unit.", null, DayUnit.values());
        unit.valueProperty().bindBidirectional(model.unit);
        ComboBox<AdminLevel> level = Forms.enumCombo("procedure-level", "level.", null, AdminLevel.values());
        level.valueProperty().bindBidirectional(model.level);
        ComboBox<OnlineLevel> online = Forms.enumCombo("procedure-online", "online.", null, OnlineLevel.values());
        online.valueProperty().bindBidirectional(model.online);
        feeField = Forms.text("procedure-fee", model.fee);
        feeField.setPrefColumnCount(10);
        CheckBox paper = new CheckBox(I18n.t("procedures.form.paperResult"));
        paper.setId("procedure-paper");
        paper.selectedProperty().bindBidirectional(model.paperResult);
        ComboBox<SupplementRule> rule = Forms.enumCombo("procedure-rule", "rule.", null, SupplementRule.values());
        rule.valueProperty().bindBidirectional(model.rule);
        cutoffField = Forms.text("procedure-cutoff", model.cutoff);
        cutoffField.setPrefColumnCount(5);
        cutoffField.setPromptText("15:00");

        Forms.markOnError(codeField, model.codeError);
        Forms.markOnError(nameField, model.nameError);
        Forms.markOnError(daysField, model.daysError);
        Forms.markOnError(feeField, model.feeError);
        Forms.markOnError(cutoffField, model.cutoffError);
        Forms.markOnError(field, model.fieldError);
        Forms.markOnError(section, model.sectionError);

        int r = 0;
        r = row(g, r, "procedures.col.code", codeField, Forms.errorLabel("procedure-code-error", model.codeError));
        r = row(g, r, "procedures.col.name", nameField, Forms.errorLabel("procedure-name-error", model.nameError));
        r = row(g, r, "procedures.col.field", field, Forms.errorLabel("procedure-field-error", model.fieldError));
        r = row(g, r, "procedures.col.level", level, null);
        HBox daysBox = new HBox(8, daysField, unit);
        r = row(g, r, "procedures.col.days", daysBox, Forms.errorLabel("procedure-days-error", model.daysError));
        r = row(g, r, "procedures.col.online", online, null);
        Label vnd = new Label("VND");
        vnd.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        paper.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox feeBox = new HBox(8, feeField, vnd, paper);
        feeBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        r = row(g, r, "procedures.col.fee", feeBox, Forms.errorLabel("procedure-fee-error", model.feeError));
        r = row(g, r, "procedures.col.section", section, Forms.errorLabel("procedure-section-error", model.sectionError));
        r = row(g, r, "procedures.col.rule", rule, null);
        Label cutoffHint = new Label(I18n.t("procedures.form.cutoffHint"));
        cutoffHint.getStyleClass().add("form-hint");
        cutoffHint.setWrapText(true);
        cutoffHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        cutoffField.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox cutoffBox = new HBox(8, cutoffField, cutoffHint);
        cutoffBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        r = row(g, r, "procedures.form.cutoff", cutoffBox, Forms.errorLabel("procedure-cutoff-error", model.cutoffError));
        saveError.setId("procedure-save-error");
        saveError.getStyleClass().add("error-text");
        saveError.setWrapText(true);
        g.add(saveError, 0, r, 2, 1);
        g.add(conflict, 0, r + 1, 2, 1);
        return g;
    }

    private static int row(GridPane g, int r, String labelKey, Node field, Label error) {
        Label label = new Label(I18n.t(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.add(label, 0, r);
        if (error == null) {
            g.add(field, 1, r);
        } else {
            g.add(new VBox(2, field, error), 1, r);
        }
        return r + 1;
    }

    private void focusFirstError() {
        if (!model.codeError.get().isEmpty()) codeField.requestFocus();
        else if (!model.nameError.get().isEmpty()) nameField.requestFocus();
        else if (!model.daysError.get().isEmpty()) daysField.requestFocus();
        else if (!model.feeError.get().isEmpty()) feeField.requestFocus();
        else if (!model.cutoffError.get().isEmpty()) cutoffField.requestFocus();
    }
}
