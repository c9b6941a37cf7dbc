package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * The overdue board's stored candidates (V12), per unit: every dossier that can be on the board on a day from the
 * state's {@code asOf} to the day before its {@code validUntil}, with its due date. Kept write by write by
 * {@link StoredFigures} and read only under the data version they were stamped with, as the other stored figures.
 */
public final class BoardRepository {
    /**
     * A dossier that can be on the board: open on the state's day and not waiting for a supplement ({@code resolved}
     * false), or resolved late by then without an apology letter (true). {@code apologyOn}: the letter's day, if any;
     * {@code lateDays}: a resolved one's working days late (V14: the order of the apology list), 0 for an open one.
     */
    public record Candidate(String unitCode, long dossierId, boolean resolved, LocalDate dueOn, LocalDate apologyOn,
                            int cycles, String code, String procedureCode, String applicant, Channel channel,
                            LocalDateTime receivedAt, LocalDate resolvedOn, Outcome outcome, LocalDate newAppointmentOn,
                            int lateDays) {
        /** The dossier as far as the board needs it: its events and what it shows, not its cycles nor its flags. */
        public Dossier dossier() {
            return new Dossier(dossierId, code, procedureCode, applicant, channel, receivedAt, List.of(), resolvedOn,
                    outcome, null, null, null, null, null, null, null, apologyOn, newAppointmentOn, unitCode);
        }
    }

    /** A unit's stored candidates hold from {@code asOf} to the day before {@code validUntil} (null: no end). */
    public record State(LocalDate asOf, LocalDate validUntil) {
        public boolean holdsOn(LocalDate day) {
            return !day.isBefore(asOf) && (validUntil == null || day.isBefore(validUntil));
        }
    }

    private final Database db;

    public BoardRepository(Database db) { this.db = db; }

    /**
     * What {@code d} stores on the board as of {@code asOf} (null: nothing). Its due date holds on every later day
     * until its next dated event: an open dossier not waiting for a supplement keeps its due date; one waiting for a
     * supplement is on no list until it arrives (an event); a resolved one keeps its status.
     */
    public static Candidate candidate(Dossier d, long id, Procedure p, DeadlineCalculator calc, LocalDate asOf) {
        if (d.receivedOn().isAfter(asOf)) return null;
        Deadline deadline = calc.compute(d, p, asOf);
        boolean resolved = d.resolvedOn() != null && !d.resolvedOn().isAfter(asOf);
        if (resolved) {
            boolean apologised = d.apologyOn() != null && !d.apologyOn().isAfter(asOf);
            if (deadline.status() != DossierStatus.LATE || apologised) return null;
        } else if (deadline.status() == DossierStatus.PAUSED) {
            return null;
        }
        return new Candidate(d.unitCode(), id, resolved, deadline.dueOn(), d.apologyOn(), deadline.supplementCycles(),
                d.code(), d.procedureCode(), d.applicant(), d.channel(), d.receivedAt(), d.resolvedOn(), d.outcome(),
                d.newAppointmentOn(), resolved ? deadline.workingDaysLate() : 0);
    }

    /** The earlier of {@code until} (null: none) and {@code d}'s first dated event after {@code asOf}. */
    public static LocalDate nextEvent(Dossier d, LocalDate asOf, LocalDate until) {
        for (LocalDate day : eventDays(d)) {
            if (day.isAfter(asOf) && (until == null || day.isBefore(until))) until = day;
        }
        return until;
    }

    /** The days on which {@code d}'s status can change: its receipt, resolution, supplement requests and receipts. */
    static List<LocalDate> eventDays(Dossier d) {
        List<LocalDate> days = new ArrayList<>();
        days.add(d.receivedOn());
        if (d.resolvedOn() != null) days.add(d.resolvedOn());
        for (SupplementCycle cycle : d.supplements()) {
            days.add(cycle.requestedOn());
            if (cycle.receivedOn() != null) days.add(cycle.receivedOn());
        }
        return days;
    }

    /** The units' states stored at {@code version} by this build, by unit. */
    public Map<String, State> findStates(Collection<String> units, long version) {
        Map<String, State> out = new HashMap<>();
        if (units.isEmpty()) return out;
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT unit_code, as_of, valid_until FROM board_state"
                     + " WHERE data_version = ? AND app_build = ? AND unit_code IN (" + marks(units.size()) + ")")) {
            ps.setLong(1, version);
            ps.setString(2, TallyRepository.BUILD);
            int i = 3;
            for (String u : units) ps.setString(i++, u);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new State(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * The stored candidates of the units that can be listed on {@code day}: the open ones due before {@code dueBefore}
     * (a day past every unit's due-soon and apology horizon), and the resolved late ones without an apology letter
     * issued by {@code day}. Two index range reads per unit ({@code ix_board_dossiers_due}).
     */
    public List<Candidate> listed(Collection<String> units, LocalDate day, LocalDate dueBefore) {
        List<Candidate> out = new ArrayList<>();
        if (units.isEmpty()) return out;
        String in = " AND unit_code IN (" + marks(units.size()) + ")";
        try (Connection c = db.connection();
             PreparedStatement open = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM board_dossiers WHERE resolved = FALSE AND due_on < ?" + in);
             PreparedStatement late = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM board_dossiers WHERE resolved = TRUE AND (apology_on IS NULL OR apology_on > ?)" + in)) {
            for (PreparedStatement ps : List.of(open, late)) {
                Sql.setDate(ps, 1, ps == open ? dueBefore : day);
                int i = 2;
                for (String u : units) ps.setString(i++, u);
                read(ps, out);
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * One part of a board list, of one unit's stored candidates: the open ones due in [{@code dueFrom},
     * {@code dueBefore}) (nulls: no bound), or ({@code resolved}) those resolved late; with {@code noLetterBy}, only
     * those without an apology letter issued by that day. Its rows come in the board's order (V14): the open ones by
     * due date, the resolved ones by working days late (most first), then due date, receipt and id.
     */
    public record Part(String unit, boolean resolved, LocalDate dueFrom, LocalDate dueBefore, LocalDate noLetterBy) {}

    /** Where a part's page ended: its last row's place in the part's order. */
    public record Key(int lateDays, LocalDate dueOn, LocalDateTime receivedAt, long dossierId) {
        public static Key of(Candidate k) { return new Key(k.lateDays(), k.dueOn(), k.receivedAt(), k.dossierId()); }
    }

    /** How many stored candidates a part holds: a count of index entries (V14's indexes hold every column it reads). */
    public long count(Part part) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM board_dossiers");
        where(sql, part);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, part);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * At most {@code limit} of a part's candidates after {@code after} (null: from the start), in the part's order:
     * keyset paging on ix_board_dossiers_due or ix_board_dossiers_late, read in order and stopped after the page. The
     * keyset starts with a plain range on the leading column, where both engines start the index scan.
     */
    public List<Candidate> page(Part part, Key after, int limit) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(pageSql(part, after != null, limit))) {
            bindPage(ps, part, after);
            List<Candidate> out = new ArrayList<>();
            read(ps, out, Math.min(limit, 5_000));
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** {@link #page}'s query (the plan tests read it): {@link #where}'s parameters, then the keyset's. */
    static String pageSql(Part part, boolean after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM board_dossiers");
        where(sql, part);
        if (after) {
            sql.append(part.resolved()
                    ? " AND late_days <= ? AND (late_days < ? OR due_on > ? OR (due_on = ? AND (received_at > ?"
                            + " OR (received_at = ? AND dossier_id > ?))))"
                    : " AND due_on >= ? AND (due_on > ? OR received_at > ? OR (received_at = ? AND dossier_id > ?))");
        }
        sql.append(part.resolved()
                ? " ORDER BY unit_code, resolved, late_days DESC, due_on, received_at, dossier_id"
                : " ORDER BY unit_code, resolved, due_on, received_at, dossier_id");
        return sql.append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY").toString();
    }

    /** Binds {@link #pageSql}'s parameters. */
    static void bindPage(PreparedStatement ps, Part part, Key after) throws SQLException {
        int i = bind(ps, part);
        if (after == null) return;
        if (part.resolved()) {
            ps.setInt(i++, after.lateDays());
            ps.setInt(i++, after.lateDays());
        }
        Sql.setDate(ps, i++, after.dueOn());
        Sql.setDate(ps, i++, after.dueOn());
        Sql.setTimestamp(ps, i++, after.receivedAt());
        Sql.setTimestamp(ps, i++, after.receivedAt());
        ps.setLong(i, after.dossierId());
    }

    private static void where(StringBuilder sql, Part part) {
        // resolved as a literal: with a bound boolean H2 counted the same index range slower in a probe at 1 M dossiers
        sql.append(" WHERE unit_code = ? AND resolved = ").append(part.resolved() ? "TRUE" : "FALSE");
        if (part.dueFrom() != null) sql.append(" AND due_on >= ?");
        if (part.dueBefore() != null) sql.append(" AND due_on < ?");
        if (part.noLetterBy() != null) sql.append(" AND (apology_on IS NULL OR apology_on > ?)");
    }

    /** Binds {@link #where}'s parameters; returns the next position. */
    private static int bind(PreparedStatement ps, Part part) throws SQLException {
        int i = 1;
        ps.setString(i++, part.unit());
        if (part.dueFrom() != null) Sql.setDate(ps, i++, part.dueFrom());
        if (part.dueBefore() != null) Sql.setDate(ps, i++, part.dueBefore());
        if (part.noLetterBy() != null) Sql.setDate(ps, i++, part.noLetterBy());
        return i;
    }

    /** Every stored candidate of a unit, whatever its state (tests compare them with a recount). */
    public List<Candidate> all(String unit) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM board_dossiers WHERE unit_code = ? ORDER BY dossier_id")) {
            ps.setString(1, unit);
            List<Candidate> out = new ArrayList<>();
            read(ps, out);
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * Moves a unit's stored candidates from their day to {@code day}, a later day they hold on: they are that day's
     * candidates too ({@link TallyRepository#advanceState}). Returns whether they moved.
     */
    public boolean advance(String unit, State state, LocalDate day, long version) {
        if (!day.isAfter(state.asOf()) || !state.holdsOn(day)) return false; // most views: their own day, no connection
        try (Connection c = db.connection()) {
            return TallyRepository.advanceState(c, "board_state", unit, state.asOf(), day, version);
        } catch (SQLException e) {
            return false; // left where it was: never wrong
        }
    }

    /**
     * Stores a unit's candidates counted from the data at {@code version}, replacing the unit's (not a write of the
     * register: a failure, or a write in between, only means they are counted again).
     */
    public boolean save(String unit, State state, List<Candidate> candidates, long version) {
        return new TallyRepository(db).replace(version, c -> {
            TallyRepository.replaceState(c, "board_state", "board_dossiers", unit, state.asOf(), state.validUntil(),
                    version);
            insert(c, candidates);
            return null;
        });
    }

    /** Inserts candidates in batches, in the caller's transaction. */
    static void insert(Connection c, List<Candidate> candidates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO board_dossiers (" + COLUMNS + ") VALUES ("
                + marks(15) + ")")) {
            int pending = 0;
            for (Candidate k : candidates) {
                ps.setString(1, k.unitCode());
                ps.setLong(2, k.dossierId());
                ps.setBoolean(3, k.resolved());
                Sql.setDate(ps, 4, k.dueOn());
                Sql.setDate(ps, 5, k.apologyOn());
                ps.setInt(6, k.cycles());
                ps.setString(7, k.code());
                ps.setString(8, k.procedureCode());
                ps.setString(9, k.applicant());
                ps.setString(10, k.channel().code());
                Sql.setTimestamp(ps, 11, k.receivedAt());
                Sql.setDate(ps, 12, k.resolvedOn());
                ps.setString(13, k.outcome() == null ? null : k.outcome().code());
                Sql.setDate(ps, 14, k.newAppointmentOn());
                ps.setInt(15, k.lateDays());
                ps.addBatch();
                if (++pending % 5_000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds the candidates a query (unit_code, dossier_id, resolved, due_on, apology_on) finds. */
    private static void read(PreparedStatement ps, List<Candidate> out) throws SQLException { read(ps, out, 5_000); }

    private static void read(PreparedStatement ps, List<Candidate> out, int fetchSize) throws SQLException {
        ps.setFetchSize(fetchSize);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String outcome = rs.getString(13);
                out.add(new Candidate(rs.getString(1), rs.getLong(2), rs.getBoolean(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), Channel.fromCode(rs.getString(10)), rs.getObject(11, LocalDateTime.class),
                        rs.getObject(12, LocalDate.class), outcome == null ? null : Outcome.fromCode(outcome),
                        rs.getObject(14, LocalDate.class), rs.getInt(15)));
            }
        }
    }

    private static final String COLUMNS = "unit_code, dossier_id, resolved, due_on, apology_on, supplement_cycles, code,"
            + " procedure_code, applicant, channel, received_at, resolved_on, outcome, new_appointment_on, late_days";

    private static String marks(int n) { return String.join(", ", java.util.Collections.nCopies(n, "?")); }
}
