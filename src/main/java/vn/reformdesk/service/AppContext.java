package vn.reformdesk.service;

import java.time.LocalDate;
import java.time.ZoneId;

import vn.reformdesk.store.Database;
import vn.reformdesk.store.SettingsRepository;

/** What every screen and command needs: the open database, the register and the user's preferences. */
public final class AppContext implements AutoCloseable {
    /** A dossier's "day" is its local date in Vietnam (UTC+7). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Database database;
    private final RegisterService register;
    private final UserPreferences preferences;

    public AppContext(Database database, UserPreferences preferences) {
        this.database = database;
        this.register = new RegisterService(database);
        this.preferences = preferences;
    }

    public Database database() { return database; }

    public RegisterService register() { return register; }

    public UserPreferences preferences() { return preferences; }

    /**
     * The date statuses are computed as of: today in Vietnam, or the sample department's as-of date while
     * the sample is loaded (so its figures read as in domain.md).
     */
    public LocalDate asOf() {
        return register.settings().get(SettingsRepository.SAMPLE_AS_OF).map(LocalDate::parse)
                .orElseGet(() -> LocalDate.now(VIETNAM));
    }

    @Override
    public void close() { database.close(); }
}
