package vn.reformdesk.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.reformdesk.domain.calendar.VietnamTime;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.SettingsRepository;

/** What every screen and command needs: the open database, the register and the user's preferences. */
public final class AppContext implements AutoCloseable {
    /** A dossier's "day" is its local date in Vietnam (UTC+7). */
    public static final ZoneId VIETNAM = VietnamTime.ZONE;

    private final Database database;
    private final RegisterService register;
    private final UserPreferences preferences;
    /** Figures computed (or being computed) from the register, by key and the data version (see {@link #cached}). */
    private final Map<List<Object>, Object> figures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) { return size() > 16; }
    };

    public AppContext(Database database, UserPreferences preferences) {
        this.database = database;
        this.register = new RegisterService(database);
        this.preferences = preferences;
    }

    public Database database() { return database; }

    /** Which units the screens show: every unit the login may see (the default), or the one chosen in the shell. */
    private volatile UnitScope unitScope = UnitScope.ALL;

    public UnitScope unitScope() { return unitScope; }

    /** Narrows every screen to one unit or widens it to all visible ones (the shell's unit choice). */
    public void setUnitScope(UnitScope scope) { this.unitScope = java.util.Objects.requireNonNull(scope); }

    /**
     * The unit whose own records (scores, targets, calendar) the screens read and write: the chosen unit, else the
     * home unit (on a server the officer's).
     */
    public String recordsUnit() {
        String one = unitScope.unitCodeOrNull();
        return one != null ? one : register.units().homeCode();
    }

    /**
     * The name the screens and reports give what they show: the chosen unit's, else the settings' unit name (one PC:
     * the home unit's), blank when none is set.
     */
    public java.util.Optional<String> unitName() {
        String one = unitScope.unitCodeOrNull();
        return (one != null ? register.units().find(one).map(vn.reformdesk.domain.unit.Unit::name)
                : register.settings().get(SettingsRepository.UNIT_NAME)).filter(s -> !s.isBlank());
    }

    /** The scores and targets of {@link #recordsUnit()}. */
    public ScoreRepository scores() { return new ScoreRepository(database, recordsUnit()); }

    public RegisterService register() { return register; }

    public UserPreferences preferences() { return preferences; }

    /**
     * The date statuses are computed as of: today in Vietnam, or the sample department's as-of date while
     * the sample is loaded (so its figures read as in domain.md).
     */
    public LocalDate asOf() {
        return register.settings().get(SettingsRepository.SAMPLE_AS_OF).map(LocalDate::parse)
                .orElseGet(() -> VietnamTime.today());
    }

    /**
     * Figures computed from the register (the dashboard of a period, say), kept until the next write to the
     * database by any desk: showing them again costs nothing, while any saved change, import or calendar edit
     * recomputes them. The data version is read from the database, so on a shared server another desk's save is
     * seen at the next call (the next refresh), not only this process's writes.
     * {@code key} must name everything the figures depend on besides the database (period, date, language).
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(Object key, Supplier<T> compute) {
        // The data version is read before the data: a write during the computation leaves a stale entry under
        // the old version, which no later call asks for.
        List<Object> k = List.of(key, database.dataVersion());
        java.util.concurrent.FutureTask<T> task;
        boolean mine = false;
        synchronized (figures) {
            task = (java.util.concurrent.FutureTask<T>) figures.get(k);
            if (task == null) {
                task = new java.util.concurrent.FutureTask<>(compute::get);
                figures.put(k, task);
                mine = true;
            }
        }
        // A second caller while the figures are being computed (the dashboard and the slides of the same period)
        // waits for that computation instead of reading the register again beside it.
        if (mine) task.run();
        try {
            return Futures.result(task);
        } catch (RuntimeException | Error e) {
            synchronized (figures) {
                figures.remove(k, task); // not kept: the next call tries again
            }
            throw e;
        }
    }

    @Override
    public void close() { database.close(); }
}
