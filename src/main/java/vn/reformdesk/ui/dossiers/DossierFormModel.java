package vn.reformdesk.ui.dossiers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The dossier form: the text the user typed for every field, one error text per field, and a live preview of the
 * deadline (due date, status, effective received day, calendar days applied) recomputed with the pure
 * {@link DeadlineCalculator} on every keystroke, without the database. Invalid events are left out of the preview
 * and their reason is shown next to their field; nothing typed is thrown away.
 */
public final class DossierFormModel {
    static final DateTimeFormatter TIME_IN = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
    static final String SEPARATOR = " — ";

    private final DeadlineCalculator calculator;
    private final LocalDate asOf;
    private final javafx.beans.property.StringProperty asOfText = new javafx.beans.property.SimpleStringProperty("");
    private final List<Procedure> procedures;
    private final Set<String> takenCodes;
    private final Dossier existing;
    private final String unitCode;
    /** Column sizes of the dossiers table: longer text is refused here, not by the database on save. */
    static final int MAX_CODE = 100;
    static final int MAX_APPLICANT = 1000;

    final StringProperty procedureText = new SimpleStringProperty("");
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty applicant = new SimpleStringProperty("");
    final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.DIRECT);
    final StringProperty receivedDate = new SimpleStringProperty("");
    final StringProperty receivedTime = new SimpleStringProperty("");
    final ObservableList<SupplementCycle> cycles = FXCollections.observableArrayList();
    final StringProperty requestDate = new SimpleStringProperty("");
    final StringProperty supplementDate = new SimpleStringProperty("");
    final StringProperty resolvedOn = new SimpleStringProperty("");
    final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    final StringProperty apologyOn = new SimpleStringProperty("");
    final StringProperty newAppointment = new SimpleStringProperty("");
    final BooleanProperty appointmentLocked = new SimpleBooleanProperty(false);
    final ObjectProperty<Rating> rating = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> complaint = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> paidOnline = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> inputsDigitised = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> electronicResult = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> resultDigitised = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> reusedData = new SimpleObjectProperty<>();

    final StringProperty procedureError = new SimpleStringProperty("");
    final StringProperty codeError = new SimpleStringProperty("");
    final StringProperty applicantError = new SimpleStringProperty("");
    /**
     * Saving without an applicant is allowed (imported lists have such rows) but never silent: a line under the
     * field once a procedure is named. It never stops the save.
     */
    final StringProperty applicantWarning = new SimpleStringProperty("");
    final StringProperty receivedError = new SimpleStringProperty("");
    final StringProperty requestError = new SimpleStringProperty("");
    final StringProperty supplementError = new SimpleStringProperty("");
    final StringProperty cyclesError = new SimpleStringProperty("");
    final StringProperty resolvedError = new SimpleStringProperty("");
    final StringProperty outcomeError = new SimpleStringProperty("");
    final StringProperty apologyError = new SimpleStringProperty("");
    final StringProperty appointmentError = new SimpleStringProperty("");

    final StringProperty procedureInfo = new SimpleStringProperty("");
    final StringProperty dueText = new SimpleStringProperty("");
    final StringProperty statusText = new SimpleStringProperty("");
    final ObjectProperty<DossierStatus> status = new SimpleObjectProperty<>();
    final StringProperty effectiveText = new SimpleStringProperty("");
    final StringProperty appliedDaysText = new SimpleStringProperty("");
    final StringProperty warningText = new SimpleStringProperty("");
    private final ObjectProperty<Deadline> deadline = new SimpleObjectProperty<>();

    private boolean attempted;

    /**
     * @param existing    the dossier to edit, or null for a new one
     * @param takenCodes  codes of the dossiers already registered
     * @param now         received date-time proposed for a new dossier
     */
    public DossierFormModel(DeadlineCalculator calculator, LocalDate asOf, List<Procedure> procedures, Set<String> takenCodes,
                            Dossier existing, String unitCode, LocalDateTime now) {
        this.calculator = calculator;
        this.asOf = asOf;
        asOfText.set(I18n.t("dossiers.form.asOf", Fmt.date(asOf)));
        this.procedures = List.copyOf(procedures);
        this.takenCodes = takenCodes;
        this.existing = existing;
        this.unitCode = unitCode;
        if (existing == null) {
            code.set(suggestCode(unitCode, now.toLocalDate(), takenCodes));
            receivedDate.set(Fmt.date(now.toLocalDate()));
            receivedTime.set(String.format("%02d:%02d", now.getHour(), now.getMinute()));
        } else {
            load(existing);
        }
        Observable[] inputs = {procedureText, code, applicant, channel, receivedDate, receivedTime, cycles, resolvedOn, outcome,
                apologyOn, newAppointment};
        for (Observable o : inputs) o.addListener(x -> recompute());
        recompute();
    }

    private void load(Dossier d) {
        loadProcedure(d.procedureCode());
        code.set(d.code());
        applicant.set(d.applicant() == null ? "" : d.applicant());
        channel.set(d.channel());
        receivedDate.set(Fmt.date(d.receivedOn()));
        receivedTime.set(String.format("%02d:%02d", d.receivedAt().getHour(), d.receivedAt().getMinute()));
        cycles.setAll(d.supplements());
        resolvedOn.set(Fmt.date(d.resolvedOn()));
        outcome.set(d.outcome());
        apologyOn.set(Fmt.date(d.apologyOn()));
        newAppointment.set(Fmt.date(d.newAppointmentOn()));
        appointmentLocked.set(d.newAppointmentOn() != null);
        rating.set(d.rating());
        complaint.set(d.complaint());
        paidOnline.set(d.paidOnline());
        inputsDigitised.set(d.inputsDigitised());
        electronicResult.set(d.electronicResult());
        resultDigitised.set(d.resultDigitised());
        reusedData.set(d.reusedData());
    }

    private void loadProcedure(String procedureCode) {
        procedures.stream().filter(p -> p.code().equals(procedureCode)).findFirst()
                .ifPresentOrElse(p -> procedureText.set(display(p)), () -> procedureText.set(procedureCode));
    }

    public boolean editing() { return existing != null; }

    public Dossier existing() { return existing; }

    public ObjectProperty<Deadline> deadlineProperty() { return deadline; }

    public LocalDate asOf() { return asOf; }

    /** "Status as of dd/MM/yyyy" for the preview ({@link #previewAsOf}). */
    public javafx.beans.property.ReadOnlyStringProperty asOfTextProperty() { return asOfText; }

    /** The procedures the procedure field can name. */
    public List<Procedure> candidatesSource() { return procedures; }

    /** "code — name", the text the auto-completion offers and the form shows for a chosen procedure. */
    public static String display(Procedure p) {
        return p.name() == null || p.name().isBlank() ? p.code() : p.code() + SEPARATOR + p.name();
    }

    public List<String> suggestions() {
        return procedures.stream().map(DossierFormModel::display).collect(Collectors.toList());
    }

    /** The next free portal-style code for a day: {unit}-{yymmdd}-{sequence}. */
    public static String suggestCode(String unit, LocalDate day, Set<String> taken) {
        String prefix = (unit == null || unit.isBlank() ? "HS" : unit.trim()) + "-"
                + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-";
        int max = 0;
        for (String c : taken) {
            if (c.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(c.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return prefix + String.format("%04d", max + 1);
    }

    /** The procedure the typed text names: its code, "code — name", or a name (or part of one) only one procedure has. */
    List<Procedure> candidates(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) return List.of();
        String head = t.contains(SEPARATOR) ? t.substring(0, t.indexOf(SEPARATOR)).trim() : t;
        for (Procedure p : procedures) {
            if (p.code().equalsIgnoreCase(head)) return List.of(p);
        }
        String q = DossiersViewModel.normalize(t);
        List<Procedure> exactName = new ArrayList<>();
        List<Procedure> containing = new ArrayList<>();
        for (Procedure p : procedures) {
            String name = p.name() == null ? "" : DossiersViewModel.normalize(p.name());
            if (name.equals(q)) exactName.add(p);
            if (name.contains(q) || DossiersViewModel.normalize(p.code()).contains(q)) containing.add(p);
        }
        return exactName.size() == 1 ? exactName : containing;
    }

    /** Whether {@code text} is already a proposal taken as it stands ("code — name" of one procedure): nothing to propose. */
    boolean chosen(String text) {
        if (text == null || !text.contains(SEPARATOR)) return false;
        String t = text.trim();
        return procedures.stream().anyMatch(p -> display(p).equals(t));
    }

    /** No applicant typed (only spaces counts as none). */
    public boolean noApplicant() { return applicant.get() == null || applicant.get().isBlank(); }

    public Procedure procedure() {
        List<Procedure> c = candidates(procedureText.get());
        return c.size() == 1 ? c.get(0) : null;
    }

    /** The typed date, or null when it is not one or its year is outside 1900–2199 (a typing mistake). */
    static LocalDate parseDate(String s) { return vn.reformdesk.ui.common.DatePickers.parse(s); }

    static LocalTime parseTime(String s) {
        try {
            return LocalTime.parse(s.trim(), TIME_IN);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The error for free text: an invisible control character or more than {@code max} characters; "" when fine. */
    static String textError(String text, int max) {
        if (text == null) return "";
        String t = text.trim();
        int bad = vn.reformdesk.ui.procedures.ProcedureFormModel.firstControl(text, t);
        if (bad >= 0) return I18n.t("dossiers.error.control", String.format("%04X", bad));
        if (t.length() > max) return I18n.t("dossiers.error.tooLong", max, t.length());
        return "";
    }

    private static String shown(String s) { return vn.reformdesk.ui.procedures.ProcedureFormModel.shown(s); }

    /** The typed date, null when empty; fills {@code error} when it is not a date. */
    private static LocalDate date(StringProperty text, List<String> error) {
        String s = text.get() == null ? "" : text.get().trim();
        if (s.isEmpty()) return null;
        LocalDate d = parseDate(s);
        if (d == null) error.add(I18n.t("dossiers.error.date", shown(s)));
        return d;
    }

    private LocalDateTime receivedAt() {
        LocalDate d = parseDate(receivedDate.get() == null ? "" : receivedDate.get());
        String ts = receivedTime.get() == null ? "" : receivedTime.get().trim();
        LocalTime t = ts.isEmpty() ? LocalTime.MIDNIGHT : parseTime(ts);
        return d == null || t == null ? null : LocalDateTime.of(d, t);
    }

    /** Checks every field and fills the error texts; required fields only once the user tried to save. */
    public boolean validate() {
        return validate(attempted);
    }

    private boolean validate(boolean required) {
        // procedure
        String pt = procedureText.get() == null ? "" : procedureText.get().trim();
        List<Procedure> cands = candidates(pt);
        if (pt.isEmpty()) {
            procedureError.set(required ? I18n.t("dossiers.error.procedureRequired") : "");
        } else if (cands.isEmpty()) {
            procedureError.set(I18n.t("dossiers.error.procedureUnknown", shown(pt)));
        } else if (cands.size() > 1) {
            procedureError.set(I18n.t("dossiers.error.procedureAmbiguous", cands.size(), shown(pt)));
        } else {
            procedureError.set("");
        }
        // code
        String c = code.get() == null ? "" : code.get().trim();
        if (c.isEmpty()) {
            codeError.set(required ? I18n.t("dossiers.error.codeRequired") : "");
        } else if (!textError(c, MAX_CODE).isEmpty()) {
            codeError.set(textError(c, MAX_CODE));
        } else if (existing == null && takenCodes.contains(c)) {
            codeError.set(I18n.t("dossiers.error.codeTaken", c));
        } else {
            codeError.set("");
        }
        applicantError.set(textError(applicant.get(), MAX_APPLICANT));
        applicantWarning.set(noApplicant() && !cands.isEmpty() ? I18n.t("dossiers.warn.noApplicant") : "");
        // received
        String rd = receivedDate.get() == null ? "" : receivedDate.get().trim();
        String rt = receivedTime.get() == null ? "" : receivedTime.get().trim();
        LocalDate received = null;
        if (rd.isEmpty()) {
            receivedError.set(I18n.t("dossiers.error.receivedRequired"));
        } else if ((received = parseDate(rd)) == null) {
            receivedError.set(I18n.t("dossiers.error.date", shown(rd)));
        } else if (!rt.isEmpty() && parseTime(rt) == null) {
            receivedError.set(I18n.t("dossiers.error.time", shown(rt)));
        } else {
            receivedError.set("");
        }
        // cycles against the received day (they were checked against each other when added)
        if (received != null && !cycles.isEmpty() && cycles.get(0).requestedOn().isBefore(received)) {
            cyclesError.set(I18n.t("dossiers.error.requestBeforeReceived", Fmt.date(cycles.get(0).requestedOn()),
                    Fmt.date(received)));
        } else {
            cyclesError.set("");
        }
        // resolution
        List<String> err = new ArrayList<>();
        LocalDate resolved = date(resolvedOn, err);
        if (err.isEmpty() && resolved != null && received != null && resolved.isBefore(received)) {
            err.add(I18n.t("dossiers.error.resolvedBeforeReceived", Fmt.date(resolved), Fmt.date(received)));
        }
        if (err.isEmpty() && resolved == null && outcome.get() != null) err.add(I18n.t("dossiers.error.resolvedRequired"));
        resolvedError.set(err.isEmpty() ? "" : err.get(0));
        outcomeError.set(resolved != null && outcome.get() == null ? I18n.t("dossiers.error.outcomeRequired") : "");
        // apology and new appointment
        err.clear();
        LocalDate apology = date(apologyOn, err);
        if (err.isEmpty() && apology != null && received != null && apology.isBefore(received)) {
            err.add(I18n.t("dossiers.error.apologyBeforeReceived", Fmt.date(apology), Fmt.date(received)));
        }
        apologyError.set(err.isEmpty() ? "" : err.get(0));
        err.clear();
        LocalDate appointment = date(newAppointment, err);
        if (err.isEmpty() && appointment != null && apology == null && apologyError.get().isEmpty()) {
            err.add(I18n.t("dossiers.error.appointmentNeedsApology"));
        }
        if (err.isEmpty() && appointment != null && apology != null && appointment.isBefore(apology)) {
            err.add(I18n.t("dossiers.error.appointmentBeforeApology", Fmt.date(appointment), Fmt.date(apology)));
        }
        appointmentError.set(err.isEmpty() ? "" : err.get(0));
        return procedureError.get().isEmpty() && codeError.get().isEmpty() && applicantError.get().isEmpty()
                && receivedError.get().isEmpty()
                && cyclesError.get().isEmpty()
                && resolvedError.get().isEmpty() && outcomeError.get().isEmpty() && apologyError.get().isEmpty()
                && appointmentError.get().isEmpty() && !pt.isEmpty() && !c.isEmpty();
    }

    /** Re-validates and recomputes the preview from the valid part of what is typed. */
    void recompute() {
        validate(attempted);
        Procedure p = procedure();
        procedureInfo.set(p == null ? "" : I18n.t("dossiers.form.procedureInfo",
                vn.reformdesk.ui.procedures.ProceduresViewModel.daysText(p), I18n.t("rule." + p.supplementRule().code())));
        Dossier d = p == null ? null : preview(p);
        if (d == null) {
            deadline.set(null);
            status.set(null);
            dueText.set("—");
            statusText.set("—");
            effectiveText.set("—");
            appliedDaysText.set(I18n.t("dossiers.form.previewNeeds"));
            warningText.set("");
            return;
        }
        LocalDate previewAsOf = previewAsOf(d, asOf);
        asOfText.set(I18n.t("dossiers.form.asOf", Fmt.date(previewAsOf)));
        Deadline dl = calculator.compute(d, p, previewAsOf);
        deadline.set(dl);
        status.set(dl.status());
        dueText.set(Fmt.date(dl.dueOn()));
        String days = DossiersViewModel.daysText(dl);
        statusText.set(I18n.t("status." + dl.status().code()) + (days.isEmpty() ? "" : " · " + days));
        effectiveText.set(Fmt.date(dl.effectiveReceivedOn()));
        appliedDaysText.set(appliedDays(dl.appliedDays()));
        List<String> warnings = new ArrayList<>();
        if (dl.multipleSupplements()) warnings.add(I18n.t("dossiers.form.multipleSupplements", dl.supplementCycles()));
        if (dl.apologyMissing()) warnings.add(I18n.t("dossiers.form.apologyMissing"));
        warningText.set(String.join("\n", warnings));
    }

    /**
     * The date the preview's status holds on: the resolution once resolved; else the app's date, or the latest event
     * recorded in the form when that is later (a dossier typed with dates past the sample's 2024 date), so every
     * event the officer recorded counts and none is ignored as "not yet happened".
     */
    static LocalDate previewAsOf(Dossier d, LocalDate asOf) {
        if (d.resolvedOn() != null) return d.resolvedOn();
        LocalDate latest = d.receivedOn().isAfter(asOf) ? d.receivedOn() : asOf;
        for (SupplementCycle c : d.supplements()) {
            if (c.requestedOn().isAfter(latest)) latest = c.requestedOn();
            if (c.receivedOn() != null && c.receivedOn().isAfter(latest)) latest = c.receivedOn();
        }
        return latest;
    }

    static String appliedDays(List<CalendarDay> days) {
        if (days.isEmpty()) return I18n.t("dossiers.form.noAppliedDays");
        return days.stream().map(d -> Fmt.date(d.date()) + " " + (d.name() == null ? "" : d.name() + " ")
                + "(" + I18n.t(d.kind() == DayKind.HOLIDAY ? "dossiers.form.dayOff" : "dossiers.form.dayWorked") + ")")
                .collect(Collectors.joining("\n"));
    }

    /** The dossier as typed, leaving out events that have an error; null without a valid received date. */
    private Dossier preview(Procedure p) {
        LocalDateTime at = receivedAt();
        if (at == null || !receivedError.get().isEmpty()) return null;
        List<String> ignore = new ArrayList<>();
        LocalDate resolved = resolvedError.get().isEmpty() ? date(resolvedOn, ignore) : null;
        LocalDate apology = apologyError.get().isEmpty() ? date(apologyOn, ignore) : null;
        LocalDate appointment = appointmentError.get().isEmpty() ? date(newAppointment, ignore) : null;
        List<SupplementCycle> valid = new ArrayList<>();
        for (SupplementCycle cycle : cycles) {
            if (!cycle.requestedOn().isBefore(at.toLocalDate())) valid.add(cycle);
        }
        String c = code.get() == null || code.get().isBlank() ? "?" : code.get().trim();
        return new Dossier(existing == null ? null : existing.id(), c, p.code(), blankToNull(applicant.get()),
                channel.get() == null ? Channel.DIRECT : channel.get(), at, valid, resolved, outcome.get(),
                paidOnline.get(), inputsDigitised.get(), electronicResult.get(), resultDigitised.get(), reusedData.get(),
                rating.get(), complaint.get(), apology, appointment, existing != null ? existing.unitCode() : blankToNull(unitCode));
    }

    /** The dossier to save, or null when the form has errors (the error texts then say why). */
    public Dossier toDossier() {
        attempted = true;
        if (!validate(true)) return null;
        Procedure p = procedure();
        Dossier d = preview(p);
        return d;
    }

    // ---- supplementation cycles ----

    /** Adds a supplementation request on the typed date; refused with the reason in {@code requestError}. */
    public boolean addRequest() {
        List<String> err = new ArrayList<>();
        LocalDate req = date(requestDate, err);
        if (req == null && err.isEmpty()) err.add(I18n.t("dossiers.error.requestRequired"));
        LocalDateTime at = receivedAt();
        if (err.isEmpty() && at != null && req.isBefore(at.toLocalDate())) {
            err.add(I18n.t("dossiers.error.requestBeforeReceived", Fmt.date(req), Fmt.date(at.toLocalDate())));
        }
        if (err.isEmpty() && !cycles.isEmpty()) {
            SupplementCycle last = cycles.get(cycles.size() - 1);
            if (last.open()) {
                err.add(I18n.t("dossiers.error.previousOpen", Fmt.date(last.requestedOn())));
            } else if (req.isBefore(last.receivedOn())) {
                err.add(I18n.t("dossiers.error.cycleOverlap", Fmt.date(req), Fmt.date(last.receivedOn())));
            }
        }
        LocalDate resolved = parseDate(resolvedOn.get() == null ? "" : resolvedOn.get());
        if (err.isEmpty() && resolved != null && req.isAfter(resolved)) {
            err.add(I18n.t("dossiers.error.requestAfterResolved", Fmt.date(req), Fmt.date(resolved)));
        }
        if (!err.isEmpty()) {
            requestError.set(err.get(0));
            return false;
        }
        requestError.set("");
        supplementError.set("");
        cycles.add(new SupplementCycle(req, null));
        requestDate.set("");
        return true;
    }

    /** Records the supplement of the open request on the typed date; refused with the reason in {@code supplementError}. */
    public boolean addReceipt() {
        List<String> err = new ArrayList<>();
        LocalDate got = date(supplementDate, err);
        if (got == null && err.isEmpty()) err.add(I18n.t("dossiers.error.supplementRequired"));
        SupplementCycle last = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
        if (err.isEmpty() && (last == null || !last.open())) err.add(I18n.t("dossiers.error.noOpenRequest"));
        if (err.isEmpty() && got.isBefore(last.requestedOn())) {
            err.add(I18n.t("dossiers.error.supplementBeforeRequest", Fmt.date(got), Fmt.date(last.requestedOn())));
        }
        if (!err.isEmpty()) {
            supplementError.set(err.get(0));
            return false;
        }
        supplementError.set("");
        cycles.set(cycles.size() - 1, new SupplementCycle(last.requestedOn(), got));
        supplementDate.set("");
        return true;
    }

    /** Removes the last cycle (a request typed by mistake). */
    public void removeLastCycle() {
        if (!cycles.isEmpty()) cycles.remove(cycles.size() - 1);
        requestError.set("");
        supplementError.set("");
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

}
