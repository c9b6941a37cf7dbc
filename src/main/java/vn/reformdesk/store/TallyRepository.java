package vn.reformdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.period.Period;

/**
 * Stored period tallies (V6, by unit since V12): figures computed once and reused while the app is the same build and
 * the data is at the version they are stamped with. Every write transaction raises the data version
 * ({@link Transactions}); a write of dossiers applies its change to the stored figures and stamps them with the new
 * version in the same transaction ({@link StoredFigures}), any other write leaves them behind, to be counted again.
 * So a stored tally is never older than the data.
 */
public final class TallyRepository {
    /** The app build; a tally computed by another build (another version of the rules) is not reused. */
    public static final String BUILD = build();

    static final RateTally.Count[] COUNTS = RateTally.Count.values();
    static final String COLUMNS = Arrays.stream(COUNTS).map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    /** A stored tally: of the whole period as of {@code asOf}, or of its resolved dossiers for any date from {@code asOf}. */
    public record Stored(RateTally tally, LocalDate asOf) {}

    private final Database db;

    public TallyRepository(Database db) { this.db = db; }

    /** The data version now: read it before the data that figures are computed from. */
    public long dataVersion() { return db.dataVersion(); }

    /** The key of a dossier's unit in the stored figures: its code, or '' for a dossier without one. */
    public static String unitKey(String unitCode) { return unitCode == null ? "" : unitCode; }

    /** The period's stored tally of this kind, all units together, if it is stored at {@code version} by this build. */
    public Optional<Stored> find(Period period, boolean settledOnly, long version) {
        return find(period, settledOnly, version, null);
    }

    /**
     * The period's stored tally of this kind for one unit ({@link #unitKey}; null: all units), if it is stored at
     * {@code version} by this build.
     */
    public Optional<Stored> find(Period period, boolean settledOnly, long version, String unit) {
        try (Connection c = db.connection()) {
            LocalDate asOf;
            try (PreparedStatement ps = c.prepareStatement("SELECT as_of FROM period_tallies WHERE period_code = ?"
                    + " AND settled_only = ? AND data_version = ? AND app_build = ?")) {
                ps.setString(1, period.toString());
                ps.setBoolean(2, settledOnly);
                ps.setLong(3, version);
                ps.setString(4, BUILD);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    asOf = rs.getObject(1, LocalDate.class);
                }
            }
            RateTally tally = new RateTally();
            try (PreparedStatement ps = c.prepareStatement("SELECT procedure_code, " + COLUMNS
                    + " FROM period_tally_lines WHERE period_code = ? AND settled_only = ?"
                    + (unit == null ? "" : " AND unit_code = ?"))) {
                ps.setString(1, period.toString());
                ps.setBoolean(2, settledOnly);
                if (unit != null) ps.setString(3, unit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] counts = new long[COUNTS.length];
                        for (int i = 0; i < counts.length; i++) counts[i] = rs.getLong(i + 2);
                        tally.add(rs.getString(1), counts);
                    }
                }
            }
            return Optional.of(new Stored(tally, asOf));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * Stores a tally computed from the data at {@code version}, by unit ({@link #unitKey}), replacing the period's
     * tally of that kind. Not a write of the register: it does not raise the data version, and a failure only means
     * it is computed again.
     *
     * @return whether it was stored (false when a write came in between, or the database is read-only)
     */
    public boolean save(Period period, boolean settledOnly, LocalDate asOf, long version,
                        java.util.Map<String, RateTally> byUnit) {
        return replace(version, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM period_tallies WHERE period_code = ?"
                    + " AND settled_only = ?")) {
                ps.setString(1, period.toString());
                ps.setBoolean(2, settledOnly);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO period_tallies (period_code, settled_only,"
                    + " as_of, data_version, app_build) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, period.toString());
                ps.setBoolean(2, settledOnly);
                Sql.setDate(ps, 3, asOf);
                ps.setLong(4, version);
                ps.setString(5, BUILD);
                ps.executeUpdate();
            }
            String marks = ", ?".repeat(COUNTS.length);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO period_tally_lines (period_code,"
                    + " settled_only, unit_code, procedure_code, " + COLUMNS + ") VALUES (?, ?, ?, ?" + marks + ")")) {
                for (var unit : byUnit.entrySet()) {
                    for (var line : unit.getValue().byProcedure().entrySet()) {
                        ps.setString(1, period.toString());
                        ps.setBoolean(2, settledOnly);
                        ps.setString(3, unit.getKey());
                        ps.setString(4, line.getKey());
                        for (int i = 0; i < COUNTS.length; i++) ps.setLong(i + 5, line.getValue()[i]);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * The stored due dates of the open dossiers by unit ({@link #unitKey} → due date → how many), valid from
     * {@code asOf} to the day before {@code validUntil} (null = no end).
     */
    public record OpenDueDates(java.util.Map<String, java.util.SortedMap<LocalDate, Integer>> byUnit, LocalDate asOf,
                               LocalDate validUntil) {
        public boolean holdsOn(LocalDate day) {
            return !day.isBefore(asOf) && (validUntil == null || day.isBefore(validUntil));
        }

        /** The due dates of every unit together. */
        public java.util.SortedMap<LocalDate, Integer> dueDates() {
            java.util.SortedMap<LocalDate, Integer> all = new java.util.TreeMap<>();
            byUnit.values().forEach(u -> u.forEach((day, n) -> all.merge(day, n, Integer::sum)));
            return all;
        }
    }

    /** The open dossiers' due dates, if stored at {@code version} by this build. */
    public Optional<OpenDueDates> findOpenDueDates(long version) {
        try (Connection c = db.connection()) {
            LocalDate asOf, until;
            try (PreparedStatement ps = c.prepareStatement("SELECT as_of, valid_until FROM open_due_dates_state WHERE id = 1"
                    + " AND data_version = ? AND app_build = ?")) {
                ps.setLong(1, version);
                ps.setString(2, BUILD);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    asOf = rs.getObject(1, LocalDate.class);
                    until = rs.getObject(2, LocalDate.class);
                }
            }
            java.util.Map<String, java.util.SortedMap<LocalDate, Integer>> due = new java.util.TreeMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT unit_code, due_on, dossiers FROM open_due_dates")) {
                while (rs.next()) {
                    due.computeIfAbsent(rs.getString(1), u -> new java.util.TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getInt(3));
                }
            }
            return Optional.of(new OpenDueDates(due, asOf, until));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** Stores the open dossiers' due dates computed from the data at {@code version} (as {@link #save}). */
    public boolean saveOpenDueDates(OpenDueDates open, long version) {
        return replace(version, c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM open_due_dates_state");
                st.executeUpdate("DELETE FROM open_due_dates");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO open_due_dates_state (id, as_of,"
                    + " valid_until, data_version, app_build) VALUES (1, ?, ?, ?, ?)")) {
                Sql.setDate(ps, 1, open.asOf());
                Sql.setDate(ps, 2, open.validUntil());
                ps.setLong(3, version);
                ps.setString(4, BUILD);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO open_due_dates (unit_code, due_on, dossiers)"
                    + " VALUES (?, ?, ?)")) {
                for (var unit : open.byUnit().entrySet()) {
                    for (var e : unit.getValue().entrySet()) {
                        ps.setString(1, unit.getKey());
                        Sql.setDate(ps, 2, e.getKey());
                        ps.setInt(3, e.getValue());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Runs a replacement of stored figures in one transaction, kept only if the data is still at {@code version}. */
    private boolean replace(long version, Transactions.Work<?> work) {
        try (Connection c = db.connection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run(c);
                if (Database.dataVersion(c) != version) { // a write came in while the figures were computed
                    c.rollback();
                    return false;
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                return false; // another computation stored the same figures first, or the database is read-only
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static String build() {
        try (InputStream in = TallyRepository.class.getResourceAsStream("/vn/reformdesk/build.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String b = p.getProperty("build", "");
                if (!b.isBlank() && !b.contains("${")) return b;
            }
        } catch (IOException e) {
            // falls through: a build that cannot name itself reuses nothing from an earlier run
        }
        return "unnamed-" + java.util.UUID.randomUUID();
    }
}
