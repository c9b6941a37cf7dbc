package vn.reformdesk.ui.dossiers;

import java.util.List;
import java.util.function.Consumer;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import impl.org.controlsfx.skin.AutoCompletePopup;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.store.ConflictException;
import vn.reformdesk.ui.common.ConflictPanel;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.procedures.Forms;

/**
 * Register or edit a dossier. Keyboard first: the procedure field has the focus (type its code or part of its
 * name), the code is proposed, Tab moves on, Enter saves, Esc cancels. The panel on the right shows the due date,
 * status, effective received day and the calendar days applied, recomputed as events are typed.
 */
public final class DossierForm {
    /**
     * Saves the dossier based on the stored version the form was opened on (null: a new dossier); throws with a
     * message to show when it cannot, a {@link ConflictException} when another desk saved it since.
     */
    public interface Saver {
        Dossier save(Dossier d, Long baseVersion);
    }

    private final DossierFormModel m;
    private final Dialog<Dossier> dialog = new Dialog<>();
    private final Label saveError = new Label();
    /** What another desk saved, beside what was typed here, after a refused save (hidden until then). */
    private final ConflictPanel conflictBox = new ConflictPanel("dossier");
    private final javafx.scene.control.ScrollPane form = new javafx.scene.control.ScrollPane();
    private final Saver saver;
    private Long baseVersion;
    private TextField procedureField;

    public DossierForm(Window owner, DossierFormModel model, Saver saver) { this(owner, model, null, saver); }

    /** {@code baseVersion}: the stored version the dossier being edited was read at (null for a new one). */
    public DossierForm(Window owner, DossierFormModel model, Long baseVersion, Saver saver) {
        this.m = model;
        this.saver = saver;
        this.baseVersion = baseVersion;
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t(model.editing() ? "dossiers.form.editTitle" : "dossiers.form.addTitle",
                model.code.get()));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType save = new ButtonType(I18n.t("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("dossier-save");
        saveButton.setText(I18n.t("dossiers.form.save"));
        saveButton.setDefaultButton(true);
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("dossier-cancel");
        cancel.setText(I18n.t("dossiers.form.cancel"));
        // the form scrolls when it is taller than the screen (1366x768 with the conflict panel open, or at 150 %):
        // the dialog's buttons and the panel's own stay in reach instead of falling below the screen's edge
        form.setContent(content());
        form.setFitToWidth(true);
        form.getStyleClass().add("edge-to-edge");
        form.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getStylesheets().add(DossierForm.class.getResource("/css/app.css").toExternalForm());
        dialog.getDialogPane().getStylesheets().add(DossierForm.class.getResource("/css/dossiers.css").toExternalForm());
        dialog.getDialogPane().getStyleClass().add("dossier-form");

        final Dossier[] saved = new Dossier[1];
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            saveError.setText("");
            Dossier d = m.toDossier();
            if (d == null) {
                e.consume();
                saveError.setText(I18n.t("dossiers.form.fixErrors"));
                return;
            }
            try {
                saved[0] = saver.save(d, this.baseVersion);
            } catch (ConflictException ex) {
                e.consume(); // the form stays open with everything typed
                showConflict(d, ex);
            } catch (RuntimeException ex) {
                saveError.setText(I18n.t("dossiers.error.save", ex.getMessage()));
                e.consume();
            }
        });
        dialog.setResultConverter(bt -> bt == save ? saved[0] : null);
    }

    /**
     * Another desk saved this dossier (or its code) since the form was opened: its values are shown beside what was
     * typed, field by field, and the officer keeps either. Nothing typed is thrown away: the form stays as typed.
     */
    private void showConflict(Dossier mine, ConflictException ex) {
        saveError.setText(I18n.t("dossiers.conflict.message"));
        conflictBox.hide();
        Dossier theirs = ex.theirs() == null ? null : (Dossier) ex.theirs().value();
        if (theirs == null || !m.editing()) {
            saveError.setText(ex.getMessage()); // deleted meanwhile, or the new code taken: change the code or cancel
            return;
        }
        conflictBox.show(ConflictFields.differing(mine, theirs), () -> {
            baseVersion = ex.theirs().version(); // what was typed here, saved over what the other desk saved
            ((Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0))).fire();
        }, () -> {
            dialog.setResult(theirs);
            dialog.close();
        });
        javafx.stage.Window window = dialog.getDialogPane().getScene().getWindow();
        window.sizeToScene();
        vn.reformdesk.ui.common.DialogGrowth.keepOnScreen(window);
        Platform.runLater(() -> form.setVvalue(form.getVmax())); // the panel is at the bottom: bring it into sight
    }

    public DossierFormModel model() { return m; }

    public Dialog<Dossier> dialog() { return dialog; }

    /** Shows the dialog (not blocking) and hands the saved dossier to {@code onSaved}. */
    public void show(Consumer<Dossier> onSaved) {
        dialog.setOnHidden(e -> {
            Dossier d = dialog.getResult();
            if (d != null) onSaved.accept(d);
        });
        dialog.show();
        Platform.runLater(() -> {
            dialog.getDialogPane().getScene().getWindow().requestFocus(); // keys go to the form at once
            procedureField.requestFocus();
        });
    }

    private Node content() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(470);
        g.getColumnConstraints().addAll(labels, fields);

        procedureField = Forms.text("dossier-procedure", m.procedureText);
        procedureField.setPromptText(I18n.t("dossiers.form.procedurePrompt"));
        completeProcedure(procedureField);
        Label info = new Label();
        info.getStyleClass().add("form-hint");
        info.textProperty().bind(m.procedureInfo);
        info.managedProperty().bind(m.procedureInfo.isNotEmpty());
        TextField code = Forms.text("dossier-code", m.code);
        code.setEditable(!m.editing());
        if (m.editing()) code.getStyleClass().add("read-only");
        TextField applicant = Forms.text("dossier-applicant", m.applicant);
        Label noApplicant = new Label();
        noApplicant.setId("dossier-applicant-warning");
        noApplicant.getStyleClass().add("warning-text");
        noApplicant.setWrapText(true);
        noApplicant.setMaxWidth(480);
        noApplicant.textProperty().bind(m.applicantWarning);
        noApplicant.managedProperty().bind(m.applicantWarning.isNotEmpty());
        noApplicant.visibleProperty().bind(m.applicantWarning.isNotEmpty());
        ComboBox<Channel> channel = Forms.enumCombo("dossier-channel", "channel.", null, Channel.values());
        channel.valueProperty().bindBidirectional(m.channel);
        TextField receivedDate = dateField("dossier-received-date", m.receivedDate);
        TextField receivedTime = Forms.text("dossier-received-time", m.receivedTime);
        receivedTime.setPrefColumnCount(5);
        receivedTime.setPromptText("HH:mm");

        int r = 0;
        r = row(g, r, "dossiers.form.procedure", new VBox(2, procedureField, info,
                err("dossier-procedure-error", m.procedureError, procedureField)));
        r = row(g, r, "dossiers.col.code", new VBox(2, code, err("dossier-code-error", m.codeError, code)));
        r = row(g, r, "dossiers.col.applicant", new VBox(2, applicant, err("dossier-applicant-error", m.applicantError, applicant),
                noApplicant));
        r = row(g, r, "dossiers.col.channel", channel);
        r = row(g, r, "dossiers.form.received", new VBox(2, line(receivedDate, receivedTime),
                err("dossier-received-error", m.receivedError, receivedDate)));

        // supplementation cycles
        TableView<SupplementCycle> cycles = new TableView<>(m.cycles);
        cycles.setId("dossier-cycles");
        cycles.setFocusTraversable(false);
        cycles.setPrefHeight(92);
        cycles.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SupplementCycle, String> no = new TableColumn<>("#");
        no.setPrefWidth(36);
        no.setSortable(false);
        no.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.valueOf(m.cycles.indexOf(c.getValue()) + 1)));
        TableColumn<SupplementCycle, String> req = new TableColumn<>(I18n.t("dossiers.form.requestedOn"));
        req.setPrefWidth(160);
        req.setSortable(false);
        req.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Fmt.date(c.getValue().requestedOn())));
        TableColumn<SupplementCycle, String> got = new TableColumn<>(I18n.t("dossiers.form.supplementOn"));
        got.setSortable(false);
        got.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().open()
                ? I18n.t("dossiers.form.waiting") : Fmt.date(c.getValue().receivedOn())));
        cycles.getColumns().setAll(java.util.List.of(no, req, got));
        Label noCycles = new Label(I18n.t("dossiers.form.noCycles"));
        noCycles.getStyleClass().add("form-hint");
        cycles.setPlaceholder(noCycles);

        TextField requestDate = dateField("dossier-request-date", m.requestDate);
        Button addRequest = new Button(I18n.t("dossiers.form.addRequest"));
        addRequest.setMinWidth(Region.USE_PREF_SIZE);
        addRequest.setId("dossier-add-request");
        addRequest.setOnAction(e -> m.addRequest());
        requestDate.setOnAction(e -> {
            m.addRequest();
            e.consume();
        });
        TextField supplementDate = dateField("dossier-supplement-date", m.supplementDate);
        Button addReceipt = new Button(I18n.t("dossiers.form.addReceipt"));
        addReceipt.setMinWidth(Region.USE_PREF_SIZE);
        addReceipt.setId("dossier-add-receipt");
        addReceipt.setOnAction(e -> m.addReceipt());
        supplementDate.setOnAction(e -> {
            m.addReceipt();
            e.consume();
        });
        Button removeCycle = new Button(I18n.t("dossiers.form.removeCycle"));
        removeCycle.setMinWidth(Region.USE_PREF_SIZE);
        removeCycle.setId("dossier-remove-cycle");
        removeCycle.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(m.cycles));
        removeCycle.setOnAction(e -> m.removeLastCycle());
        VBox cycleBox = new VBox(4, cycles, line(requestDate, addRequest, supplementDate, addReceipt, removeCycle),
                err("dossier-request-error", m.requestError, requestDate),
                err("dossier-supplement-error", m.supplementError, supplementDate),
                err("dossier-cycles-error", m.cyclesError, cycles));
        r = row(g, r, "dossiers.form.supplements", cycleBox);

        TextField resolved = dateField("dossier-resolved", m.resolvedOn);
        ComboBox<Outcome> outcome = Forms.enumCombo("dossier-outcome", "outcome.", I18n.t("dossiers.form.noOutcome"),
                Outcome.values());
        outcome.valueProperty().bindBidirectional(m.outcome);
        r = row(g, r, "dossiers.form.resolvedOn", new VBox(2, line(resolved, new Label(I18n.t("dossiers.form.outcome")), outcome),
                err("dossier-resolved-error", m.resolvedError, resolved),
                err("dossier-outcome-error", m.outcomeError, outcome)));

        TextField apology = dateField("dossier-apology", m.apologyOn);
        TextField appointment = dateField("dossier-appointment", m.newAppointment);
        appointment.editableProperty().bind(m.appointmentLocked.not());
        Label lockedHint = new Label(I18n.t("dossiers.form.appointmentLocked"));
        lockedHint.getStyleClass().add("form-hint");
        lockedHint.visibleProperty().bind(m.appointmentLocked);
        lockedHint.managedProperty().bind(m.appointmentLocked);
        if (m.appointmentLocked.get()) appointment.getStyleClass().add("read-only");
        r = row(g, r, "dossiers.form.apologyOn", new VBox(2,
                line(apology, new Label(I18n.t("dossiers.form.newAppointment")), appointment, lockedHint),
                err("dossier-apology-error", m.apologyError, apology),
                err("dossier-appointment-error", m.appointmentError, appointment)));

        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(4);
        ComboBox<Rating> rating = Forms.enumCombo("dossier-rating", "rating.", I18n.t("dossiers.form.noRating"), Rating.values());
        rating.valueProperty().bindBidirectional(m.rating);
        rating.setPrefWidth(150);
        rating.setMinWidth(Region.USE_PREF_SIZE);
        fact(facts, 0, 0, "dossiers.form.rating", rating);
        fact(facts, 0, 1, "dossiers.form.complaint", tri("dossier-complaint", m.complaint));
        fact(facts, 1, 0, "dossiers.form.paidOnline", tri("dossier-paid", m.paidOnline));
        fact(facts, 1, 1, "dossiers.form.inputsDigitised", tri("dossier-inputs", m.inputsDigitised));
        fact(facts, 2, 0, "dossiers.form.electronicResult", tri("dossier-eresult", m.electronicResult));
        fact(facts, 2, 1, "dossiers.form.resultDigitised", tri("dossier-result-digitised", m.resultDigitised));
        fact(facts, 3, 0, "dossiers.form.reusedData", tri("dossier-reused", m.reusedData));
        r = row(g, r, "dossiers.form.facts", facts);

        saveError.setId("dossier-save-error");
        saveError.getStyleClass().add("error-text");
        saveError.managedProperty().bind(saveError.textProperty().isNotEmpty());
        g.add(saveError, 0, r++, 2, 1);
        g.add(conflictBox, 0, r, 2, 1);

        HBox all = new HBox(16, g, preview());
        all.setPadding(new Insets(4));
        return all;
    }

    /**
     * The procedure field proposes procedures as the officer types. Accepting a proposal with Tab also moves on to
     * the next field, as Tab does everywhere else (the proposal list took the key and the focus stayed). A proposal
     * that arrives once the field is left, or for a text that already names a procedure, is not shown: it took the
     * next Enter, which chose the procedure again instead of saving.
     */
    private void completeProcedure(TextField field) {
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(field, req ->
                m.chosen(req.getUserText()) ? List.<String>of() : DossiersViewModel.matching(m.candidatesSource(),
                        req.getUserText()).stream().limit(12).map(DossierFormModel::display).toList());
        AutoCompletePopup<String> popup = completion.getAutoCompletionPopup();
        popup.setOnShown(e -> Platform.runLater(() -> {
            if (!hasTheKeyboard(field)) popup.hide(); // not while it is being shown: JavaFX fails half-way
        }));
        // the list has the keys while it shows; its Tab chooses the proposal, then the field passes Tab on
        popup.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB) return;
            // ControlsFX highlights the first proposal only once the list exists: a Tab on the first list shown in
            // the form could come before it, and then took nothing (the procedure stayed half typed)
            if (popup.getSkin() != null && popup.getSkin().getNode() instanceof javafx.scene.control.ListView<?> list
                    && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            KeyEvent tab = e.copyFor(field, field);
            Platform.runLater(() -> {
                if (hasTheKeyboard(field) && !popup.isShowing()) field.fireEvent(tab);
            });
        });
    }

    /**
     * Whether the field is where the form's keys go: the officer has not left it. Not {@code isFocused()}, which is
     * also false whenever its window is not the focused one, so that a list shown at such a moment was hidden as if
     * the field had been left, and the next Tab moved on without the proposal (the likely cause of one failed run of
     * the Tab test in 13 runs of the suite).
     */
    private static boolean hasTheKeyboard(TextField field) {
        return field.getScene() != null && field.getScene().getFocusOwner() == field;
    }

    private Node preview() {
        Label title = new Label(I18n.t("dossiers.form.preview"));
        title.getStyleClass().add("preview-title");
        Label asOf = new Label();
        asOf.setId("dossier-preview-asof");
        asOf.textProperty().bind(m.asOfTextProperty());
        asOf.getStyleClass().add("form-hint");
        Label dueCaption = new Label(I18n.t("dossiers.col.due"));
        Label due = new Label();
        due.setId("dossier-preview-due");
        due.getStyleClass().add("preview-due");
        due.textProperty().bind(m.dueText);
        Label status = new Label();
        status.setId("dossier-preview-status");
        status.getStyleClass().add("preview-status");
        status.textProperty().bind(m.statusText);
        m.status.addListener((o, a, b) -> styleStatus(status, b));
        styleStatus(status, m.status.get());
        Label effCaption = new Label(I18n.t("dossiers.form.effective"));
        Label eff = new Label();
        eff.setId("dossier-preview-effective");
        eff.getStyleClass().add("preview-value");
        eff.textProperty().bind(m.effectiveText);
        Label daysCaption = new Label(I18n.t("dossiers.form.appliedDays"));
        Label days = new Label();
        days.setId("dossier-preview-days");
        days.setWrapText(true);
        days.textProperty().bind(m.appliedDaysText);
        Label warn = new Label();
        warn.setId("dossier-preview-warning");
        warn.getStyleClass().add("warning-text");
        warn.setWrapText(true);
        warn.textProperty().bind(m.warningText);
        VBox box = new VBox(4, title, asOf, spacer(), dueCaption, due, status, spacer(), effCaption, eff, spacer(),
                daysCaption, days, spacer(), warn);
        box.getStyleClass().add("dossier-preview");
        box.setPrefWidth(270);
        // narrower at 1024 px in English, where the form beside it takes more: its captions wrap instead of being cut
        box.setMinWidth(200);
        for (Label l : List.of(title, asOf, dueCaption, status, effCaption, daysCaption)) l.setWrapText(true);
        box.setMaxWidth(300);
        return box;
    }

    private static Region spacer() {
        Region r = new Region();
        r.setMinHeight(6);
        return r;
    }

    static void styleStatus(Label label, vn.reformdesk.domain.dossier.DossierStatus s) {
        label.getStyleClass().removeIf(c -> c.startsWith("status-"));
        if (s != null) label.getStyleClass().add("status-" + s.code());
    }

    private static TextField dateField(String id, StringProperty value) {
        TextField t = Forms.text(id, value);
        t.setPromptText(I18n.t("dossiers.form.datePrompt"));
        t.setPrefColumnCount(8);
        t.setMinWidth(Region.USE_PREF_SIZE);
        return t;
    }

    private static HBox line(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Label err(String id, StringProperty error, Node field) {
        Forms.markOnError(field, error);
        Label l = Forms.errorLabel(id, error);
        l.setMaxWidth(480);
        return l;
    }

    private static int row(GridPane g, int r, String labelKey, Node field) {
        Label label = new Label(I18n.t(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(4, 0, 0, 0));
        g.add(label, 0, r);
        g.add(field, 1, r);
        return r + 1;
    }

    private static void fact(GridPane g, int row, int col, String key, Node field) {
        Label l = new Label(I18n.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        g.add(l, col * 2, row);
        g.add(field, col * 2 + 1, row);
    }

    /** Yes / no / unknown, for facts that may not be known. */
    private static ComboBox<String> tri(String id, ObjectProperty<Boolean> value) {
        String yes = I18n.t("common.yes");
        String no = I18n.t("common.no");
        String unknown = I18n.t("common.unknown");
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(unknown, yes, no);
        box.setValue(value.get() == null ? unknown : value.get() ? yes : no);
        box.valueProperty().addListener((o, a, b) -> value.set(yes.equals(b) ? Boolean.TRUE : no.equals(b) ? Boolean.FALSE : null));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        box.setPrefWidth(115);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
