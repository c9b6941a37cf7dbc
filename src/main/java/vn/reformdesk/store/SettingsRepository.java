package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named settings stored with the unit's data (they travel with its database and backups). */
public final class SettingsRepository {
    public static final String DUE_SOON_DAYS = "deadline.dueSoonDays";
    public static final String CUTOFF = "deadline.cutoff";
    public static final String UNIT_NAME = "unit.name";
    public static final String UNIT_CODE = "unit.code";
    public static final String SAMPLE_AS_OF = "sample.asOf";

    private final Database db;

    public SettingsRepository(Database db) { this.db = db; }

    public Optional<String> get(String name) {
        try (Connection c = db.connection()) {
            return get(c, name);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** A setting read in the caller's transaction. */
    public Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM app_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public int getInt(String name, int fallback) { return parseInt(get(name), fallback); }

    private static int parseInt(Optional<String> value, int fallback) {
        return value.map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    /** The deadline settings (due-soon days, the cut-off hour), the defaults where unset or unreadable. */
    public vn.reformdesk.domain.deadline.DeadlineSettings deadlineSettings() {
        try (Connection c = db.connection()) {
            return deadlineSettings(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** As {@link #deadlineSettings()}, read in the caller's transaction (a write applying its change to figures). */
    public vn.reformdesk.domain.deadline.DeadlineSettings deadlineSettings(Connection c) throws SQLException {
        var defaults = vn.reformdesk.domain.deadline.DeadlineSettings.DEFAULT;
        int k = parseInt(get(c, DUE_SOON_DAYS), defaults.dueSoonDays());
        java.time.LocalTime cutoff = get(c, CUTOFF).filter(s -> !s.isBlank()).map(s -> {
            try {
                return java.time.LocalTime.parse(s.trim());
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
        return new vn.reformdesk.domain.deadline.DeadlineSettings(Math.max(0, k), cutoff);
    }

    public void put(String name, String value) {
        Transactions.inTransaction(db, c -> {
            put(c, name, value);
            return null;
        });
    }

    /** Sets (null: removes) a setting, as an upsert: two desks saving one setting at once both succeed. */
    public void put(Connection c, String name, String value) throws SQLException {
        if (value == null) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM app_setting WHERE name = ?")) {
                del.setString(1, name);
                del.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement(Engine.upsert(c, "app_setting", java.util.List.of("name"),
                    java.util.List.of("setting_value"), true))) {
                ps.setString(1, name);
                ps.setString(2, value);
                Engine.upsertRow(c, ps);
            }
        }
        written(c, name, value);
    }

    /**
     * Sets {@code name} to {@code value} (null: removes it) only if it still holds {@code expected} (null: not set):
     * another desk may have saved it since the form was read. False, and nothing written, if it no longer does. The
     * condition is part of the UPDATE or DELETE, checked on the locked row, so two desks cannot both pass it; two
     * desks adding the same new setting at once make the later one fail on the key instead of overwriting.
     */
    public boolean replace(Connection c, String name, String expected, String value) throws SQLException {
        int changed;
        if (expected == null) {
            if (value == null) return get(c, name).isEmpty();
            changed = update(c, "INSERT INTO app_setting (name, setting_value) SELECT ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM app_setting WHERE name = ?)", name, value, name);
        } else if (value == null) {
            changed = update(c, "DELETE FROM app_setting WHERE name = ? AND setting_value = ?", name, expected);
        } else {
            changed = update(c, "UPDATE app_setting SET setting_value = ?, row_version = row_version + 1"
                    + " WHERE name = ? AND setting_value = ?", value, name, expected);
        }
        if (changed != 1) return false;
        written(c, name, value);
        return true;
    }

    private static int update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
            return ps.executeUpdate();
        }
    }

    /** What follows a setting's change in the same transaction. */
    private void written(Connection c, String name, String value) throws SQLException {
        StoredFigures.invalidate(c); // a deadline setting changes every due date: the figures are counted again
        // the settings' unit code and name are the home unit's (V10): the home unit follows them
        // (on one PC; on a server the units are the administrator's, and the home unit is the officer's)
        if (db != null && !db.isServer()) {
            if (name.equals(UNIT_CODE)) new UnitRepository(db).setHome(c, value, null);
            if (name.equals(UNIT_NAME)) new UnitRepository(db).setHome(c, null, value);
        }
    }
}
