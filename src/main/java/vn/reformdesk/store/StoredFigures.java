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

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.SupplementCycle;
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
 * <p>What a dossier adds is what a full count adds ({@code PeriodTallies}, {@code RegisterService.openCounts}):
 * <ul>
 *   <li>to a whole tally (a period ended by its date), a dossier received in the period up to that date, with its
 *       status on that date;</li>
 *   <li>to a settled tally (the resolved dossiers of a running period, valid from the last day one of them changed
 *       status), a resolved dossier received in the period; the tally's first valid day moves to the dossier's
 *       {@link RateTally#settledOn} when that is later;</li>
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
        List<Object[]> keys = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT period_code, settled_only FROM period_tallies"
                    + " WHERE data_version <> -1 FOR UPDATE SKIP LOCKED")) {
                while (rs.next()) keys.add(new Object[] {rs.getString(1), rs.getBoolean(2)});
            }
            boolean open;
            try (ResultSet rs = st.executeQuery("SELECT id FROM open_due_dates_state WHERE data_version <> -1"
                    + " FOR UPDATE SKIP LOCKED")) {
                open = rs.next();
            }
            if (open) st.executeUpdate("UPDATE open_due_dates_state SET data_version = -1");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE period_tallies SET data_version = -1"
                + " WHERE period_code = ? AND settled_only = ?")) {
            for (Object[] k : keys) {
                ps.setString(1, (String) k[0]);
                ps.setBoolean(2, (Boolean) k[1]);
                ps.executeUpdate();
            }
        }
    }

    /** A stored period tally and what the write adds to and takes from it, by unit. */
    private static final class TallyChange {
        final Period period;
        final boolean settledOnly;
        LocalDate asOf;
        final Map<String, RateTally> added = new HashMap<>();
        final Map<String, RateTally> removed = new HashMap<>();

        TallyChange(Period period, boolean settledOnly, LocalDate asOf) {
            this.period = period;
            this.settledOnly = settledOnly;
            this.asOf = asOf;
        }
    }

    /**
     * Applies the written dossiers to the figures that were current before this write, in the caller's transaction
     * (which has raised the data version): {@code before.get(i)} is what {@code after.get(i)} replaced (null: new),
     * an {@code after} of null a deletion.
     */
    static void apply(Connection c, Database db, List<Dossier> before, List<Dossier> after) throws SQLException {
        // Locked first, without waiting: a figure another writer is applying its change to is left to it, and this
        // write (counted after it) leaves it behind, to be counted again; desks never wait on each other here.
        List<TallyChange> tallies = new ArrayList<>();
        long version;
        LocalDate openAsOf = null, openUntil = null;
        try (Statement st = c.createStatement()) {
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT period_code, settled_only, as_of, data_version, app_build"
                    + " FROM period_tallies FOR UPDATE SKIP LOCKED")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getString(5)});
                }
            }
            Object[] open = null;
            try (ResultSet rs = st.executeQuery("SELECT as_of, valid_until, data_version, app_build"
                    + " FROM open_due_dates_state WHERE id = 1 FOR UPDATE SKIP LOCKED")) {
                if (rs.next()) {
                    open = new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getLong(3), rs.getString(4)};
                }
            }
            version = Database.dataVersion(c); // with this write's own row
            for (Object[] r : rows) {
                if (current(r[3], r[4], version)) {
                    tallies.add(new TallyChange(Period.parse((String) r[0]), (Boolean) r[1], (LocalDate) r[2]));
                }
            }
            if (open != null && current(open[2], open[3], version)) {
                openAsOf = (LocalDate) open[0];
                openUntil = (LocalDate) open[1];
            }
        }
        if (tallies.isEmpty() && openAsOf == null) return;

        Map<String, Procedure> byCode = new HashMap<>();
        for (Procedure p : new ProcedureRepository(db).findAll(c)) byCode.put(p.code(), p);
        DeadlineCalculator calc = new DeadlineCalculator(new CalendarRepository(db).overrides(c).workingCalendar(),
                new SettingsRepository(db).deadlineSettings());

        // a settled tally's first valid day moves first: every status in it is then taken on that day
        for (TallyChange t : tallies) {
            if (!t.settledOnly) continue;
            for (Dossier d : after) {
                if (d != null && d.resolvedOn() != null && inPeriod(d, t.period, t.period.end())) {
                    LocalDate on = RateTally.settledOn(d);
                    if (on.isAfter(t.asOf)) t.asOf = on;
                }
            }
        }
        Map<String, TreeMap<LocalDate, Integer>> dueChange = new HashMap<>();
        LocalDate[] until = {openUntil};
        for (int i = 0; i < after.size(); i++) {
            Dossier old = before.get(i), now = after.get(i);
            for (TallyChange t : tallies) {
                count(t, old, byCode, calc, t.removed);
                count(t, now, byCode, calc, t.added);
            }
            if (openAsOf != null) {
                dueDate(old, openAsOf, byCode, calc, dueChange, -1);
                dueDate(now, openAsOf, byCode, calc, dueChange, +1);
                if (now != null) until[0] = earliestEventAfter(now, openAsOf, until[0]);
            }
        }

        for (TallyChange t : tallies) {
            writeLines(c, t);
            try (PreparedStatement ps = c.prepareStatement("UPDATE period_tallies SET data_version = ?, as_of = ?"
                    + " WHERE period_code = ? AND settled_only = ?")) {
                ps.setLong(1, version);
                Sql.setDate(ps, 2, t.asOf);
                ps.setString(3, t.period.toString());
                ps.setBoolean(4, t.settledOnly);
                ps.executeUpdate();
            }
        }
        if (openAsOf != null) {
            writeDueDates(c, dueChange);
            try (PreparedStatement ps = c.prepareStatement("UPDATE open_due_dates_state SET data_version = ?,"
                    + " valid_until = ? WHERE id = 1")) {
                ps.setLong(1, version);
                Sql.setDate(ps, 2, until[0]);
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

    /** Counts {@code d} (if any) into {@code into} by unit, if it belongs to the stored tally {@code t}. */
    private static void count(TallyChange t, Dossier d, Map<String, Procedure> byCode, DeadlineCalculator calc,
                              Map<String, RateTally> into) {
        if (d == null) return;
        if (t.settledOnly ? d.resolvedOn() == null || !inPeriod(d, t.period, t.period.end())
                : !inPeriod(d, t.period, t.period.reportAsOf(t.asOf))) return;
        into.computeIfAbsent(TallyRepository.unitKey(d.unitCode()), u -> new RateTally())
                .add(d, byCode::get, calc, t.asOf);
    }

    /** Adds {@code sign} at {@code d}'s due date, if it is open on {@code asOf} and not waiting for a supplement. */
    private static void dueDate(Dossier d, LocalDate asOf, Map<String, Procedure> byCode, DeadlineCalculator calc,
                                Map<String, TreeMap<LocalDate, Integer>> into, int sign) {
        if (d == null || d.receivedOn().isAfter(asOf) || (d.resolvedOn() != null && !d.resolvedOn().isAfter(asOf))) {
            return;
        }
        Deadline deadline = calc.compute(d, byCode.get(d.procedureCode()), asOf);
        if (deadline.status() == DossierStatus.PAUSED) return;
        into.computeIfAbsent(TallyRepository.unitKey(d.unitCode()), u -> new TreeMap<>())
                .merge(deadline.dueOn(), sign, Integer::sum);
    }

    /** The earlier of {@code until} (null: none) and {@code d}'s first dated event after {@code asOf}. */
    private static LocalDate earliestEventAfter(Dossier d, LocalDate asOf, LocalDate until) {
        List<LocalDate> days = new ArrayList<>();
        days.add(d.receivedOn());
        days.add(d.resolvedOn());
        for (SupplementCycle cycle : d.supplements()) {
            days.add(cycle.requestedOn());
            days.add(cycle.receivedOn());
        }
        for (LocalDate day : days) {
            if (day != null && day.isAfter(asOf) && (until == null || day.isBefore(until))) until = day;
        }
        return until;
    }

    /** Adds the change of each (unit, procedure) line to the stored one; a line left with no dossier goes. */
    private static void writeLines(Connection c, TallyChange t) throws SQLException {
        RateTally.Count[] counts = TallyRepository.COUNTS;
        StringBuilder set = new StringBuilder();
        for (RateTally.Count k : counts) {
            String col = k.name().toLowerCase(java.util.Locale.ROOT);
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = ").append(col).append(" + ?");
        }
        String key = " WHERE period_code = ? AND settled_only = ? AND unit_code = ? AND procedure_code = ?";
        try (PreparedStatement update = c.prepareStatement("UPDATE period_tally_lines SET " + set + key);
             PreparedStatement insert = c.prepareStatement("INSERT INTO period_tally_lines (period_code, settled_only,"
                     + " unit_code, procedure_code, " + TallyRepository.COLUMNS + ") VALUES (?, ?, ?, ?"
                     + ", ?".repeat(counts.length) + ")");
             PreparedStatement empty = c.prepareStatement("DELETE FROM period_tally_lines" + key + " AND received = 0")) {
            java.util.Set<String> units = new java.util.TreeSet<>(t.added.keySet());
            units.addAll(t.removed.keySet());
            for (String unit : units) {
                RateTally plus = t.added.getOrDefault(unit, new RateTally());
                RateTally minus = t.removed.getOrDefault(unit, new RateTally());
                java.util.Set<String> procedures = new java.util.TreeSet<>(plus.byProcedure().keySet());
                procedures.addAll(minus.byProcedure().keySet());
                for (String procedure : procedures) {
                    long[] delta = new long[counts.length];
                    boolean any = false;
                    for (RateTally.Count k : counts) {
                        delta[k.ordinal()] = plus.count(procedure, k) - minus.count(procedure, k);
                        any |= delta[k.ordinal()] != 0;
                    }
                    if (!any) continue;
                    for (int i = 0; i < counts.length; i++) update.setLong(i + 1, delta[i]);
                    bindKey(update, counts.length + 1, t, unit, procedure);
                    if (update.executeUpdate() == 0) {
                        bindKey(insert, 1, t, unit, procedure);
                        for (int i = 0; i < counts.length; i++) insert.setLong(i + 5, delta[i]);
                        insert.executeUpdate();
                    }
                    bindKey(empty, 1, t, unit, procedure);
                    empty.executeUpdate();
                }
            }
        }
    }

    private static void bindKey(PreparedStatement ps, int i, TallyChange t, String unit, String procedure)
            throws SQLException {
        ps.setString(i, t.period.toString());
        ps.setBoolean(i + 1, t.settledOnly);
        ps.setString(i + 2, unit);
        ps.setString(i + 3, procedure);
    }

    /** Adds the change of each (unit, due date) to the stored count; a date left with no dossier goes. */
    private static void writeDueDates(Connection c, Map<String, TreeMap<LocalDate, Integer>> change) throws SQLException {
        String key = " WHERE unit_code = ? AND due_on = ?";
        try (PreparedStatement update = c.prepareStatement("UPDATE open_due_dates SET dossiers = dossiers + ?" + key);
             PreparedStatement insert = c.prepareStatement("INSERT INTO open_due_dates (unit_code, due_on, dossiers)"
                     + " VALUES (?, ?, ?)");
             PreparedStatement empty = c.prepareStatement("DELETE FROM open_due_dates" + key + " AND dossiers = 0")) {
            for (var unit : change.entrySet()) {
                for (var e : unit.getValue().entrySet()) {
                    if (e.getValue() == 0) continue;
                    update.setInt(1, e.getValue());
                    update.setString(2, unit.getKey());
                    Sql.setDate(update, 3, e.getKey());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, unit.getKey());
                        Sql.setDate(insert, 2, e.getKey());
                        insert.setInt(3, e.getValue());
                        insert.executeUpdate();
                    }
                    empty.setString(1, unit.getKey());
                    Sql.setDate(empty, 2, e.getKey());
                    empty.executeUpdate();
                }
            }
        }
    }
}
