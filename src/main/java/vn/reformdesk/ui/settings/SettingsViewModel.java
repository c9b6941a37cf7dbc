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
        SettingsRepository s = app.register().settings();
        savedLanguage = "en".equals(app.preferences().get(UserPreferences.LANGUAGE, "vi")) ? "en" : "vi";
        language.set(savedLanguage);
        dueSoonDays.set(String.valueOf(app.register().deadlineSettings().dueSoonDays()));
        cutoff.set(s.get(SettingsRepository.CUTOFF).orElse(""));
        unitName.set(s.get(SettingsRepository.UNIT_NAME).orElse(""));
        unitCode.set(s.get(SettingsRepository.UNIT_CODE).orElse(""));
        backupsKept.set(String.valueOf(vn.reformdesk.ui.backup.BackupActions.keep(s)));
        server.set(app.preferences().get(UserPreferences.SERVER, ""));
        message.set("");
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
        int k = Integer.parseInt(dueSoonDays.get().trim());
        String cut = cutoff.get() == null || cutoff.get().isBlank() ? null : HH_MM.format(parseCutoff(cutoff.get()));
        SettingsRepository s = app.register().settings();
        Transactions.inTransaction(app.database(), c -> {
            s.put(c, SettingsRepository.DUE_SOON_DAYS, String.valueOf(k));
            s.put(c, SettingsRepository.CUTOFF, cut);
            s.put(c, SettingsRepository.UNIT_NAME, blankToNull(unitName.get()));
            s.put(c, SettingsRepository.UNIT_CODE, blankToNull(unitCode.get()));
            s.put(c, vn.reformdesk.ui.backup.BackupActions.KEEP, String.valueOf(Integer.parseInt(backupsKept.get().trim())));
            return null;
        });
        dueSoonDays.set(String.valueOf(k));
        cutoff.set(cut == null ? "" : cut);
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
