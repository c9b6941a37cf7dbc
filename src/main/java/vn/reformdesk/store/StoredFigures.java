package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.reformdesk.domain.calendar.VietnamTime;
import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * Keeps the stored figures ({@link TallyRepository}) up to date write by write: a write of dossiers takes each
 * changed dossier out of the figures as it was and adds it as it is now, in its own transaction, and stamps the
 * figures with the new data version, so the dashboard and the rates after a save or an import read them instead of
 * counting the register again. Only figures that were current before the write are carried on; the others stay
 * behind and are counted again when asked. A write that changes how due dates are computed (the calendar, a
 * procedure, a deadline setting) {@link #invalidate}s them: they are counted again from the dossiers, as before.
 *
 * <p>Figures are stored per unit (V10): a dossier counts in its own unit's figures, on its unit's calendar; one moved
 * to another unit leaves the first unit's and enters the other's. What a dossier adds is what a full count adds
 * ({@code PeriodTallies.unitTally}, {@code RegisterService.openCounts}):
 * <ul>
 *   <li>to a whole tally (a period ended by its date), a dossier received in the period up to that date, with its
 *       status on that date;</li>
 *   <li>to a settled tally (the resolved dossiers of a running period, valid from the last day one of them changed
 *       status), a resolved dossier received in the period; the tally's first valid day moves to the dossier's
 *       {@link RateTally#settledOn} when that is later (a month's settled tally, which the report's rates sum, is
 *       one of these; a write whose dossiers are every dossier of a month stores that month's, see
 *       {@link #monthsOfThisWriteOnly});</li>
 *   <li>to the open dossiers' due dates (as of a day, until the next event), a dossier open on that day and not
 *       waiting for a supplement, at its due date; a later receipt, resolution or supplement of the written dossier
 *       ends their validity there.</li>
 * </ul>
 * Writers lock the figures' state rows first (skipping those another writer holds), so no two apply a change to one
 * figure at once.
 */
final class StoredFigures {
    private StoredFigures() {}

    /**
     * Leaves the stored figures behind the data: the caller's transaction changes how due dates are computed. Only
     * the figures this transaction can lock at once need it (it may have carried them on already): one locked by
     * another writer is stamped by it with a version that this transaction's own write leaves behind.
     */
    static void invalidate(Connection c) throws SQLException {
        stamp(c, "data_version <> -1", List.of(), -1);
    }

    /**
     * Stamps with {@code version} the stored figures (the period tallies, and the open due dates' and the board's
     * states) that {@code where} selects, each locked first: one another writer holds is skipped and left to it.
     */
    private static void stamp(Connection c, String where, List<Object> params, long version) throws SQLException {
        List<Object[]> tallies = new ArrayList<>();
        try (PreparedStatement lock = c.prepareStatement("SELECT unit_code, period_code, settled_only FROM period_tallies"
                + " WHERE " + where + " FOR UPDATE SKIP LOCKED")) {
            for (int i = 0; i < params.size(); i++) lock.setObject(i + 1, params.get(i));
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) tallies.add(new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE period_tallies SET data_version = ?"
                + " WHERE unit_code = ? AND period_code = ? AND settled_only = ?")) {
            for (Object[] k : tallies) {
                ps.setLong(1, version);
                ps.setString(2, (String) k[0]);
                ps.setString(3, (String) k[1]);
                ps.setBoolean(4, (Boolean) k[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (String table : List.of("open_due_dates_state", "board_state")) {
            List<String> units = new ArrayList<>();
            try (PreparedStatement lock = c.prepareStatement("SELECT unit_code FROM " + table + " WHERE " + where
                    + " FOR UPDATE SKIP LOCKED")) {
                for (int i = 0; i < params.size(); i++) lock.setObject(i + 1, params.get(i));
                try (ResultSet rs = lock.executeQuery()) {
                    while (rs.next()) units.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET data_version = ? WHERE unit_code = ?")) {
                for (String unit : units) {
                    ps.setLong(1, version);
                    ps.setString(2, unit);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** A unit's stored period tally and what the write adds to and takes from it. */
    private static final class TallyChange {
        final String unit;
        final Period period;
        final boolean settledOnly;
        LocalDate asOf;
        final RateTally added = new RateTally();
        final RateTally removed = new RateTally();

        TallyChange(String unit, Period period, boolean settledOnly, LocalDate asOf) {
            this.unit = unit;
            this.period = period;
            this.settledOnly = settledOnly;
            this.asOf = asOf;
        }
    }

    /** A unit's stored open due dates and what the write changes in them. */
    private static final class DueChange {
        LocalDate asOf;
        LocalDate until;
        final TreeMap<LocalDate, Integer> change = new TreeMap<>();

        DueChange(LocalDate asOf, LocalDate until) {
            this.asOf = asOf;
            this.until = until;
        }
    }

    /**
     * A unit's stored board candidates (V12) and what the write changes in them: the rows of the written dossiers as
     * they were go, those as they are now come. The state's day may move forward to a written dossier's event day
     * when the candidates hold on it ({@link #movedDay}): a new day's receipt or resolution then keeps them current.
     */
    private static final class BoardChange {
        LocalDate asOf;
        LocalDate until;
        boolean rebased;
        final List<Long> removed = new ArrayList<>();
        final List<Object[]> added = new ArrayList<>(); // {dossier as now, its id or null when new}

        BoardChange(LocalDate asOf, LocalDate until) {
            this.asOf = asOf;
            this.until = until;
        }
    }

    /**
     * Keeps the figures current across a write of nothing they are counted from (an index score or target, a framework,
     * a unit's name, an officer, a trusted key): those current before it are stamped with its version, as a dossier
     * write stamps the ones it applies to. Without it such a write left every figure behind, and at a million dossiers
     * the next board view counted every dossier again. Locked as {@link #apply} locks them: one another writer holds is
     * left to it, and behind.
     */
    static void carryOn(Connection c) throws SQLException {
        long version = Database.dataVersion(c); // with this write's own row
        stamp(c, "data_version = ? AND app_build = ?", List.of(version - 1, TallyRepository.BUILD), version);
    }

    /**
     * Applies the written dossiers to the figures that were current before this write, in the caller's transaction
     * (which has raised the data version): {@code before.get(i)} is what {@code after.get(i)} replaced (null: new),
     * an {@code after} of null a deletion.
     */
    static void apply(Connection c, Database db, List<Dossier> before, List<Dossier> after) throws SQLException {
        // Most writes find nothing current to carry (no figure asked since the last calendar edit, or another desk's
        // write in between): a plain look first, so they take no lock at all.
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM period_tallies WHERE data_version >= ?)"
                + " + (SELECT COUNT(*) FROM open_due_dates_state WHERE data_version >= ?)"
                + " + (SELECT COUNT(*) FROM board_state WHERE data_version >= ?)")) {
            long previous = Database.dataVersion(c) - 1;
            ps.setLong(1, previous);
            ps.setLong(2, previous);
            ps.setLong(3, previous);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) == 0) {
                    // nothing to carry on; a month made only of this write's dossiers still gets its settled tally
                    Map<String, Map<Period, List<Dossier>>> started = monthsOfThisWriteOnly(c, after, java.util.Set.of());
                    if (started.isEmpty()) return;
                    Map<String, Procedure> byCode = new HashMap<>();
                    var calcOf = calculators(c, db, byCode);
                    startMonths(c, started, Database.dataVersion(c), byCode, calcOf);
                    return;
                }
            }
        }
        // Locked first, without waiting: a figure another writer is applying its change to is left to it, and this
        // write (counted after it) leaves it behind, to be counted again; desks never wait on each other here.
        Map<String, List<TallyChange>> tallies = new HashMap<>();
        Map<String, DueChange> dues = new HashMap<>();
        Map<String, BoardChange> boards = new HashMap<>();
        long version;
        try (Statement st = c.createStatement()) {
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT unit_code, period_code, settled_only, as_of, data_version,"
                    + " app_build FROM period_tallies FOR UPDATE SKIP LOCKED")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6)});
                }
            }
            List<Object[]> open = lockStates(st, "open_due_dates_state");
            List<Object[]> board = lockStates(st, "board_state");
            version = Database.dataVersion(c); // with this write's own row
            for (Object[] r : rows) {
                if (!current(r[4], r[5], version)) continue;
                tallies.computeIfAbsent((String) r[0], u -> new ArrayList<>())
                        .add(new TallyChange((String) r[0], Period.parse((String) r[1]), (Boolean) r[2], (LocalDate) r[3]));
            }
            for (Object[] r : open) {
                if (current(r[3], r[4], version)) dues.put((String) r[0], new DueChange((LocalDate) r[1], (LocalDate) r[2]));
            }
            for (Object[] r : board) {
                if (current(r[3], r[4], version)) boards.put((String) r[0], new BoardChange((LocalDate) r[1], (LocalDate) r[2]));
            }
        }
        // Their day moves first to that of this write's events, when they hold on it, as a view of that day would
        // move it: a resolution or a supplement of a new day written before any view of it (an import from the
        // command line, another desk) is then applied to them instead of ending them.
        for (var e : dues.entrySet()) e.getValue().asOf = movedDay(after, e.getKey(), e.getValue().asOf, e.getValue().until);
        for (var e : boards.entrySet()) {
            BoardChange b = e.getValue();
            LocalDate day = movedDay(after, e.getKey(), b.asOf, b.until);
            b.rebased = day.isAfter(b.asOf);
            b.asOf = day;
        }
        java.util.Set<String> settledNow = new java.util.HashSet<>();
        for (var unit : tallies.values()) {
            for (TallyChange t : unit) if (t.settledOnly) settledNow.add(t.unit + " " + t.period);
        }
        var started = monthsOfThisWriteOnly(c, after, settledNow);
        if (tallies.isEmpty() && dues.isEmpty() && boards.isEmpty() && started.isEmpty()) return;
        Map<String, Procedure> byCode = new HashMap<>();
        var calcOf = calculators(c, db, byCode);
        collect(c, db, before, after, tallies, dues, byCode, calcOf);
        if (!boards.isEmpty()) applyToBoards(c, db, before, after, boards, version, byCode, calcOf);
        write(c, version, tallies, dues);
        startMonths(c, started, version, byCode, calcOf);
    }

    /**
     * The latest day, after {@code asOf} and up to today, of an event of the unit's written dossiers (as they are now)
     * on which figures stored as of {@code asOf} and valid {@code until} (their next stored event; null: none) still
     * hold; {@code asOf} when there is none. Nothing stored changes between the two days, so the figures are those of
     * that day too; the written dossiers are then applied on it.
     */
    private static LocalDate movedDay(List<Dossier> after, String unit, LocalDate asOf, LocalDate until) {
        LocalDate today = VietnamTime.today(), day = asOf;
        for (Dossier d : after) {
            if (d == null || !unit.equals(d.unitCode())) continue;
            for (LocalDate e : BoardRepository.eventDays(d)) {
                if (e.isAfter(day) && !e.isAfter(today) && (until == null || e.isBefore(until))) day = e;
            }
        }
        return day;
    }

    /**
     * The months (by unit) whose every dossier is one this write wrote, among those without a current settled tally
     * ({@code current}: "unit month"): a new month's first dossiers, a new register's import. Their settled tallies are
     * counted from the written dossiers alone, so the report's rates of a register filled by imports read them. One
     * index read per month, of at most one row more than the write has there.
     */
    private static Map<String, Map<Period, List<Dossier>>> monthsOfThisWriteOnly(Connection c, List<Dossier> after,
            java.util.Set<String> current) throws SQLException {
        Map<String, Map<Period, Map<String, Dossier>>> written = new HashMap<>();
        for (Dossier d : after) {
            if (d == null) continue;
            Period m = Period.of(Period.Kind.MONTH, d.receivedOn());
            if (current.contains(d.unitCode() + " " + m)) continue;
            written.computeIfAbsent(d.unitCode(), u -> new HashMap<>()).computeIfAbsent(m, x -> new HashMap<>())
                    .put(d.code(), d);
        }
        Map<String, Map<Period, List<Dossier>>> out = new HashMap<>();
        if (written.isEmpty()) return out;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT id FROM dossiers WHERE unit_code = ?"
                + " AND received_at >= ? AND received_at < ? LIMIT ?) x")) {
            for (var unit : written.entrySet()) {
                for (var month : unit.getValue().entrySet()) {
                    int n = month.getValue().size();
                    ps.setString(1, unit.getKey());
                    Sql.setTimestamp(ps, 2, month.getKey().start().atStartOfDay());
                    Sql.setTimestamp(ps, 3, month.getKey().end().plusDays(1).atStartOfDay());
                    ps.setInt(4, n + 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getLong(1) == n) {
                            out.computeIfAbsent(unit.getKey(), u -> new HashMap<>())
                                    .put(month.getKey(), new ArrayList<>(month.getValue().values()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Stores the settled tallies of months made only of this write's dossiers (see {@link #monthsOfThisWriteOnly}),
     * stamped with this write's version, each replacing a tally left behind. One another desk holds is left to it, and
     * one another desk stores at the same moment wins (a savepoint undoes this one's): either is counted again when
     * not current.
     */
    private static void startMonths(Connection c, Map<String, Map<Period, List<Dossier>>> months, long version,
                                    Map<String, Procedure> byCode,
                                    java.util.function.Function<String, DeadlineCalculator> calcOf) throws SQLException {
        if (months.isEmpty()) return;
        String key = "SELECT unit_code FROM period_tallies WHERE unit_code = ? AND period_code = ? AND settled_only = TRUE";
        try (PreparedStatement stored = c.prepareStatement(key);
             PreparedStatement mine = c.prepareStatement(key + " FOR UPDATE SKIP LOCKED")) {
            for (var unit : months.entrySet()) {
                DeadlineCalculator calc = calcOf.apply(unit.getKey());
                for (var month : unit.getValue().entrySet()) {
                    Period m = month.getKey();
                    if (exists(stored, unit.getKey(), m) && !exists(mine, unit.getKey(), m)) continue; // another desk's
                    LocalDate settledFrom = m.start();
                    for (Dossier d : month.getValue()) {
                        if (d.resolvedOn() != null && RateTally.settledOn(d).isAfter(settledFrom)) settledFrom = RateTally.settledOn(d);
                    }
                    RateTally tally = new RateTally();
                    for (Dossier d : month.getValue()) {
                        if (d.resolvedOn() != null) tally.add(d, byCode::get, calc, settledFrom);
                    }
                    java.sql.Savepoint sp = c.setSavepoint();
                    try {
                        TallyRepository.write(c, unit.getKey(), m, true, settledFrom, version, tally);
                        c.releaseSavepoint(sp);
                    } catch (SQLException e) {
                        c.rollback(sp); // stored by another desk meanwhile
                    }
                }
            }
        }
    }

    private static boolean exists(PreparedStatement ps, String unit, Period month) throws SQLException {
        ps.setString(1, unit);
        ps.setString(2, month.toString());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Locks the dated states (unit, as_of, valid_until, data_version, app_build) of a table, skipping locked ones. */
    private static List<Object[]> lockStates(Statement st, String table) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT unit_code, as_of, valid_until, data_version, app_build FROM " + table
                + " FOR UPDATE SKIP LOCKED")) {
            while (rs.next()) {
                out.add(new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                    rs.getLong(4), rs.getString(5)});
            }
        }
        return out;
    }

    /** The procedures by code, and each unit's calculator on its own calendar, read in the write's transaction. */
    private static java.util.function.Function<String, DeadlineCalculator> calculators(Connection c, Database db,
            Map<String, Procedure> byCode) throws SQLException {

        for (Procedure p : new ProcedureRepository(db).findAll(c)) byCode.put(p.code(), p);
        var settings = new SettingsRepository(db).deadlineSettings(c); // no second connection inside the transaction
        Map<String, DeadlineCalculator> calcs = new HashMap<>(); // each unit's deadlines on its own calendar
        java.util.function.Function<String, DeadlineCalculator> calcOf = unit -> calcs.computeIfAbsent(unit, u -> {
            try {
                return new DeadlineCalculator(new CalendarRepository(db, u).overrides(c).workingCalendar(), settings);
            } catch (SQLException e) {
                throw DatabaseException.wrap(e);
            }
        });

        return calcOf;
    }

    /** What each written dossier takes out of and adds to the unit figures it belongs to. */
    private static void collect(Connection c, Database db, List<Dossier> before, List<Dossier> after,
                                Map<String, List<TallyChange>> tallies, Map<String, DueChange> dues,
                                Map<String, Procedure> byCode,
                                java.util.function.Function<String, DeadlineCalculator> calcOf) throws SQLException {
        // a settled tally's first valid day moves first: every status in it is then taken on that day
        for (Dossier d : after) {
            if (d == null || d.resolvedOn() == null) continue;
            for (TallyChange t : tallies.getOrDefault(d.unitCode(), List.of())) {
                if (t.settledOnly && inPeriod(d, t.period, t.period.end())) {
                    LocalDate on = RateTally.settledOn(d);
                    if (on.isAfter(t.asOf)) t.asOf = on;
                }
            }
        }
        for (int i = 0; i < after.size(); i++) {
            Dossier old = before.get(i), now = after.get(i);
            if (old != null) {
                for (TallyChange t : tallies.getOrDefault(old.unitCode(), List.of())) count(t, old, byCode, calcOf, t.removed);
                DueChange due = dues.get(old.unitCode());
                if (due != null) dueDate(old, due, byCode, calcOf, -1);
            }
            if (now != null) {
                for (TallyChange t : tallies.getOrDefault(now.unitCode(), List.of())) count(t, now, byCode, calcOf, t.added);
                DueChange due = dues.get(now.unitCode());
                if (due != null) {
                    dueDate(now, due, byCode, calcOf, +1);
                    due.until = BoardRepository.nextEvent(now, due.asOf, due.until);
                }
            }
        }
    }

    /**
     * Takes each written dossier's candidate row out of its unit's stored board as it was and adds the one it has now
     * ({@link BoardRepository#candidate}) on the board's day, moved already to the write's latest event day it holds
     * on ({@link #movedDay}), and stamps the board with this write's version. A written event after that day ends the
     * board's validity there.
     */
    private static void applyToBoards(Connection c, Database db, List<Dossier> before, List<Dossier> after,
                                      Map<String, BoardChange> boards, long version, Map<String, Procedure> byCode,
                                      java.util.function.Function<String, DeadlineCalculator> calcOf) throws SQLException {
        List<String> newCodes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Dossier old = before.get(i), now = after.get(i);
            if (old != null && boards.containsKey(old.unitCode())) boards.get(old.unitCode()).removed.add(old.id());
            if (now == null) continue;
            BoardChange b = boards.get(now.unitCode());
            if (b == null) continue;
            Long id = old != null ? old.id() : now.id();
            if (id == null) newCodes.add(now.code());
            b.added.add(new Object[] {now, id});
        }
        Map<String, Long> ids = newCodes.isEmpty() ? Map.of() : new DossierRepository(db).idsOf(c, newCodes);
        List<BoardRepository.Candidate> rows = new ArrayList<>();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM board_dossiers WHERE unit_code = ? AND dossier_id = ?");
             PreparedStatement state = c.prepareStatement("UPDATE board_state SET data_version = ?, as_of = ?,"
                     + " valid_until = ? WHERE unit_code = ?")) {
            int pending = 0;
            for (var e : boards.entrySet()) {
                BoardChange b = e.getValue();
                for (long id : b.removed) {
                    del.setString(1, e.getKey());
                    del.setLong(2, id);
                    del.addBatch();
                    if (++pending % 5_000 == 0) del.executeBatch();
                }
                for (Object[] a : b.added) {
                    Dossier now = (Dossier) a[0];
                    Long id = a[1] != null ? (Long) a[1] : ids.get(now.code());
                    // its row as it was, if any, is among those removed above (a current board has no other)
                    if (id == null) throw new SQLException("no id for dossier " + now.code());
                    var k = BoardRepository.candidate(now, id, byCode.get(now.procedureCode()), calcOf.apply(e.getKey()),
                            b.asOf);
                    if (k != null) rows.add(k);
                    b.until = BoardRepository.nextEvent(now, b.asOf, b.until);
                }
                if (b.rebased) {
                    // a letter issued by the new day takes a resolved dossier off the board for good, as a count does
                    try (PreparedStatement gone = c.prepareStatement("DELETE FROM board_dossiers WHERE unit_code = ?"
                            + " AND resolved = TRUE AND apology_on <= ?")) {
                        gone.setString(1, e.getKey());
                        Sql.setDate(gone, 2, b.asOf);
                        gone.executeUpdate();
                    }
                }
                state.setLong(1, version);
                Sql.setDate(state, 2, b.asOf);
                Sql.setDate(state, 3, b.until);
                state.setString(4, e.getKey());
                state.addBatch();
            }
            del.executeBatch();
            state.executeBatch();
        }
        BoardRepository.insert(c, rows);
    }

    /** Writes the changes and stamps the figures with this write's version. */
    private static void write(Connection c, long version, Map<String, List<TallyChange>> tallies,
                              Map<String, DueChange> dues) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE period_tallies SET data_version = ?, as_of = ?"
                + " WHERE unit_code = ? AND period_code = ? AND settled_only = ?")) {
            boolean any = false;
            for (List<TallyChange> unit : tallies.values()) {
                for (TallyChange t : unit) {
                    writeLines(c, t);
                    ps.setLong(1, version);
                    Sql.setDate(ps, 2, t.asOf);
                    ps.setString(3, t.unit);
                    ps.setString(4, t.period.toString());
                    ps.setBoolean(5, t.settledOnly);
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) ps.executeBatch();
        }
        for (var e : dues.entrySet()) {
            writeDueDates(c, e.getKey(), e.getValue().change);
            try (PreparedStatement ps = c.prepareStatement("UPDATE open_due_dates_state SET data_version = ?,"
                    + " as_of = ?, valid_until = ? WHERE unit_code = ?")) {
                ps.setLong(1, version);
                Sql.setDate(ps, 2, e.getValue().asOf);
                Sql.setDate(ps, 3, e.getValue().until);
                ps.setString(4, e.getKey());
                ps.executeUpdate();
            }
        }
    }

    /**
     * Whether a stored figure is current for this write: at the version before it (by this build), or at its own
     * version, when an earlier part of the same transaction (an import writes chunk by chunk) carried it on already.
     * No other writer can have stamped this write's version: any that committed before it counted fewer writes.
     */
    private static boolean current(Object storedVersion, Object build, long version) {
        long v = (Long) storedVersion;
        return (v == version - 1 || v == version) && TallyRepository.BUILD.equals(build);
    }

    private static boolean inPeriod(Dossier d, Period p, LocalDate last) {
        return !d.receivedOn().isBefore(p.start()) && !d.receivedOn().isAfter(last);
    }

    /** Counts {@code d} of the tally's unit into {@code into}, if it belongs to the stored tally {@code t}. */
    private static void count(TallyChange t, Dossier d, Map<String, Procedure> byCode,
                              java.util.function.Function<String, DeadlineCalculator> calcOf, RateTally into) {
        if (t.settledOnly ? d.resolvedOn() == null || !inPeriod(d, t.period, t.period.end())
                : !inPeriod(d, t.period, t.period.reportAsOf(t.asOf))) return;
        into.add(d, byCode::get, calcOf.apply(t.unit), t.asOf);
    }

    /** Adds {@code sign} at {@code d}'s due date, if it is open on the due dates' day and not waiting for a supplement. */
    private static void dueDate(Dossier d, DueChange due, Map<String, Procedure> byCode,
                                java.util.function.Function<String, DeadlineCalculator> calcOf, int sign) {
        LocalDate asOf = due.asOf;
        if (d.receivedOn().isAfter(asOf) || (d.resolvedOn() != null && !d.resolvedOn().isAfter(asOf))) return;
        Deadline deadline = calcOf.apply(d.unitCode()).compute(d, byCode.get(d.procedureCode()), asOf);
        if (deadline.status() == DossierStatus.PAUSED) return;
        due.change.merge(deadline.dueOn(), sign, Integer::sum);
    }

    /**
     * Adds the change of each procedure's line to the stored one; a line left with no dossier goes. In batches: an
     * import changes hundreds of lines (a month's, by procedure) in each stored tally.
     */
    private static void writeLines(Connection c, TallyChange t) throws SQLException {
        RateTally.Count[] counts = TallyRepository.COUNTS;
        StringBuilder set = new StringBuilder();
        for (RateTally.Count k : counts) {
            String col = k.name().toLowerCase(java.util.Locale.ROOT);
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = ").append(col).append(" + ?");
        }
        java.util.Set<String> procedures = new java.util.TreeSet<>(t.added.byProcedure().keySet());
        procedures.addAll(t.removed.byProcedure().keySet());
        List<String> changed = new ArrayList<>();
        List<long[]> deltas = new ArrayList<>();
        for (String procedure : procedures) {
            long[] delta = new long[counts.length];
            boolean any = false;
            for (RateTally.Count k : counts) {
                delta[k.ordinal()] = t.added.count(procedure, k) - t.removed.count(procedure, k);
                any |= delta[k.ordinal()] != 0;
            }
            if (!any) continue;
            changed.add(procedure);
            deltas.add(delta);
        }
        if (changed.isEmpty()) return;
        String key = " WHERE unit_code = ? AND period_code = ? AND settled_only = ? AND procedure_code = ?";
        try (PreparedStatement update = c.prepareStatement("UPDATE period_tally_lines SET " + set + key);
             PreparedStatement insert = c.prepareStatement("INSERT INTO period_tally_lines (unit_code, period_code,"
                     + " settled_only, procedure_code, " + TallyRepository.COLUMNS + ") VALUES (?, ?, ?, ?"
                     + ", ?".repeat(counts.length) + ")");
             PreparedStatement empty = c.prepareStatement("DELETE FROM period_tally_lines" + key + " AND received = 0")) {
            for (int i = 0; i < changed.size(); i++) {
                for (int k = 0; k < counts.length; k++) update.setLong(k + 1, deltas.get(i)[k]);
                bindKey(update, counts.length + 1, t, t.unit, changed.get(i));
                update.addBatch();
            }
            int[] updated = update.executeBatch();
            boolean inserts = false, empties = false;
            for (int i = 0; i < changed.size(); i++) {
                long[] delta = deltas.get(i);
                if (updated[i] == 0) { // a procedure new to the tally
                    bindKey(insert, 1, t, t.unit, changed.get(i));
                    for (int k = 0; k < counts.length; k++) insert.setLong(k + 5, delta[k]);
                    insert.addBatch();
                    inserts = true;
                } else if (delta[RateTally.Count.RECEIVED.ordinal()] < 0) { // only a line that lost a dossier can empty
                    bindKey(empty, 1, t, t.unit, changed.get(i));
                    empty.addBatch();
                    empties = true;
                }
            }
            if (inserts) insert.executeBatch();
            if (empties) empty.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement ps, int i, TallyChange t, String unit, String procedure)
            throws SQLException {
        ps.setString(i, unit);
        ps.setString(i + 1, t.period.toString());
        ps.setBoolean(i + 2, t.settledOnly);
        ps.setString(i + 3, procedure);
    }

    /** Adds the change at each due date to the unit's stored count; a date left with no dossier goes. */
    private static void writeDueDates(Connection c, String unit, TreeMap<LocalDate, Integer> change) throws SQLException {
        String key = " WHERE unit_code = ? AND due_on = ?";
        try (PreparedStatement update = c.prepareStatement("UPDATE open_due_dates SET dossiers = dossiers + ?" + key);
             PreparedStatement insert = c.prepareStatement("INSERT INTO open_due_dates (unit_code, due_on, dossiers)"
                     + " VALUES (?, ?, ?)");
             PreparedStatement empty = c.prepareStatement("DELETE FROM open_due_dates" + key + " AND dossiers = 0")) {
            for (var e : change.entrySet()) {
                if (e.getValue() == 0) continue;
                update.setInt(1, e.getValue());
                update.setString(2, unit);
                Sql.setDate(update, 3, e.getKey());
                if (update.executeUpdate() == 0) {
                    insert.setString(1, unit);
                    Sql.setDate(insert, 2, e.getKey());
                    insert.setInt(3, e.getValue());
                    insert.executeUpdate();
                }
                empty.setString(1, unit);
                Sql.setDate(empty, 2, e.getKey());
                empty.executeUpdate();
            }
        }
    }
}
