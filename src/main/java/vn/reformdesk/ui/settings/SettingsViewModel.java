package vn.reformdesk.ui.settings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.ui.common.I18n;

/**
 * The settings form: language (a per-user preference, applied at once), the due-soon window K, the optional
 * global cut-off hour, the unit's name and code (stored with the unit's data), and the data folder (read-only).
 * Fields validate as they are typed; nothing typed is thrown away by a failed save.
 */
public final class SettingsViewModel {
    public static final int MAX_DUE_SOON_DAYS = 30;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter H_MM = DateTimeFormatter.ofPattern("H:mm");

    private final AppContext app;
    private final Runnable onChanged;
    private final StringProperty language = new SimpleStringProperty("vi");
    private final StringProperty dueSoonDays = new SimpleStringProperty("");
    private final StringProperty backupsKept = new SimpleStringProperty("");
    private final StringProperty backupsError = new SimpleStringProperty("");
    private final StringProperty cutoff = new SimpleStringProperty("");
    private final StringProperty unitName = new SimpleStringProperty("");
    private final StringProperty unitCode = new SimpleStringProperty("");
    /** Where the register lives: empty = this PC, else a server address (used from the next start). */
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty serverError = new SimpleStringProperty("");
    private final StringProperty dueSoonError = new SimpleStringProperty("");
    private final StringProperty cutoffError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding valid;
    private String savedLanguage = "vi";
    /** The stored settings this form edits. */
    private static final java.util.List<String> STORED = java.util.List.of(SettingsRepository.DUE_SOON_DAYS,
            SettingsRepository.CUTOFF, SettingsRepository.UNIT_NAME, SettingsRepository.UNIT_CODE,
            vn.reformdesk.ui.backup.BackupActions.KEEP);
    /** Each stored setting as the form read it (null: not set): a save writes only over these values. */
    private final java.util.Map<String, String> read = new java.util.HashMap<>();
    /** The same, as the form showed them: a field still showing its value was left alone by the officer. */
    private java.util.Map<String, String> shown = java.util.Map.of();

    public SettingsViewModel(AppContext app, Runnable onChanged) {
        this.app = app;
        this.onChanged = onChanged;
        dueSoonDays.addListener((o, a, b) -> dueSoonError.set(dueSoonError(b)));
        cutoff.addListener((o, a, b) -> cutoffError.set(cutoffError(b)));
        backupsKept.addListener((o, a, b) -> backupsError.set(backupsError(b)));
        server.addListener((o, a, b) -> serverError.set(serverError(b)));
        valid = Bindings.createBooleanBinding(() -> dueSoonError.get().isEmpty() && cutoffError.get().isEmpty()
                && backupsError.get().isEmpty() && serverError.get().isEmpty(), dueSoonError, cutoffError, backupsError,
                serverError);
    }

    /** Reads the stored values into the form. */
    public void load() {
        savedLanguage = "en".equals(app.preferences().get(UserPreferences.LANGUAGE, "vi")) ? "en" : "vi";
        language.set(savedLanguage);
        readStored();
        server.set(app.preferences().get(UserPreferences.SERVER, ""));
        message.set("");
    }

    /** Reads the stored settings into the form, and remembers them as read and as shown. */
    private void readStored() {
        SettingsRepository s = app.register().settings();
        for (String name : STORED) read.put(name, s.get(name).orElse(null));
        dueSoonDays.set(String.valueOf(app.register().deadlineSettings().dueSoonDays()));
        cutoff.set(s.get(SettingsRepository.CUTOFF).orElse(""));
        unitName.set(s.get(SettingsRepository.UNIT_NAME).orElse(""));
        unitCode.set(s.get(SettingsRepository.UNIT_CODE).orElse(""));
        backupsKept.set(String.valueOf(vn.reformdesk.ui.backup.BackupActions.keep(s)));
        shown = typed();
    }

    /** The stored settings' values as typed now, written the way they are stored (null: not set). */
    private java.util.Map<String, String> typed() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        String k = dueSoonDays.get() == null ? "" : dueSoonDays.get().trim();
        m.put(SettingsRepository.DUE_SOON_DAYS, dueSoonError(k).isEmpty() ? String.valueOf(Integer.parseInt(k)) : k);
        LocalTime cut = cutoff.get() == null || cutoff.get().isBlank() ? null : parseCutoff(cutoff.get());
        m.put(SettingsRepository.CUTOFF, cut != null ? HH_MM.format(cut) : blankToNull(cutoff.get()));
        m.put(SettingsRepository.UNIT_NAME, blankToNull(unitName.get()));
        m.put(SettingsRepository.UNIT_CODE, blankToNull(unitCode.get()));
        String keep = backupsKept.get() == null ? "" : backupsKept.get().trim();
        m.put(vn.reformdesk.ui.backup.BackupActions.KEEP, backupsError(keep).isEmpty() ? String.valueOf(Integer.parseInt(keep)) : keep);
        return m;
    }

    /** The reason {@code text} is not a valid K, or "" when it is (an integer 0–30). */
    public static String dueSoonError(String text) {
        String t = text == null ? "" : text.trim();
        try {
            int k = Integer.parseInt(t);
            if (k >= 0 && k <= MAX_DUE_SOON_DAYS) return "";
        } catch (NumberFormatException e) {
            // falls through
        }
        return I18n.t("settings.dueSoon.invalid", 0, MAX_DUE_SOON_DAYS);
    }

    /** The reason {@code text} is not a valid number of automatic backups to keep (1–100), or "". */
    public static String backupsError(String text) {
        String t = text == null ? "" : text.trim();
        try {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= 100) return "";
        } catch (NumberFormatException e) {
            // falls through
        }
        return I18n.t("settings.backups.invalid", 1, 100);
    }

    /** The reason {@code text} is not a server address (empty = this PC), or "". */
    public static String serverError(String text) {
        if (text == null || text.isBlank()) return "";
        try {
            vn.reformdesk.store.ServerAddress.parse(text, System.getProperty("user.name"));
            return "";
        } catch (IllegalArgumentException e) {
            return I18n.t("settings.server.invalid", e.getMessage());
        }
    }

    /** The reason {@code text} is not a valid cut-off hour, or "" when it is (HH:mm, or empty = off). */
    public static String cutoffError(String text) {
        return text == null || text.isBlank() || parseCutoff(text) != null ? "" : I18n.t("settings.cutoff.invalid");
    }

    static LocalTime parseCutoff(String text) {
        try {
            return LocalTime.parse(text.trim(), H_MM);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Saves the form if it is valid; returns false (keeping what was typed) if not. */
    public boolean save() {
        dueSoonError.set(dueSoonError(dueSoonDays.get()));
        cutoffError.set(cutoffError(cutoff.get()));
        backupsError.set(backupsError(backupsKept.get()));
        if (!valid.get()) {
            message.set(I18n.t("settings.fixErrors"));
            return false;
        }
        if (!saveStored()) return false;
        String where = server.get() == null ? "" : server.get().trim();
        boolean serverChanged = !where.equals(app.preferences().get(UserPreferences.SERVER, ""));
        if (serverChanged) app.preferences().set(UserPreferences.SERVER, where);
        boolean languageChanged = !language.get().equals(savedLanguage);
        if (languageChanged) {
            app.preferences().set(UserPreferences.LANGUAGE, language.get());
            savedLanguage = language.get();
            I18n.setLocale(new java.util.Locale(language.get())); // at once: the screens are built again in it
        }
        message.set(I18n.t("settings.saved"));
        onChanged.run();
        if (languageChanged) onLanguageChanged.run();
        return true;
    }

    /**
     * Writes the stored settings the officer changed, each only over the value the form read: another desk may have
     * saved the settings since (on a shared server). A field both changed is not overwritten: nothing is written, the
     * form keeps what was typed and says which fields another desk changed to what; saving again then writes the
     * officer's values over them, knowingly. Fields the officer left alone are not written at all.
     */
    private boolean saveStored() {
        java.util.Map<String, String> wanted = typed();
        java.util.List<String> changed = STORED.stream()
                .filter(n -> !java.util.Objects.equals(wanted.get(n), shown.get(n))).toList();
        if (changed.isEmpty()) {
            readStored(); // nothing to write (no figures counted again); what other desks saved is shown
            return true;
        }
        SettingsRepository s = app.register().settings();
        java.util.Map<String, String> theirs = new java.util.LinkedHashMap<>();
        try {
            Transactions.inTransaction(app.database(), c -> {
                for (String name : changed) {
                    String now = s.get(c, name).orElse(null);
                    if (java.util.Objects.equals(now, wanted.get(name))) continue; // the other desk saved the same
                    if (!java.util.Objects.equals(now, read.get(name)) || !s.replace(c, name, now, wanted.get(name))) {
                        theirs.put(name, s.get(c, name).orElse(null));
                    }
                }
                if (!theirs.isEmpty()) throw new Refused(); // rolls back whatever this save wrote
                return null;
            });
        } catch (Refused e) {
            read.putAll(theirs); // seen now: saving again writes over them
            java.util.List<String> fields = new java.util.ArrayList<>();
            theirs.forEach((name, value) -> fields.add(I18n.t("settings.conflict.field", I18n.t(LABELS.get(name)),
                    value == null ? I18n.t("settings.conflict.empty") : value)));
            message.set(I18n.t("settings.conflict", String.join("; ", fields)));
            return false;
        } catch (vn.reformdesk.store.DatabaseException e) {
            // two desks adding the same new setting at the same moment: the later one fails on its key
            if (!(e.getCause() instanceof java.sql.SQLException sql) || !"23505".equals(sql.getSQLState())) throw e;
            message.set(I18n.t("settings.conflict.sameMoment"));
            return false;
        }
        readStored();
        return true;
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            SettingsRepository.DUE_SOON_DAYS, "settings.dueSoon", SettingsRepository.CUTOFF, "settings.cutoff",
            SettingsRepository.UNIT_NAME, "settings.unitName", SettingsRepository.UNIT_CODE, "settings.unitCode",
            vn.reformdesk.ui.backup.BackupActions.KEEP, "settings.backups");

    /** A save refused because another desk changed a field the officer changed too. */
    private static final class Refused extends RuntimeException {
        Refused() { super(null, null, false, false); }
    }

    private Runnable onLanguageChanged = () -> { };

    /** Called after a save that changed the language (the window rebuilds its screens in the new one). */
    public void onLanguageChanged(Runnable action) { onLanguageChanged = action; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    public StringProperty languageProperty() { return language; }

    public StringProperty backupsKeptProperty() { return backupsKept; }

    public ReadOnlyStringProperty backupsErrorProperty() { return backupsError; }

    public StringProperty dueSoonDaysProperty() { return dueSoonDays; }

    public StringProperty cutoffProperty() { return cutoff; }

    public StringProperty unitNameProperty() { return unitName; }

    public StringProperty unitCodeProperty() { return unitCode; }

    public ReadOnlyStringProperty dueSoonErrorProperty() { return dueSoonError; }

    public ReadOnlyStringProperty cutoffErrorProperty() { return cutoffError; }

    public ReadOnlyStringProperty messageProperty() { return message; }

    public StringProperty serverProperty() { return server; }

    public ReadOnlyStringProperty serverErrorProperty() { return serverError; }
    void showMessage(String text) { message.set(text); }

    public BooleanBinding validProperty() { return valid; }

    /** The folder holding the unit's database (shown read-only). */
    public String dataFolder() {
        var db = app.database();
        return db.isServer() ? db.engine().where() : db.folder().toAbsolutePath().toString();
    }

    /** The default K, shown next to the field. */
    public static int defaultDueSoonDays() { return DeadlineSettings.DEFAULT.dueSoonDays(); }
}
