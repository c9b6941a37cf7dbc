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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.period.Period;

/**
 * Stored period tallies (V6): figures computed once and reused while nothing was written since and the app is the
 * same build. Every write transaction raises the data version ({@link Transactions}), and a tally is only read
 * back under the version it was computed at, so a stored tally is never older than the data.
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
    /** The unit whose figures these are (V10: stored per unit); null: the home unit. */
    private final String unitCode;

    public TallyRepository(Database db) { this(db, null); }

    public TallyRepository(Database db, String unitCode) {
        this.db = db;
        this.unitCode = unitCode;
    }

    /** The stored figures of another unit. */
    public TallyRepository forUnit(String unit) { return new TallyRepository(db, unit); }

    private String unit(Connection c) throws SQLException {
        return unitCode != null ? unitCode : new UnitRepository(db).home(c).code();
    }

    /** The data version now: read it before the data that figures are computed from. */
    public long dataVersion() { return db.dataVersion(); }

    /** The period's stored tally of this kind, if it was computed at {@code version} by this build. */
    public Optional<Stored> find(Period period, boolean settledOnly, long version) {
        try (Connection c = db.connection()) {
            LocalDate asOf;
            try (PreparedStatement ps = c.prepareStatement("SELECT as_of FROM period_tallies WHERE period_code = ?"
                    + " AND settled_only = ? AND data_version = ? AND app_build = ? AND unit_code = ?")) {
                ps.setString(1, period.toString());
                ps.setBoolean(2, settledOnly);
                ps.setLong(3, version);
                ps.setString(4, BUILD);
                ps.setString(5, unit(c));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    asOf = rs.getObject(1, LocalDate.class);
                }
            }
            RateTally tally = new RateTally();
            try (PreparedStatement ps = c.prepareStatement("SELECT procedure_code, " + COLUMNS
                    + " FROM period_tally_lines WHERE period_code = ? AND settled_only = ? AND unit_code = ?")) {
                ps.setString(1, period.toString());
                ps.setBoolean(2, settledOnly);
                ps.setString(3, unit(c));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] counts = new long[COUNTS.length];
                        for (int i = 0; i < counts.length; i++) counts[i] = rs.getLong(i + 2);
                        tally.put(rs.getString(1), counts);
                    }
                }
            }
            return Optional.of(new Stored(tally, asOf));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * Stores a tally computed from the data at {@code version}, replacing the period's tally of that kind. Not a
     * write of the register: it does not raise the data version, and a failure only means it is computed again.
     *
     * @return whether it was stored (false when a write came in between, or the database is read-only)
     */
    public boolean save(Period period, boolean settledOnly, LocalDate asOf, long version, RateTally tally) {
        return replace(version, c -> {
            write(c, unit(c), period, settledOnly, asOf, version, tally);
            return null;
        });
    }

    /**
     * The stored settled tallies of these months (the resolved dossiers received in each, see {@link Stored}) that
     * were computed at {@code version} by this build, by month; two reads whatever the number of months.
     */
    public java.util.Map<Period, Stored> findSettled(java.util.Collection<Period> months, long version) {
        java.util.Map<Period, Stored> out = new java.util.HashMap<>();
        if (months.isEmpty()) return out;
        java.util.Map<String, Period> byCode = new java.util.HashMap<>();
        for (Period m : months) byCode.put(m.toString(), m);
        String in = " AND period_code IN (" + String.join(", ", java.util.Collections.nCopies(byCode.size(), "?")) + ")";
        try (Connection c = db.connection()) {
            String unit = unit(c);
            java.util.Map<Period, LocalDate> asOf = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT period_code, as_of FROM period_tallies"
                    + " WHERE settled_only = TRUE AND data_version = ? AND app_build = ? AND unit_code = ?" + in)) {
                ps.setLong(1, version);
                ps.setString(2, BUILD);
                ps.setString(3, unit);
                int i = 4;
                for (String code : byCode.keySet()) ps.setString(i++, code);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) asOf.put(byCode.get(rs.getString(1)), rs.getObject(2, LocalDate.class));
                }
            }
            if (asOf.isEmpty()) return out;
            java.util.Map<Period, RateTally> tallies = new java.util.HashMap<>();
            for (Period m : asOf.keySet()) tallies.put(m, new RateTally());
            try (PreparedStatement ps = c.prepareStatement("SELECT period_code, procedure_code, " + COLUMNS
                    + " FROM period_tally_lines WHERE settled_only = TRUE AND unit_code = ?" + in)) {
                ps.setString(1, unit);
                int i = 2;
                for (String code : byCode.keySet()) ps.setString(i++, code);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RateTally t = tallies.get(byCode.get(rs.getString(1)));
                        if (t == null) continue; // a line of a month not current
                        long[] counts = new long[COUNTS.length];
                        for (int k = 0; k < counts.length; k++) counts[k] = rs.getLong(k + 3);
                        t.put(rs.getString(2), counts);
                    }
                }
            }
            for (var e : asOf.entrySet()) out.put(e.getKey(), new Stored(tallies.get(e.getKey()), e.getValue()));
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** Stores settled tallies of several months computed from the data at {@code version}, in one transaction (as {@link #save}). */
    public boolean saveSettled(java.util.Map<Period, Stored> months, long version) {
        if (months.isEmpty()) return true;
        return replace(version, c -> {
            String unit = unit(c);
            for (var e : months.entrySet()) write(c, unit, e.getKey(), true, e.getValue().asOf(), version, e.getValue().tally());
            return null;
        });
    }

    /** Replaces a unit's stored tally of a period and kind, stamped with {@code version} (the caller's transaction). */
    static void write(Connection c, String unit, Period period, boolean settledOnly, LocalDate asOf, long version,
                      RateTally tally) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM period_tallies WHERE period_code = ?" // lines cascade
                + " AND settled_only = ? AND unit_code = ?")) {
            ps.setString(1, period.toString());
            ps.setBoolean(2, settledOnly);
            ps.setString(3, unit);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO period_tallies (period_code, settled_only,"
                + " as_of, data_version, app_build, unit_code) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, period.toString());
            ps.setBoolean(2, settledOnly);
            Sql.setDate(ps, 3, asOf);
            ps.setLong(4, version);
            ps.setString(5, BUILD);
            ps.setString(6, unit);
            ps.executeUpdate();
        }
        String marks = ", ?".repeat(COUNTS.length);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO period_tally_lines (unit_code, period_code,"
                + " settled_only, procedure_code, " + COLUMNS + ") VALUES (?, ?, ?, ?" + marks + ")")) {
            for (var line : tally.byProcedure().entrySet()) {
                ps.setString(1, unit);
                ps.setString(2, period.toString());
                ps.setBoolean(3, settledOnly);
                ps.setString(4, line.getKey());
                for (int i = 0; i < COUNTS.length; i++) ps.setLong(i + 5, line.getValue()[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The stored due dates of the open dossiers (due date → how many), valid from {@code asOf} to the day before
     * {@code validUntil} (null = no end).
     */
    public record OpenDueDates(java.util.SortedMap<LocalDate, Integer> dueDates, LocalDate asOf, LocalDate validUntil) {
        public boolean holdsOn(LocalDate day) {
            return !day.isBefore(asOf) && (validUntil == null || day.isBefore(validUntil));
        }
    }

    /** The open dossiers' due dates, if stored at {@code version} by this build. */
    public Optional<OpenDueDates> findOpenDueDates(long version) {
        try (Connection c = db.connection()) {
            LocalDate asOf, until;
            try (PreparedStatement ps = c.prepareStatement("SELECT as_of, valid_until FROM open_due_dates_state WHERE unit_code = ?"
                    + " AND data_version = ? AND app_build = ?")) {
                ps.setString(1, unit(c));
                ps.setLong(2, version);
                ps.setString(3, BUILD);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    asOf = rs.getObject(1, LocalDate.class);
                    until = rs.getObject(2, LocalDate.class);
                }
            }
            java.util.SortedMap<LocalDate, Integer> due = new java.util.TreeMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT due_on, dossiers FROM open_due_dates WHERE unit_code = ?")) {
                st.setString(1, unit(c));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) due.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                }
            }
            return Optional.of(new OpenDueDates(due, asOf, until));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * Clears a unit's stored rows and state (a state table and its rows' table, both keyed by unit) and writes its new
     * state: the figures that follow are valid from {@code asOf} until the day before {@code validUntil}.
     */
    static void replaceState(Connection c, String stateTable, String rowsTable, String unit, java.time.LocalDate asOf,
                             java.time.LocalDate validUntil, long version) throws SQLException {
        for (String table : List.of(stateTable, rowsTable)) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE unit_code = ?")) {
                st.setString(1, unit);
                st.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + stateTable + " (unit_code, as_of, valid_until,"
                + " data_version, app_build) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, unit);
            Sql.setDate(ps, 2, asOf);
            Sql.setDate(ps, 3, validUntil);
            ps.setLong(4, version);
            ps.setString(5, BUILD);
            ps.executeUpdate();
        }
    }

    /**
     * Moves a unit's stored state ({@code stateTable}: board_state or open_due_dates_state) from {@code from} to
     * {@code day}, a later day it holds on: figures that hold from their day to the day before their end are the
     * figures of every day in between, so nothing is read or counted. Then what is written on {@code day} (a dossier
     * resolved today) is applied to them as of that day instead of ending them there: at a million dossiers the first
     * resolution of a day sent the board back to counting every dossier (10.6 s). Only a state still at {@code from}
     * and at {@code version} moves; a failure (a lock, a read-only database) leaves it where it was, which is never
     * wrong.
     */
    static boolean advanceState(Connection c, String stateTable, String unit, java.time.LocalDate from,
                                java.time.LocalDate day, long version) {
        if (!day.isAfter(from)) return false;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + stateTable
                + " SET as_of = ? WHERE unit_code = ? AND as_of = ? AND data_version = ? AND app_build = ?"
                + " AND (valid_until IS NULL OR valid_until > ?)")) {
            Sql.setDate(ps, 1, day);
            ps.setString(2, unit);
            Sql.setDate(ps, 3, from);
            ps.setLong(4, version);
            ps.setString(5, BUILD);
            Sql.setDate(ps, 6, day);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Moves the stored open due dates of {@code stored} to {@code day} ({@link #advanceState}). */
    public boolean advanceOpenDueDates(OpenDueDates stored, java.time.LocalDate day, long version) {
        if (!day.isAfter(stored.asOf()) || !stored.holdsOn(day)) return false; // most views: their own day
        try (Connection c = db.connection()) {
            return advanceState(c, "open_due_dates_state", unit(c), stored.asOf(), day, version);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Stores the open dossiers' due dates computed from the data at {@code version} (as {@link #save}). */
    public boolean saveOpenDueDates(OpenDueDates open, long version) {
        return replace(version, c -> {
            String unit = unit(c);
            replaceState(c, "open_due_dates_state", "open_due_dates", unit, open.asOf(), open.validUntil(), version);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO open_due_dates (unit_code, due_on, dossiers)"
                    + " VALUES (?, ?, ?)")) {
                for (var e : open.dueDates().entrySet()) {
                    ps.setString(1, unit);
                    Sql.setDate(ps, 2, e.getKey());
                    ps.setInt(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Runs a replacement of stored figures in one transaction, kept only if the data is still at {@code version}
     * (also the overdue board's, {@link BoardRepository}). */
    boolean replace(long version, Transactions.Work<?> work) {
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
