package vn.reformdesk.ui.procedures;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.ui.common.I18n;

/**
 * The add / edit procedure form as text the user typed plus one error text per field. Nothing the user typed
 * is replaced on error; {@link #validate()} only fills the error texts. After the first attempt to save, errors
 * follow the typing live.
 */
public final class ProcedureFormModel {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    private final Long id;
    private final String originalCode;
    private final Set<String> takenCodes;

    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty field = new SimpleStringProperty("");
    final StringProperty section = new SimpleStringProperty("");
    final StringProperty days = new SimpleStringProperty("");
    final StringProperty fee = new SimpleStringProperty("0");
    final StringProperty cutoff = new SimpleStringProperty("");
    final ObjectProperty<AdminLevel> level = new SimpleObjectProperty<>(AdminLevel.PROVINCE);
    final ObjectProperty<DayUnit> unit = new SimpleObjectProperty<>(DayUnit.WORKING);
    final ObjectProperty<OnlineLevel> online = new SimpleObjectProperty<>(OnlineLevel.FULL);
    final ObjectProperty<SupplementRule> rule = new SimpleObjectProperty<>(SupplementRule.PAUSE);
    final BooleanProperty paperResult = new SimpleBooleanProperty(false);

    final StringProperty codeError = new SimpleStringProperty("");
    final StringProperty nameError = new SimpleStringProperty("");
    final StringProperty daysError = new SimpleStringProperty("");
    final StringProperty feeError = new SimpleStringProperty("");
    final StringProperty cutoffError = new SimpleStringProperty("");
    final StringProperty fieldError = new SimpleStringProperty("");
    final StringProperty sectionError = new SimpleStringProperty("");
    private boolean attempted;

    /** Column sizes of the procedures table: longer text is refused here, not by the database on save. */
    static final int MAX_CODE = 64;
    static final int MAX_NAME = 2000;
    static final int MAX_TEXT = 500;

    /** A form for a new procedure ({@code existing} null) or for editing one. */
    public ProcedureFormModel(Procedure existing, Set<String> takenCodes) {
        this.takenCodes = takenCodes;
        this.id = existing == null ? null : existing.id();
        this.originalCode = existing == null ? null : existing.code();
        if (existing != null) {
            code.set(existing.code());
            name.set(nz(existing.name()));
            field.set(nz(existing.field()));
            section.set(nz(existing.section()));
            days.set(String.valueOf(existing.processingDays()));
            fee.set(String.valueOf(existing.feeVnd()));
            cutoff.set(existing.cutoff() == null ? "" : existing.cutoff().toString());
            level.set(existing.level());
            unit.set(existing.dayUnit());
            online.set(existing.onlineLevel());
            rule.set(existing.supplementRule());
            paperResult.set(existing.paperResult());
        }
        for (StringProperty p : new StringProperty[] {code, name, field, section, days, fee, cutoff}) {
            p.addListener((o, a, b) -> { if (attempted) validate(); });
        }
    }

    public boolean editing() { return id != null; }

    public StringProperty codeProperty() { return code; }
    public StringProperty nameProperty() { return name; }
    public StringProperty fieldProperty() { return field; }
    public StringProperty sectionProperty() { return section; }
    public StringProperty daysProperty() { return days; }
    public StringProperty feeProperty() { return fee; }
    public StringProperty cutoffProperty() { return cutoff; }
    public ObjectProperty<AdminLevel> levelProperty() { return level; }
    public ObjectProperty<DayUnit> unitProperty() { return unit; }
    public ObjectProperty<OnlineLevel> onlineProperty() { return online; }
    public ObjectProperty<SupplementRule> ruleProperty() { return rule; }
    public BooleanProperty paperResultProperty() { return paperResult; }
    public StringProperty codeErrorProperty() { return codeError; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty daysErrorProperty() { return daysError; }
    public StringProperty feeErrorProperty() { return feeError; }
    public StringProperty cutoffErrorProperty() { return cutoffError; }
    public StringProperty fieldErrorProperty() { return fieldError; }
    public StringProperty sectionErrorProperty() { return sectionError; }

    /** Checks every field and fills the error texts; true when the form can be saved. */
    public boolean validate() {
        attempted = true;
        String c = code.get().trim();
        if (c.isEmpty()) {
            codeError.set(I18n.t("procedures.error.codeRequired"));
        } else if (!textError(c, MAX_CODE).isEmpty()) {
            codeError.set(textError(c, MAX_CODE));
        } else if (!c.equals(originalCode) && takenCodes.contains(c)) {
            codeError.set(I18n.t("procedures.error.codeTaken", c));
        } else {
            codeError.set("");
        }
        nameError.set(name.get().trim().isEmpty() ? I18n.t("procedures.error.nameRequired") : textError(name.get(), MAX_NAME));
        fieldError.set(textError(field.get(), MAX_TEXT));
        sectionError.set(textError(section.get(), MAX_TEXT));
        daysError.set(wholeNumberError(days.get(), false, "procedures.error.daysRequired"));
        feeError.set(wholeNumberError(fee.get(), true, "procedures.error.feeRequired"));
        String t = cutoff.get().trim();
        cutoffError.set(t.isEmpty() || parseTime(t).isPresent() ? "" : I18n.t("procedures.error.cutoff", shown(t)));
        return codeError.get().isEmpty() && nameError.get().isEmpty() && fieldError.get().isEmpty()
                && sectionError.get().isEmpty() && daysError.get().isEmpty()
                && feeError.get().isEmpty() && cutoffError.get().isEmpty();
    }

    /** The procedure the form describes; call after {@link #validate()} returned true. */
    public Procedure toProcedure() {
        if (!validate()) throw new IllegalStateException("form has errors");
        String t = cutoff.get().trim();
        return new Procedure(id, code.get().trim(), name.get().trim(), blankToNull(field.get()), level.get(),
                (int) parseWhole(days.get(), false), unit.get(), online.get(), parseWhole(fee.get(), true),
                paperResult.get(), blankToNull(section.get()), rule.get(), t.isEmpty() ? null : parseTime(t).get());
    }

    /** The error text for a whole number ≥ 0 typed by the user, or "" when it is one. */
    static String wholeNumberError(String text, boolean grouped, String requiredKey) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) return I18n.t(requiredKey);
        if (s.startsWith("-") && s.length() > 1 && digitsOnly(clean(s.substring(1), grouped))) {
            return I18n.t("procedures.error.negative", shown(s));
        }
        String digits = clean(s, grouped);
        if (!digitsOnly(digits)) return I18n.t("procedures.error.notWhole", shown(s));
        if (digits.length() > (grouped ? 15 : 5)) return I18n.t("procedures.error.tooLarge", shown(s));
        return "";
    }

    /**
     * The error for free text: an invisible control character (pasted NUL, escape sequences) or more than
     * {@code max} characters; "" when fine.
     */
    static String textError(String text, int max) {
        if (text == null) return "";
        String t = text.trim();
        int bad = firstControl(text, t);
        if (bad >= 0) return I18n.t("procedures.error.control", String.format("%04X", bad));
        if (t.length() > max) return I18n.t("procedures.error.tooLong", max, t.length());
        return "";
    }

    /**
     * The first control character (or stray byte-order mark) of the typed text as a code point, or -1: tabs and
     * line breaks are only tolerated at the ends ({@code trimmed} drops them), anything else (NUL, ESC) anywhere.
     */
    public static int firstControl(String typed, String trimmed) {
        for (int i = 0; i < typed.length(); i++) {
            char ch = typed.charAt(i);
            if (ch != '\t' && ch != '\n' && ch != '\r' && invisible(ch)) return ch;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (invisible(trimmed.charAt(i))) return trimmed.charAt(i);
        }
        return -1;
    }

    private static boolean invisible(char ch) {
        return Character.getType(ch) == Character.CONTROL || ch == '\uFEFF' || ch == '\uFFFE' || ch == '\uFFFF';
    }

    /** Typed text as repeated in a message: at most 40 characters, so a pasted megabyte does not fill the form. */
    public static String shown(String s) {
        return s == null || s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static long parseWhole(String text, boolean grouped) { return Long.parseLong(clean(text.trim(), grouped)); }

    private static String clean(String s, boolean grouped) {
        return grouped ? s.replace(".", "").replace(" ", "").replace("\u00a0", "") : s;
    }

    private static boolean digitsOnly(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    static Optional<LocalTime> parseTime(String s) {
        try {
            return Optional.of(LocalTime.parse(s.trim(), HH_MM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
