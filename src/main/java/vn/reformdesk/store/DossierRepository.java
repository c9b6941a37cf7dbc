package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.unit.UnitScope;

/** Dossiers and their supplementation cycles, keyed by dossier code. */
public final class DossierRepository {
    private static final String SELECT = "SELECT d.id, d.code, p.code AS procedure_code, d.applicant, d.channel,"
            + " d.received_at, d.resolved_on, d.outcome, d.paid_online, d.inputs_digitised, d.electronic_result,"
            + " d.result_digitised, d.reused_data, d.rating, d.complaint, d.apology_on, d.new_appointment_on,"
            + " d.unit_code, d.row_version FROM dossiers d JOIN procedures p ON p.id = d.procedure_id";
    /** The columns a save writes, in the order {@link #bind} gives them (an insert's; an update ends with the code). */
    private static final List<String> WRITTEN = List.of("procedure_id", "applicant", "channel", "received_at",
            "resolved_on", "outcome", "paid_online", "inputs_digitised", "electronic_result", "result_digitised",
            "reused_data", "rating", "complaint", "apology_on", "new_appointment_on", "unit_code", "code");
    private static final String UPDATE = "UPDATE dossiers SET procedure_id = ?, applicant = ?, channel = ?,"
            + " received_at = ?, resolved_on = ?, outcome = ?, paid_online = ?, inputs_digitised = ?,"
            + " electronic_result = ?, result_digitised = ?, reused_data = ?, rating = ?, complaint = ?,"
            + " apology_on = ?, new_appointment_on = ?, unit_code = COALESCE(?, unit_code), updated_at = CURRENT_TIMESTAMP,"
            + " row_version = row_version + 1 WHERE code = ? AND id = ?";
    /** An edit at a desk: applied only if nobody saved the dossier since the desk read it (see {@link #saveChecked}). */
    private static final String UPDATE_IF_VERSION = UPDATE + " AND row_version = ?";
    private static final int BATCH = 5_000;

    /** The audit trail's name for dossiers. */
    public static final String ENTITY = "dossier";

    private final Database db;

    public DossierRepository(Database db) { this.db = db; }

    /** Every dossier with its cycles, in order of receipt. */
    public List<Dossier> findAll() { return findAll(UnitScope.ALL); }

    /** Every dossier of the units in {@code scope}, with its cycles, in order of receipt. */
    public List<Dossier> findAll(UnitScope scope) {
        try (Connection c = db.connection()) {
            return findAll(c, scope);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public List<Dossier> findAll(Connection c) throws SQLException { return findAll(c, UnitScope.ALL); }

    /** The SQL condition of a scope (" AND unit_code = ?" or nothing); bind it with {@link #bindUnit}. */
    static String unitFilter(UnitScope scope) { return scope.unitCodeOrNull() == null ? "" : " AND unit_code = ?"; }

    /** Binds {@link #unitFilter}'s parameter at {@code i}; returns the next position. */
    static int bindUnit(PreparedStatement ps, int i, UnitScope scope) throws SQLException {
        if (scope.unitCodeOrNull() == null) return i;
        ps.setString(i, scope.unitCodeOrNull());
        return i + 1;
    }

    public List<Dossier> findAll(Connection c, UnitScope scope) throws SQLException {
        Map<Long, List<SupplementCycle>> cycles = cyclesOf(c, scope);
        Map<Long, String> procedureCodes = procedureCodesById(c);
        List<Dossier> out = new ArrayList<>();
        // A plain scan in storage order, sorted here: with the join to procedures or an ORDER BY, H2 sorted every
        // row in a temporary file first.
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM dossiers WHERE 1 = 1" + unitFilter(scope))) {
            bindUnit(st, 1, scope);
            try (ResultSet rs = st.executeQuery()) {
                Columns k = new Columns(rs);
                while (rs.next()) {
                    out.add(withOwnCycles(map(rs, k, procedureCodes), cycles));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Dossier::receivedAt).thenComparing(Dossier::code));
        return out;
    }

    /**
     * Streams every dossier (with its cycles), in the order they were stored (ascending id: the export is the same on
     * both engines), without holding them all: the overdue board, counters and rates at a million dossiers need one
     * pass, not a million objects in memory. {@code receivedFrom}/{@code receivedTo} (inclusive dates, null = open)
     * narrow the pass to a period, in no particular order.
     */
    public void forEach(java.time.LocalDate receivedFrom, java.time.LocalDate receivedTo,
                        java.util.function.Consumer<Dossier> action) {
        forEach(UnitScope.ALL, receivedFrom, receivedTo, action);
    }

    /** As {@link #forEach(java.time.LocalDate, java.time.LocalDate, java.util.function.Consumer)}, of a scope's units. */
    public void forEach(UnitScope scope, java.time.LocalDate receivedFrom, java.time.LocalDate receivedTo,
                        java.util.function.Consumer<Dossier> action) {
        try (Connection c = db.connection()) {
            Map<Long, List<SupplementCycle>> cycles = cyclesOf(c, scope);
            Map<Long, String> procedureCodes = procedureCodesById(c);
            // A plain scan of one table, in storage order: a join or an ORDER BY made H2 copy every row into a
            // sorted temporary file first (3-4x slower). Callers that need an order sort what they keep.
            StringBuilder sql = new StringBuilder("SELECT * FROM dossiers d WHERE 1 = 1");
            if (receivedFrom != null) sql.append(" AND d.received_at >= ?");
            if (receivedTo != null) sql.append(" AND d.received_at < ?");
            sql.append(unitFilter(scope));
            // The whole register in id order: H2 reads its primary key in that order anyway (no sort), PostgreSQL has
            // no storage order to rely on. A period's pass is aggregated or sorted by its callers.
            if (receivedFrom == null && receivedTo == null) sql.append(" ORDER BY d.id");
            streaming(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    int i = 1;
                    if (receivedFrom != null) Sql.setTimestamp(ps, i++, receivedFrom.atStartOfDay());
                    if (receivedTo != null) Sql.setTimestamp(ps, i++, receivedTo.plusDays(1).atStartOfDay());
                    bindUnit(ps, i, scope);
                    ps.setFetchSize(5_000);
                    try (ResultSet rs = ps.executeQuery()) {
                        Columns k = new Columns(rs);
                        while (rs.next()) {
                            action.accept(withOwnCycles(map(rs, k, procedureCodes), cycles));
                        }
                    }
                }
            });
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** Received on the days [from, to] (inclusive local dates), as a range of the received_at index. */
    private static final String RECEIVED_BETWEEN = "received_at >= ? AND received_at < ?";

    /** Binds {@link #RECEIVED_BETWEEN}'s two parameters, from position {@code i}. */
    private static void setReceivedBetween(PreparedStatement ps, int i, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        Sql.setTimestamp(ps, i, from.atStartOfDay());
        Sql.setTimestamp(ps, i + 1, to.plusDays(1).atStartOfDay());
    }

    /** What the deadline calculator reads of a dossier. */
    private static final String DEADLINE_FACTS = "id, received_at, procedure_id, channel, resolved_on, outcome,"
            + " apology_on, new_appointment_on, unit_code";
    /** The deadline facts plus what the index rates count. */
    private static final String RATE_FACTS = DEADLINE_FACTS + ", paid_online, inputs_digitised, electronic_result,"
            + " result_digitised, reused_data, rating, complaint";

    /**
     * The dossiers received in [from, to] (inclusive dates) with only the facts that deadlines and the index rates
     * need: no applicant, no unit, and {@code "#" + id} for the code. Read as one scan of the period's id range when it
     * is dense (no look-up of each row after the index), so the dashboard and a quarter's counters stay quick at a
     * million dossiers.
     */
    public List<Dossier> findRateFacts(java.time.LocalDate from, java.time.LocalDate to) {
        return findRateFacts(UnitScope.ALL, from, to);
    }

    /** As {@link #findRateFacts(java.time.LocalDate, java.time.LocalDate)}, of a scope's units. */
    public List<Dossier> findRateFacts(UnitScope scope, java.time.LocalDate from, java.time.LocalDate to) {
        try (Connection c = db.connection()) {
            long min, max, count;
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id), COUNT(*) FROM dossiers"
                    + " WHERE " + RECEIVED_BETWEEN + unitFilter(scope))) {
                setReceivedBetween(ps, 1, from, to);
                bindUnit(ps, 3, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    min = rs.getLong(1);
                    max = rs.getLong(2);
                    count = rs.getLong(3);
                }
            }
            if (count == 0) return new ArrayList<>();
            // Dossiers are stored in order of entry, nearly the order of receipt: a period's dossiers are a dense id
            // range, read as one sequential scan of the table, and the few in the range received outside the period
            // are dropped here. (A condition on received_at made H2 go back to its index and look each row up; a
            // CAST of it, evaluated on every row, cost more than the scan itself.)
            boolean dense = max - min + 1 <= 2 * count;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RATE_FACTS + " FROM dossiers WHERE "
                    + (dense ? "id BETWEEN ? AND ?" : RECEIVED_BETWEEN) + unitFilter(scope))) {
                if (dense) {
                    ps.setLong(1, min);
                    ps.setLong(2, max);
                } else {
                    setReceivedBetween(ps, 1, from, to);
                }
                bindUnit(ps, 3, scope);
                List<Dossier> facts = facts(c, ps);
                if (dense) facts.removeIf(d -> d.receivedOn().isBefore(from) || d.receivedOn().isAfter(to));
                return withCycles(c, facts);
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** The first day after {@code day} on which a dossier was received (from the index on received_at), if any. */
    public java.util.Optional<java.time.LocalDate> firstReceiptAfter(java.time.LocalDate day) {
        return firstReceiptAfter(UnitScope.ALL, day);
    }

    public java.util.Optional<java.time.LocalDate> firstReceiptAfter(UnitScope scope, java.time.LocalDate day) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT MIN(received_at) FROM dossiers WHERE received_at >= ?"
                     + unitFilter(scope))) {
            Sql.setTimestamp(ps, 1, day.plusDays(1).atStartOfDay());
            bindUnit(ps, 2, scope);
            try (ResultSet rs = ps.executeQuery()) {
                java.time.LocalDateTime t = rs.next() ? rs.getObject(1, java.time.LocalDateTime.class) : null;
                return java.util.Optional.ofNullable(t).map(java.time.LocalDateTime::toLocalDate);
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * The dossiers received in [from, to] (inclusive dates) and not resolved, with their rate facts (as
     * {@link #findRateFacts}): the part of a period's figures that changes from day to day. Read from the index on
     * resolved_on, within the period's id range.
     */
    public List<Dossier> findOpenRateFacts(java.time.LocalDate from, java.time.LocalDate to) {
        return findOpenRateFacts(UnitScope.ALL, from, to);
    }

    public List<Dossier> findOpenRateFacts(UnitScope scope, java.time.LocalDate from, java.time.LocalDate to) {
        try (Connection c = db.connection()) {
            long[] range = idRange(c, scope, from, to);
            if (range == null) return new ArrayList<>();
            long min = range[0], max = range[1];
            // The open dossiers of the period's id range: the index on resolved_on holds each entry's id, so H2 keeps
            // those of the range without reading a row. (With received_at in the SQL it read every open dossier of
            // the register to check it: 37,000 at a million dossiers, 0.3-2 s.) The unit and the days are checked here.
            String unit = scope.unitCodeOrNull();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RATE_FACTS + " FROM dossiers"
                    + " WHERE resolved_on IS NULL AND id BETWEEN ? AND ?")) {
                ps.setLong(1, min);
                ps.setLong(2, max);
                List<Dossier> open = facts(c, ps);
                open.removeIf(d -> d.receivedOn().isBefore(from) || d.receivedOn().isAfter(to)
                        || (unit != null && !unit.equals(d.unitCode())));
                return withCycles(c, open);
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * The first and last id of the scope's dossiers received in [from, to] (from the index on received_at); null: none.
     * {@code id + 0}: with a bare MIN(id) PostgreSQL walked the primary key from the first id and filtered every row
     * by its receipt until one was in the period (917,000 rows, 0.28 s, for a recent quarter at a million dossiers);
     * the expression leaves it the period's range of the index on received_at (0.05 s). H2 read that range already.
     */
    private static long[] idRange(Connection c, UnitScope scope, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id + 0), MAX(id + 0) FROM dossiers WHERE "
                + RECEIVED_BETWEEN + unitFilter(scope))) {
            setReceivedBetween(ps, 1, from, to);
            bindUnit(ps, 3, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
            }
        }
    }

    /**
     * The resolved dossiers received in [from, to] (of the scope) whose status could still change after {@code day}:
     * received, supplemented or resolved after it ({@link vn.reformdesk.domain.index.RateTally#settledOn}), none
     * resolved after {@code lastResolved}. Found by ids in the period's id range (the index on resolved_on, the
     * cycles' key, the index on received_at), then read whole: a few per cent of a month read long after it.
     */
    public List<Dossier> findResolvedChangedAfter(UnitScope scope, java.time.LocalDate from, java.time.LocalDate to,
                                                  java.time.LocalDate day, java.time.LocalDate lastResolved) {
        try (Connection c = db.connection()) {
            long[] range = idRange(c, scope, from, to);
            if (range == null) return new ArrayList<>();
            long min = range[0], max = range[1];
            java.util.Set<Long> ids = new java.util.TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM dossiers WHERE resolved_on > ?"
                    + " AND resolved_on <= ? AND id BETWEEN ? AND ?")) {
                Sql.setDate(ps, 1, day);
                Sql.setDate(ps, 2, lastResolved.isAfter(day) ? lastResolved : day);
                ps.setLong(3, min);
                ps.setLong(4, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT dossier_id FROM supplement_cycles"
                    + " WHERE dossier_id BETWEEN ? AND ? AND (requested_on > ? OR received_on > ?)")) {
                ps.setLong(1, min);
                ps.setLong(2, max);
                Sql.setDate(ps, 3, day);
                Sql.setDate(ps, 4, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            if (day.isBefore(to)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM dossiers WHERE " + RECEIVED_BETWEEN)) {
                    setReceivedBetween(ps, 1, day.plusDays(1), to);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) ids.add(rs.getLong(1));
                    }
                }
            }
            String unit = scope.unitCodeOrNull();
            List<Dossier> out = new ArrayList<>();
            for (Dossier d : findByIds(c, ids)) {
                if (d.resolvedOn() == null || d.receivedOn().isBefore(from) || d.receivedOn().isAfter(to)) continue;
                if (unit != null && !unit.equals(d.unitCode())) continue;
                if (vn.reformdesk.domain.index.RateTally.settledOn(d).isAfter(day)) out.add(d);
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * Streams the dossiers still open on {@code asOf} (received by then, not resolved by then): the only ones that
     * can be overdue or due soon. Only their deadline facts are read (as {@link #findRateFacts}, without the rate
     * flags), from an index whose first column is resolved_on: two range reads, not a pass over the register.
     * (With received_at in the SQL too, H2 chose that index and read every dossier received before {@code asOf}.)
     */
    public void forEachOpen(java.time.LocalDate asOf, java.util.function.Consumer<Dossier> action) {
        forEachOpen(UnitScope.ALL, asOf, action);
    }

    public void forEachOpen(UnitScope scope, java.time.LocalDate asOf, java.util.function.Consumer<Dossier> action) {
        try (Connection c = db.connection()) {
            List<Dossier> open = new ArrayList<>();
            String unit = scope.unitCodeOrNull();
            for (String condition : List.of("resolved_on IS NULL", "resolved_on > ?")) {
                // The unit of the range is checked here, not in SQL: with both, H2 walked the unit's own index (every
                // dossier of the unit) since ix_dossiers_open holds resolved_on alone (V13).
                boolean range = condition.contains("?");
                try (PreparedStatement ps = c.prepareStatement("SELECT " + DEADLINE_FACTS + " FROM dossiers WHERE "
                        + condition + (range ? "" : unitFilter(scope)))) {
                    if (range) Sql.setDate(ps, 1, asOf);
                    else bindUnit(ps, 1, scope);
                    for (Dossier d : facts(c, ps)) {
                        if (!d.receivedOn().isAfter(asOf) && (!range || unit == null || unit.equals(d.unitCode()))) open.add(d);
                    }
                }
            }
            withCycles(c, open).forEach(action);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private List<Dossier> facts(Connection c, PreparedStatement ps) throws SQLException {
        List<Dossier> out = new ArrayList<>();
        streamFacts(c, ps, Map.of(), out::add);
        return out;
    }

    /** The dossiers of a facts query ({@link #DEADLINE_FACTS} or {@link #RATE_FACTS}), with the given cycles. */
    private void streamFacts(Connection c, PreparedStatement ps, Map<Long, List<SupplementCycle>> cycles,
                             java.util.function.Consumer<Dossier> action) throws SQLException {
        Map<Long, String> procedureCodes = procedureCodesById(c);
        ps.setFetchSize(5_000);
        try (ResultSet rs = ps.executeQuery()) {
            Columns k = new Columns(rs);
            while (rs.next()) action.accept(withOwnCycles(map(rs, k, procedureCodes), cycles));
        }
    }

    private static Dossier withOwnCycles(Dossier d, Map<Long, List<SupplementCycle>> cycles) {
        List<SupplementCycle> own = cycles.get(d.id());
        return own == null ? d : d.withSupplements(own);
    }

    /**
     * Streams, with their deadline facts only (as {@link #forEachOpen}), the dossiers resolved by {@code asOf}
     * without an apology letter issued by then: the only resolved ones that can still need one. Read from the
     * index on resolved_on alone, one at a time.
     */
    public void forEachResolvedWithoutApology(java.time.LocalDate asOf, java.util.function.Consumer<Dossier> action) {
        forEachResolvedWithoutApology(UnitScope.ALL, asOf, action);
    }

    public void forEachResolvedWithoutApology(UnitScope scope, java.time.LocalDate asOf,
                                              java.util.function.Consumer<Dossier> action) {
        try (Connection c = db.connection()) {
            // most of the register: read whole before its first row, it ran the board's count of a province's
            // 2,000,000 dossiers on PostgreSQL out of a 512 MB heap
            streaming(c, () -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + DEADLINE_FACTS + " FROM dossiers"
                        + " WHERE resolved_on <= ? AND (apology_on IS NULL OR apology_on > ?)" + unitFilter(scope))) {
                    Sql.setDate(ps, 1, asOf);
                    Sql.setDate(ps, 2, asOf);
                    bindUnit(ps, 3, scope);
                    streamFacts(c, ps, cyclesOf(c, scope), action);
                }
            });
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** A read of the connection's that may not throw anything but SQL's. */
    @FunctionalInterface
    private interface Read {
        void run() throws SQLException;
    }

    /**
     * Runs {@code read} in a read-only transaction, rolled back after it: PostgreSQL streams a result by the fetch
     * size only inside a transaction, and otherwise reads it all into memory first.
     */
    private static void streaming(Connection c, Read read) throws SQLException {
        c.setAutoCommit(false);
        try {
            read.run();
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /**
     * The supplementation cycles of the scope's dossiers, by dossier: a unit's own only (a province's board counted
     * unit by unit read every unit's cycles 95 times). A join, not "IN (SELECT id …)": H2 2.4 turns such a subquery's
     * ids into a list, and one longer than it keeps in memory (MAX_MEMORY_ROWS) failed with an internal error.
     */
    private static Map<Long, List<SupplementCycle>> cyclesOf(Connection c, UnitScope scope) throws SQLException {
        Map<Long, List<SupplementCycle>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.dossier_id, s.requested_on, s.received_on"
                + " FROM supplement_cycles s" + (scope.unitCodeOrNull() == null ? ""
                        : " JOIN dossiers d ON d.id = s.dossier_id WHERE d.unit_code = ?")
                + " ORDER BY s.dossier_id, s.cycle_no")) {
            bindUnit(ps, 1, scope);
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                readCycles(rs, out);
            }
        }
        return out;
    }

    /** The whole dossiers (with cycles) of the given ids, in order of id. */
    public List<Dossier> findByIds(java.util.Collection<Long> ids) {
        try (Connection c = db.connection()) {
            return findByIds(c, ids);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private List<Dossier> findByIds(Connection c, java.util.Collection<Long> ids) throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        java.util.Collections.sort(all);
        List<Dossier> out = new ArrayList<>(all.size());
        if (all.isEmpty()) return out;
        Map<Long, String> procedureCodes = procedureCodesById(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM dossiers WHERE id IN (" + IN_LIST + ")")) {
            inChunks(ps, all, CHUNK, rs -> {
                Columns k = new Columns(rs);
                while (rs.next()) out.add(map(rs, k, procedureCodes));
            });
        }
        out.sort(java.util.Comparator.comparing(Dossier::id));
        return withCycles(c, out);
    }

    /** How many values one IN list binds: long lists are bound and run chunk by chunk ({@link #inChunks}). */
    private static final int CHUNK = 500;
    private static final String IN_LIST = String.join(",", java.util.Collections.nCopies(CHUNK, "?"));
    /**
     * A shorter chunk for the lists of code keys: H2 checks every row it finds against the whole list again, folding
     * each code once more, so a lookup's cost grows with the list (60,000 codes of a 1 M register looked up: 3.1–3.9 s
     * in lists of 500, 1.3–1.5 s in lists of 64). On a server the shorter lists mean more statements (not measured).
     */
    private static final int KEY_CHUNK = 64;
    private static final String LOWER_IN_LIST = String.join(",", java.util.Collections.nCopies(KEY_CHUNK, "LOWER(?)"));
    /** The keys of twins from before V11 with the given exact codes ({@link OneCodeIndex#KEY}). */
    private static final String TWIN_IN_LIST = String.join(",", java.util.Collections.nCopies(KEY_CHUNK, OneCodeIndex.TWIN_MARK + "?"));

    /**
     * The condition that finds a dossier by its exact code ({@link #bindExactCode}) through the one unique index on
     * codes (V15): its key is the code folded, or a twin's marked; the code itself then tells the spelling.
     */
    static String exactCode(String alias) {
        return alias + "code_key IN (LOWER(?), " + OneCodeIndex.TWIN_MARK + "?) AND " + alias + "code = ?";
    }

    static void bindExactCode(PreparedStatement ps, String code) throws SQLException {
        for (int i = 1; i <= 3; i++) ps.setString(i, code);
    }

    @FunctionalInterface
    private interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Reads the id and code of the dossiers whose code_key is among {@code keys} ({@link #LOWER_IN_LIST} or
     * {@link #TWIN_IN_LIST}) of {@code codes}, chunk by chunk.
     */
    private static void byKeys(Connection c, String keys, List<String> codes, Rows rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM dossiers WHERE code_key IN (" + keys + ")")) {
            inChunks(ps, codes, KEY_CHUNK, rows);
        }
    }

    /**
     * Runs {@code ps}, whose only parameters are one list of {@code chunk} values ({@link #IN_LIST}, {@link
     * #LOWER_IN_LIST}, {@link #TWIN_IN_LIST}), for each chunk of {@code values}.
     */
    private static void inChunks(PreparedStatement ps, List<?> values, int chunk, Rows rows) throws SQLException {
        for (int from = 0; from < values.size(); from += chunk) {
            for (int i = 0; i < chunk; i++) {
                int k = from + i;
                ps.setObject(i + 1, k < values.size() ? values.get(k) : null); // padded with NULL: matches nothing
            }
            try (ResultSet rs = ps.executeQuery()) {
                rows.read(rs);
            }
        }
    }

    /** The flag in column {@code col}, null when unknown or not in the query (col 0). */
    private static Boolean bool(ResultSet rs, int col) throws SQLException {
        return col > 0 ? rs.getObject(col, Boolean.class) : null; // one call instead of getBoolean and wasNull
    }

    /**
     * The dossiers with their supplementation cycles. Dossiers are stored roughly in order of receipt, so a period's
     * dossiers are a narrow id range, read in one range scan; dossiers scattered over the register (the open ones)
     * are looked up by id in chunks instead.
     */
    private static List<Dossier> withCycles(Connection c, List<Dossier> dossiers) throws SQLException {
        if (dossiers.isEmpty()) return dossiers;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (Dossier d : dossiers) {
            min = Math.min(min, d.id());
            max = Math.max(max, d.id());
        }
        Map<Long, List<SupplementCycle>> cycles = new HashMap<>();
        String select = "SELECT dossier_id, requested_on, received_on FROM supplement_cycles WHERE ";
        String order = " ORDER BY dossier_id, cycle_no";
        if (max - min < 4L * dossiers.size()) {
            try (PreparedStatement ps = c.prepareStatement(select + "dossier_id BETWEEN ? AND ?" + order)) {
                ps.setLong(1, min);
                ps.setLong(2, max);
                try (ResultSet rs = ps.executeQuery()) {
                    readCycles(rs, cycles);
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement(select + "dossier_id IN (" + IN_LIST + ")" + order)) {
                inChunks(ps, dossiers.stream().map(Dossier::id).toList(), CHUNK, rs -> readCycles(rs, cycles));
            }
        }
        if (cycles.isEmpty()) return dossiers;
        List<Dossier> out = new ArrayList<>(dossiers.size());
        for (Dossier d : dossiers) out.add(withOwnCycles(d, cycles));
        return out;
    }

    /** Adds the cycles of a result (dossier_id, requested_on, received_on; ordered by cycle). */
    private static void readCycles(ResultSet rs, Map<Long, List<SupplementCycle>> into) throws SQLException {
        while (rs.next()) {
            into.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                    .add(new SupplementCycle(rs.getObject(2, java.time.LocalDate.class),
                            rs.getObject(3, java.time.LocalDate.class)));
        }
    }

    /** Where a page of the dossier list ends: the last row's receipt and id, the list's order (newest first). */
    public record ListKey(java.time.LocalDateTime receivedAt, long id) {
        public static ListKey of(Dossier d) { return new ListKey(d.receivedAt(), d.id()); }
    }

    /**
     * One page of the dossier list: at most {@code limit} dossiers of the scope received in [from, to] (nulls =
     * open), in the order (received_at DESC, id DESC), those after {@code after} (null = the first page). Keyset
     * paging: every page costs the same, however deep, because it starts in the index where the last one ended.
     */
    public List<Dossier> findPage(UnitScope scope, java.time.LocalDate from, java.time.LocalDate to, ListKey after,
                                  int limit) {
        try (Connection c = db.connection()) {
            // No join to procedures: with it H2 sorted the whole register before taking the newest (2.5 minutes at a
            // million dossiers); alone, they are read backwards from the received_at index. The keyset is written "received_at <= ? AND (received_at < ?
            // OR id < ?)": the first term is a range both engines start the index scan at; the plain OR form made
            // H2 read the index from the newest row on every page.
            StringBuilder sql = new StringBuilder("SELECT * FROM dossiers d WHERE 1 = 1").append(receivedIn(from, to));
            if (after != null) sql.append(" AND d.received_at <= ? AND (d.received_at < ? OR d.id < ?)");
            sql.append(unitFilter(scope));
            // unit_code first in a scope's order: it is constant there, and with it H2 reads ix_dossiers_unit
            // (unit_code, received_at) in order and stops after the page instead of sorting the unit's dossiers.
            sql.append(" ORDER BY ").append(scope.unitCodeOrNull() == null ? "" : "d.unit_code DESC, ")
                    .append("d.received_at DESC, d.id DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
            Map<Long, String> procedureCodes = procedureCodesById(c);
            List<Dossier> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = bindReceivedIn(ps, 1, from, to);
                if (after != null) {
                    Sql.setTimestamp(ps, i++, after.receivedAt());
                    Sql.setTimestamp(ps, i++, after.receivedAt());
                    ps.setLong(i++, after.id());
                }
                bindUnit(ps, i, scope);
                ps.setFetchSize(Math.min(limit, 5_000));
                try (ResultSet rs = ps.executeQuery()) {
                    Columns k = new Columns(rs);
                    while (rs.next()) out.add(map(rs, k, procedureCodes));
                }
            }
            return withCycles(c, out); // keeps the order
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * The codes of the dossiers received on {@code day}: with the rows the list has read, what the form needs to
     * propose the day's next free code when the list has not read the whole register.
     */
    public java.util.Set<String> codesReceivedOn(java.time.LocalDate day) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT code FROM dossiers d WHERE 1 = 1" + receivedIn(day, day))) {
            bindReceivedIn(ps, 1, day, day);
            java.util.Set<String> out = new java.util.HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** The condition "received in [from, to]" (nulls = open) of the list's queries; bind it with {@link #bindReceivedIn}. */
    private static String receivedIn(java.time.LocalDate from, java.time.LocalDate to) {
        return (from == null ? "" : " AND d.received_at >= ?") + (to == null ? "" : " AND d.received_at < ?");
    }

    /** Binds {@link #receivedIn}'s parameters from {@code i}; returns the next position. */
    private static int bindReceivedIn(PreparedStatement ps, int i, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        if (from != null) Sql.setTimestamp(ps, i++, from.atStartOfDay());
        if (to != null) Sql.setTimestamp(ps, i++, to.plusDays(1).atStartOfDay());
        return i;
    }

    /** How many dossiers of the scope were received in [from, to] (nulls = open): the list's exact count. */
    public long countReceived(UnitScope scope, java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null && to == null) return count(scope);
        try (Connection c = db.connection()) {
            String sql = "SELECT COUNT(*) FROM dossiers d WHERE 1 = 1" + receivedIn(from, to) + unitFilter(scope);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindUnit(ps, bindReceivedIn(ps, 1, from, to), scope);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public Optional<Dossier> findByCode(String code) {
        try (Connection c = db.connection()) {
            return Optional.ofNullable(findIn(c, code));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public long count() { return count(UnitScope.ALL); }

    public long count(UnitScope scope) {
        try (Connection c = db.connection();
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM dossiers WHERE 1 = 1" + unitFilter(scope))) {
            bindUnit(st, 1, scope);
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** The dossier of this code with its version now (for an edit at a desk), if any. */
    public Optional<Versioned<Dossier>> findVersioned(String code) {
        try (Connection c = db.connection()) {
            return Optional.ofNullable(findVersionedIn(c, code));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private Versioned<Dossier> findVersionedIn(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE " + exactCode("d."))) {
            bindExactCode(ps, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Dossier d = map(rs, new Columns(rs), null);
                return new Versioned<>(d.withSupplements(cyclesOf(c, d.id())), rs.getLong("row_version"));
            }
        }
    }

    /**
     * Saves a dossier edited or registered at a desk, based on the version it read ({@code baseVersion}; null: a new
     * dossier). Refused with a {@link ConflictException} carrying what is stored when another desk saved, deleted or
     * registered the same code since: nothing is overwritten, and only the fields saved are written (no column of
     * another desk's save is put back to what this desk read).
     */
    public Versioned<Dossier> saveChecked(Dossier d, Long baseVersion) {
        return Transactions.inTransaction(db, c -> {
            Versioned<Dossier> stored = findVersionedIn(c, d.code());
            if (baseVersion == null && stored != null) {
                throw new ConflictException("A dossier with the code " + d.code() + " was registered meanwhile (at another"
                        + " desk?). Nothing was saved: give this one another code.", stored);
            }
            if (baseVersion != null && (stored == null || stored.version() != baseVersion)) {
                throw conflict(d.code(), stored);
            }
            saveAll(c, List.of(d), true, stored == null ? Map.of() : Map.of(d.code(), stored.value()), baseVersion, true);
            return findVersionedIn(c, d.code());
        });
    }

    private static ConflictException conflict(String code, Versioned<Dossier> stored) {
        return new ConflictException(stored == null
                ? "The dossier " + code + " was deleted at another desk since you opened it. Nothing was saved."
                : "The dossier " + code + " was changed at another desk since you opened it. Nothing was saved:"
                + " compare and keep either.", stored);
    }

    /** Inserts or updates (by code) one dossier with its cycles. */
    public Dossier save(Dossier d) {
        return Transactions.inTransaction(db, c -> {
            saveAll(c, List.of(d));
            return findIn(c, d.code());
        });
    }

    public void delete(String code) {
        Transactions.inTransaction(db, c -> {
            Dossier before = findIn(c, code);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dossiers WHERE " + exactCode(""))) {
                bindExactCode(ps, code);
                ps.executeUpdate();
            }
            if (before != null) {
                AuditLog audit = new AuditLog(c);
                audit.record(ENTITY, code, before, null);
                audit.flush();
                StoredFigures.apply(c, db, java.util.Collections.singletonList(before),
                        java.util.Collections.singletonList(null));
            }
            return null;
        });
    }

    /**
     * In a large import's transaction, before its rows: the stored figures are left behind and counted again once when
     * next asked (as after a calendar edit), so the rows are not applied to them one by one (StoredFigures).
     */
    public static void leaveFiguresBehind(Connection c) throws SQLException { StoredFigures.invalidate(c); }

    /**
     * Upserts dossiers by code in batches inside the caller's transaction. Procedure codes must exist
     * (the importer checks first; a missing one here is a programming error and fails the transaction).
     */
    public void saveAll(Connection c, List<Dossier> dossiers) throws SQLException {
        saveAll(c, dossiers, true);
    }

    /**
     * As {@link #saveAll(Connection, List)}; with {@code auditCreates} false, new dossiers are not written to the
     * audit trail one by one (a bulk import records one summary entry instead; updates are always recorded).
     */
    public void saveAll(Connection c, List<Dossier> dossiers, boolean auditCreates) throws SQLException {
        saveAll(c, dossiers, auditCreates, findByCodes(c, dossiers.stream().map(Dossier::code).toList()));
    }

    /**
     * As above, with the stored versions of these dossiers already in hand ({@code before}, by code, holding every
     * one that exists): an importer that has just compared them does not look them up a second time.
     */
    public void saveAll(Connection c, List<Dossier> dossiers, boolean auditCreates, Map<String, Dossier> before)
            throws SQLException {
        saveAll(c, dossiers, auditCreates, before, null, true);
    }

    /**
     * As above, new dossiers not audited one by one, in a large import's transaction that has left the stored figures
     * behind ({@link #leaveFiguresBehind}): nothing is applied to them, not even a month made only of these rows,
     * whose look-up would read the register without the indexes the import builds after its rows.
     */
    public void saveAllFiguresLeftBehind(Connection c, List<Dossier> dossiers, Map<String, Dossier> before)
            throws SQLException {
        saveAll(c, dossiers, false, before, null, false);
    }

    /** As above; with {@code baseVersion} (one dossier only), its update applies only at that version. */
    private void saveAll(Connection c, List<Dossier> dossiers, boolean auditCreates, Map<String, Dossier> before,
                         Long baseVersion, boolean applyFigures) throws SQLException {
        Map<String, Long> procedureIds = new ProcedureRepository(db).ids(c);
        // a dossier names its unit; without one it stays in its stored unit, or a new one goes to the home unit; a
        // unit not yet listed (a commune's) is added
        java.util.Set<String> units = new java.util.HashSet<>();
        String home = null;
        List<Dossier> placed = new ArrayList<>(dossiers.size());
        for (Dossier d : dossiers) {
            if (d.unitCode() == null) {
                Dossier old = before.get(d.code());
                if (old != null && old.unitCode() != null) d = d.withUnit(old.unitCode());
                else {
                    if (home == null) home = new UnitRepository(db).home(c).code();
                    d = d.withUnit(home);
                }
            }
            units.add(d.unitCode());
            placed.add(d);
        }
        dossiers = placed;
        new UnitRepository(db).ensure(c, units);
        Map<String, Long> existing = new HashMap<>();
        before.forEach((code, d) -> existing.put(code, d.id()));
        AuditLog audit = new AuditLog(c);
        for (Dossier d : dossiers) {
            Dossier old = before.get(d.code());
            if (old != null) audit.record(ENTITY, d.code(), old.withId(null), d.withId(null));
            else if (auditCreates) audit.record(ENTITY, d.code(), null, d.withId(null));
        }
        audit.flush();
        List<Dossier> added = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement(baseVersion == null ? UPDATE : UPDATE_IF_VERSION)) {
            Sql.Params params = new Sql.Params(update);
            int pendingUpdate = 0;
            for (Dossier d : dossiers) {
                Long procedureId = procedureIds.get(d.procedureCode());
                if (procedureId == null) throw new SQLException("unknown procedure " + d.procedureCode());
                if (!existing.containsKey(d.code())) {
                    added.add(d);
                    continue;
                }
                params.restart();
                bind(params, d, procedureId);
                params.number(existing.get(d.code())); // found by its id; the code bound last guards it
                if (baseVersion != null) {
                    // checked and written in one statement: a save by another desk in between is never overwritten
                    update.setLong(params.next(), baseVersion);
                    if (update.executeUpdate() != 1) throw conflict(d.code(), findVersionedIn(c, d.code()));
                    continue;
                }
                update.addBatch();
                if (++pendingUpdate % BATCH == 0) update.executeBatch();
            }
            update.executeBatch();
        }
        // New dossiers after the updates: on PostgreSQL they stream in one COPY, during which the connection runs
        // nothing else (Engine.bulkInsert)
        try (Engine.BulkInsert insert = db.engine().bulkInsert(c, "dossiers", WRITTEN)) {
            for (Dossier d : added) {
                bind(insert, d, procedureIds.get(d.procedureCode())); // its unit placed above
                insert.endRow();
            }
            insert.finish();
        }
        // Ids: the stored ones are known; only new dossiers with a cycle are looked up. (Asking the inserts for
        // their generated keys instead cost 7 % more CPU per insert in H2 than these look-ups of 1 row in 12.)
        Map<String, Long> ids = new HashMap<>(existing);
        List<String> newWithCycles = new ArrayList<>();
        for (Dossier d : dossiers) {
            if (!d.supplements().isEmpty() && !existing.containsKey(d.code())) newWithCycles.add(d.code());
        }
        if (!newWithCycles.isEmpty()) ids.putAll(idsOf(c, newWithCycles));
        replaceCycles(c, dossiers, existing, ids);
        List<Dossier> replaced = new ArrayList<>(dossiers.size());
        for (Dossier d : dossiers) replaced.add(before.get(d.code()));
        if (applyFigures) StoredFigures.apply(c, db, replaced, dossiers);
    }

    /**
     * Replaces the cycles of the given dossiers: {@code before} holds the ids of those that existed (their old
     * cycles go), {@code ids} the id of every dossier that existed or has a cycle.
     */
    private void replaceCycles(Connection c, List<Dossier> dossiers, Map<String, Long> before, Map<String, Long> ids)
            throws SQLException {
        boolean any = false;
        for (Dossier d : dossiers) {
            if (!d.supplements().isEmpty() || before.containsKey(d.code())) {
                any = true;
                break;
            }
        }
        if (!any) return;
        try (PreparedStatement del = c.prepareStatement("DELETE FROM supplement_cycles WHERE dossier_id = ?")) {
            int pending = 0;
            for (Dossier d : dossiers) {
                if (!before.containsKey(d.code())) continue;
                del.setLong(1, before.get(d.code()));
                del.addBatch();
                if (++pending % BATCH == 0) del.executeBatch();
            }
            del.executeBatch();
        }
        try (Engine.BulkInsert ins = db.engine().bulkInsert(c, "supplement_cycles",
                List.of("dossier_id", "cycle_no", "requested_on", "received_on"))) {
            for (Dossier d : dossiers) {
                if (d.supplements().isEmpty()) continue;
                Long id = ids.get(d.code());
                if (id == null) throw new SQLException("no id for dossier " + d.code());
                int no = 1;
                for (SupplementCycle cycle : d.supplements()) {
                    ins.number(id);
                    ins.number(no++);
                    ins.date(cycle.requestedOn());
                    ins.date(cycle.receivedOn());
                    ins.endRow();
                }
            }
            ins.finish();
        }
    }

    /** The stored dossiers (with cycles) among the given codes, by code; looked up through the unique index. */
    public Map<String, Dossier> findByCodes(Connection c, java.util.Collection<String> codes) throws SQLException {
        Map<String, Dossier> out = new HashMap<>();
        for (Dossier d : findByIds(c, idsOf(c, codes).values())) out.put(d.code(), d);
        return out;
    }

    /**
     * The stored dossiers whose codes are the given ones, case aside (BADX-1 finds badx-1), through the unique
     * code_key (V11, V15); the database folds the given codes as it folded the stored ones. A twin from before V11 is
     * found by its exact code.
     */
    public List<Dossier> findByCodesIgnoringCase(Connection c, java.util.Collection<String> codes) throws SQLException {
        // Two statements, each an IN list answered from the index: with "code_key IN (…) OR code IN (…)" H2 read every
        // dossier and folded each code (a 1,000-row import into 100,000 dossiers took 15 s, nearly all of it here).
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        List<String> all = new ArrayList<>(codes);
        for (String keys : List.of(LOWER_IN_LIST, TWIN_IN_LIST)) { // the second: a twin by its exact code
            byKeys(c, keys, all, rs -> {
                while (rs.next()) ids.add(rs.getLong(1));
            });
        }
        return findByIds(c, ids);
    }

    private Map<Long, String> procedureCodesById(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        new ProcedureRepository(db).ids(c).forEach((code, id) -> out.put(id, code));
        return out;
    }

    /** Whether the register holds no dossier at all (an import into an empty register need not look codes up). */
    public boolean noneStored(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM dossiers FETCH FIRST 1 ROWS ONLY")) {
            return !rs.next();
        }
    }

    /**
     * Code → id of the given dossier codes that exist, each code as it is spelt, looked up through the unique code_key
     * in chunks: folded, then (for the codes not found so) as a twin's.
     */
    public Map<String, Long> idsOf(Connection c, java.util.Collection<String> codes) throws SQLException {
        java.util.Set<String> wanted = new java.util.HashSet<>(codes);
        Map<String, Long> out = new HashMap<>();
        Rows found = rs -> {
            while (rs.next()) if (wanted.contains(rs.getString(2))) out.put(rs.getString(2), rs.getLong(1));
        };
        byKeys(c, LOWER_IN_LIST, new ArrayList<>(wanted), found);
        List<String> rest = new ArrayList<>();
        for (String code : wanted) if (!out.containsKey(code)) rest.add(code);
        if (!rest.isEmpty()) byKeys(c, TWIN_IN_LIST, rest, found);
        return out;
    }

    private Dossier findIn(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE " + exactCode("d."))) {
            bindExactCode(ps, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                Dossier d = map(rs, new Columns(rs), null);
                return d.withSupplements(cyclesOf(c, d.id()));
            }
        }
    }

    private static List<SupplementCycle> cyclesOf(Connection c, long dossierId) throws SQLException {
        List<SupplementCycle> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT requested_on, received_on FROM supplement_cycles"
                + " WHERE dossier_id = ? ORDER BY cycle_no")) {
            ps.setLong(1, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new SupplementCycle(Sql.date(rs, "requested_on"), Sql.date(rs, "received_on")));
            }
        }
        return out;
    }

    /** A dossier's {@link #WRITTEN} columns, in order. */
    private static void bind(Engine.RowValues v, Dossier d, long procedureId) throws SQLException {
        v.number(procedureId);
        v.text(d.applicant());
        v.text(d.channel().code());
        v.timestamp(d.receivedAt());
        v.date(d.resolvedOn());
        v.text(d.outcome() == null ? null : d.outcome().code());
        v.bool(d.paidOnline());
        v.bool(d.inputsDigitised());
        v.bool(d.electronicResult());
        v.bool(d.resultDigitised());
        v.bool(d.reusedData());
        v.text(d.rating() == null ? null : d.rating().code());
        v.bool(d.complaint());
        v.date(d.apologyOn());
        v.date(d.newAppointmentOn());
        v.text(d.unitCode());
        v.text(d.code());
    }

    /**
     * Where each column stands in a result set of dossiers, found once per query: looking columns up by name on
     * every row was a fifth of the time it took to read 200,000 dossiers.
     */
    private static final class Columns {
        final int id, code, procedureId, procedureCode, applicant, channel, receivedAt, resolvedOn, outcome, paid,
                digitised, eResult, resultDigitised, reused, rating, complaint, apology, newAppointment, unit;

        Columns(ResultSet rs) throws SQLException {
            java.sql.ResultSetMetaData md = rs.getMetaData();
            Map<String, Integer> at = new HashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                at.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), i);
            }
            // 0 = not in the query: the facts queries leave out the code, the applicant, the unit and maybe the flags
            id = at.get("id");
            code = at.getOrDefault("code", 0);
            procedureId = at.getOrDefault("procedure_id", 0);
            procedureCode = at.getOrDefault("procedure_code", 0);
            applicant = at.getOrDefault("applicant", 0);
            channel = at.get("channel");
            receivedAt = at.get("received_at");
            resolvedOn = at.get("resolved_on");
            outcome = at.get("outcome");
            paid = at.getOrDefault("paid_online", 0);
            digitised = at.getOrDefault("inputs_digitised", 0);
            eResult = at.getOrDefault("electronic_result", 0);
            resultDigitised = at.getOrDefault("result_digitised", 0);
            reused = at.getOrDefault("reused_data", 0);
            rating = at.getOrDefault("rating", 0);
            complaint = at.getOrDefault("complaint", 0);
            apology = at.get("apology_on");
            newAppointment = at.get("new_appointment_on");
            unit = at.getOrDefault("unit_code", 0);
        }
    }

    /**
     * The dossier on the result set's row. Its procedure code is the row's {@code procedure_code} column (queries
     * joined to procedures) or, for a plain select, looked up in {@code procedureCodes} by procedure_id. A facts
     * query's dossier has {@code "#" + id} for its code and null for what the query left out.
     */
    private static Dossier map(ResultSet rs, Columns k, Map<Long, String> procedureCodes) throws SQLException {
        long id = rs.getLong(k.id);
        String procedureCode = k.procedureCode > 0 ? rs.getString(k.procedureCode)
                : procedureCodes.get(rs.getLong(k.procedureId));
        String outcome = rs.getString(k.outcome);
        String rating = k.rating > 0 ? rs.getString(k.rating) : null;
        return new Dossier(id, k.code > 0 ? rs.getString(k.code) : "#" + id, procedureCode,
                k.applicant > 0 ? rs.getString(k.applicant) : null,
                Channel.fromCode(rs.getString(k.channel)), rs.getObject(k.receivedAt, java.time.LocalDateTime.class),
                List.of(), rs.getObject(k.resolvedOn, java.time.LocalDate.class),
                outcome == null ? null : Outcome.fromCode(outcome), bool(rs, k.paid), bool(rs, k.digitised),
                bool(rs, k.eResult), bool(rs, k.resultDigitised), bool(rs, k.reused),
                rating == null ? null : Rating.fromCode(rating), bool(rs, k.complaint),
                rs.getObject(k.apology, java.time.LocalDate.class),
                rs.getObject(k.newAppointment, java.time.LocalDate.class), k.unit > 0 ? rs.getString(k.unit) : null);
    }
}
