package vn.reformdesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.ScoreCheck;
import vn.reformdesk.domain.index.ScoreIssue;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;

/**
 * Scores per (framework, period, component) and targets on computed rates and ranks. A period's scores are tied to
 * the framework version they were entered with; new scores in a period that has none use the current version.
 */
public final class ScoreRepository {
    public enum Outcome { ADDED, UPDATED, UNCHANGED }

    private static final String S_COLUMNS = "f.code AS framework, s.period, s.component_code, s.official_score, s.self_score,"
            + " s.target, s.target_direction, s.unit_rank, s.of_units, s.note";

    private final Database db;
    private final FrameworkRepository frameworks;
    /** The unit whose scores and targets these are; null: the home unit (the officer's on a server). */
    private final String unitCode;

    public ScoreRepository(Database db) { this(db, null); }

    /** The scores and targets of one unit (null: the home unit). */
    public ScoreRepository(Database db, String unitCode) {
        this.db = db;
        this.frameworks = new FrameworkRepository(db);
        this.unitCode = unitCode;
    }

    /** For work inside a caller's transaction: only the methods taking a {@link Connection} may be used. */
    public ScoreRepository() { this(null, null); }

    /** The same repository for another unit's scores and targets. */
    public ScoreRepository forUnit(String unit) { return new ScoreRepository(db, unit); }

    /** The unit these scores belong to (null: the home unit). */
    public String unitCode() { return unitCode; }

    /** The unit code, the home unit's when none was given. */
    private String unit(Connection c) throws SQLException {
        return unitCode != null ? unitCode : new UnitRepository(db).home(c).code();
    }

    /** The version a period is (or will be) scored with. */
    public FrameworkVersion versionFor(String frameworkCode, String period) {
        try (Connection c = db.connection()) {
            Framework f = frameworks.find(c, frameworkCode).orElseThrow(() -> new IllegalArgumentException("no framework " + frameworkCode));
            return versionFor(c, f, period);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public FrameworkVersion versionFor(Connection c, Framework f, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(version_id) FROM index_scores WHERE framework_id = ? AND period = ?")) {
            ps.setLong(1, f.id());
            ps.setString(2, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                if (!rs.wasNull()) return frameworks.versionById(c, v);
            }
        }
        return frameworks.version(c, f.id(), f.currentVersion());
    }

    public List<Score> find(String frameworkCode, String period) {
        try (Connection c = db.connection()) {
            return find(c, frameworkCode, period);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public List<Score> find(Connection c, String frameworkCode, String period) throws SQLException {
        List<Score> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + S_COLUMNS + " FROM index_scores s JOIN frameworks f"
                + " ON f.id = s.framework_id WHERE f.code = ? AND s.period = ? AND s.unit_code = ? ORDER BY s.id")) {
            ps.setString(1, frameworkCode);
            ps.setString(2, period);
            ps.setString(3, unit(c));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(map(rs));
            }
        }
        return out;
    }

    /** Every score of a framework (all periods), ordered by period, for trends and charts. */
    public List<Score> findAll(String frameworkCode) {
        List<Score> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT " + S_COLUMNS
                + " FROM index_scores s JOIN frameworks f ON f.id = s.framework_id WHERE f.code = ? AND s.unit_code = ? ORDER BY s.period, s.id")) {
            ps.setString(1, frameworkCode);
            ps.setString(2, unit(c));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(map(rs));
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
        return out;
    }

    /** The periods that have scores for a framework, newest first. */
    public List<String> periods(String frameworkCode) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT s.period FROM"
                + " index_scores s JOIN frameworks f ON f.id = s.framework_id WHERE f.code = ? AND s.unit_code = ? ORDER BY s.period DESC")) {
            ps.setString(1, frameworkCode);
            ps.setString(2, unit(c));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
        return out;
    }

    /**
     * Saves the sheet of one framework and period in one transaction: every row is checked first (a value above its
     * maximum or a rank above of_units refuses the whole save with every problem); empty rows delete what was there.
     */
    public void saveSheet(String frameworkCode, String period, List<Score> scores) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            Framework f = frameworks.find(c, frameworkCode).orElseThrow(() -> new IllegalArgumentException("no framework " + frameworkCode));
            FrameworkVersion v = versionFor(c, f, period);
            List<ScoreIssue> errors = new ArrayList<>();
            for (Score s : scores) errors.addAll(ScoreCheck.errors(s, v, f));
            if (!errors.isEmpty()) throw new ScoreValidationException(errors);
            for (Score s : scores) upsert(c, f, v, s);
            return null;
        });
    }

    /**
     * The stored version of each score of a framework and period, by component (a component without a row has none:
     * {@link #NO_ROW}), read when a desk loads the sheet and named again when it saves.
     */
    public java.util.Map<String, Long> versions(String frameworkCode, String period) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT s.component_code,"
                + " s.row_version FROM index_scores s JOIN frameworks f ON f.id = s.framework_id WHERE f.code = ?"
                + " AND s.period = ? AND s.unit_code = ?")) {
            ps.setString(1, frameworkCode);
            ps.setString(2, period);
            ps.setString(3, unit(c));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
        return out;
    }

    /** The version of a score or target that has no row (none stored yet, or deleted). */
    public static final long NO_ROW = 0;

    /**
     * What another desk saved in a sheet since this desk read it: each component's stored score now (null: none)
     * and its version ({@link #NO_ROW}), for the components this desk changed too. Carried by the
     * {@link ConflictException} of {@link #saveSheet(String, String, List, java.util.Map)}.
     */
    public record SheetConflict(java.util.Map<String, Score> theirs, java.util.Map<String, Long> versions) {}

    /**
     * Saves the scores a desk changed in a sheet, each based on the version it read ({@code baseVersions} by
     * component; absent = no row then). Refused whole, with every component another desk saved differently since
     * (a {@link ConflictException} carrying a {@link SheetConflict}); a component both desks set to the same values is
     * no conflict. Each row is written only at the version it was read at, so a save in between is never overwritten.
     */
    public void saveSheet(String frameworkCode, String period, List<Score> changed, java.util.Map<String, Long> baseVersions) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            Framework f = frameworks.find(c, frameworkCode).orElseThrow(() -> new IllegalArgumentException("no framework " + frameworkCode));
            FrameworkVersion v = versionFor(c, f, period);
            List<ScoreIssue> errors = new ArrayList<>();
            for (Score s : changed) errors.addAll(ScoreCheck.errors(s, v, f));
            if (!errors.isEmpty()) throw new ScoreValidationException(errors);
            java.util.Map<String, Score> theirs = new java.util.LinkedHashMap<>();
            java.util.Map<String, Long> versions = new java.util.HashMap<>();
            for (Score s : changed) {
                Optional<Versioned<Score>> stored = findVersioned(c, f.id(), period, s.component());
                long now = stored.map(Versioned::version).orElse(NO_ROW);
                Score storedScore = stored.map(Versioned::value).orElse(null);
                boolean same = storedScore == null ? s.isEmpty() : same(storedScore, s);
                if (now != baseVersions.getOrDefault(s.component(), NO_ROW) && !same) {
                    theirs.put(s.component(), storedScore);
                    versions.put(s.component(), now);
                }
            }
            if (!theirs.isEmpty()) {
                throw new ConflictException("Scores of " + frameworkCode + " " + period + " were changed at another desk"
                        + " since you opened them. Nothing was saved: compare and keep either.",
                        new Versioned<>(new SheetConflict(theirs, versions), NO_ROW));
            }
            for (Score s : changed) upsert(c, f, v, s, baseVersions.getOrDefault(s.component(), NO_ROW));
            return null;
        });
    }

    /** Inserts, updates or (when the score is empty) deletes one row; the caller has validated it. */
    public Outcome upsert(Connection c, Framework f, FrameworkVersion v, Score s) throws SQLException {
        return upsert(c, f, v, s, null);
    }

    /** As above; with {@code baseVersion}, an update or delete applies only at that version (else a conflict). */
    private Outcome upsert(Connection c, Framework f, FrameworkVersion v, Score s, Long baseVersion) throws SQLException {
        Optional<Score> before = findOne(c, f.id(), s.period(), s.component());
        Outcome outcome = write(c, f, v, s, baseVersion);
        if (outcome != Outcome.UNCHANGED) {
            AuditLog audit = new AuditLog(c, unit(c));
            audit.record("score", f.code() + " " + s.period() + " " + s.component(), before.orElse(null),
                    s.isEmpty() ? null : s);
            audit.flush();
        }
        return outcome;
    }

    private Outcome write(Connection c, Framework f, FrameworkVersion v, Score s, Long baseVersion) throws SQLException {
        String atVersion = baseVersion == null ? "" : " AND row_version = ?";
        if (!Component.TOTAL.equals(s.component()) && v.find(s.component()).isEmpty()) {
            throw new IllegalArgumentException("framework " + f.code() + " version " + v.number() + " has no component " + s.component());
        }
        Optional<Score> existing = findOne(c, f.id(), s.period(), s.component());
        if (existing.isEmpty()) {
            if (s.isEmpty()) return Outcome.UNCHANGED;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO index_scores (official_score, self_score, target,"
                    + " target_direction, unit_rank, of_units, note, framework_id, version_id, period, component_code, unit_code)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int i = bindValues(ps, s);
                ps.setLong(i++, f.id());
                ps.setLong(i++, v.id());
                ps.setString(i++, s.period());
                ps.setString(i++, s.component());
                ps.setString(i, unit(c));
                ps.executeUpdate();
            }
            return Outcome.ADDED;
        }
        if (same(existing.get(), s)) return Outcome.UNCHANGED;
        if (s.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM index_scores WHERE framework_id = ? AND period = ? AND component_code = ? AND unit_code = ?"
                            + atVersion)) {
                ps.setLong(1, f.id());
                ps.setString(2, s.period());
                ps.setString(3, s.component());
                ps.setString(4, unit(c));
                if (baseVersion != null) ps.setLong(5, baseVersion);
                changedMeanwhile(ps.executeUpdate(), s);
            }
            return Outcome.UPDATED;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE index_scores SET official_score = ?, self_score = ?, target = ?,"
                + " target_direction = ?, unit_rank = ?, of_units = ?, note = ?, updated_at = CURRENT_TIMESTAMP,"
                + " row_version = row_version + 1"
                + " WHERE framework_id = ? AND period = ? AND component_code = ? AND unit_code = ?" + atVersion)) {
            int i = bindValues(ps, s);
            ps.setLong(i++, f.id());
            ps.setString(i++, s.period());
            ps.setString(i++, s.component());
            ps.setString(i++, unit(c));
            if (baseVersion != null) ps.setLong(i, baseVersion);
            changedMeanwhile(ps.executeUpdate(), s);
        }
        return Outcome.UPDATED;
    }

    /** A checked write that found its row at another version (saved between the check and the write): refused. */
    private static void changedMeanwhile(int rows, Score s) {
        if (rows == 0) {
            throw new ConflictException("The score " + s.framework() + " " + s.period() + " " + s.component()
                    + " was changed at another desk at the same moment. Nothing was saved: open it again.", null);
        }
    }

    private Optional<Versioned<Score>> findVersioned(Connection c, long frameworkId, String period, String component)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + S_COLUMNS + ", s.row_version FROM index_scores s"
                + " JOIN frameworks f ON f.id = s.framework_id WHERE s.framework_id = ? AND s.period = ?"
                + " AND s.component_code = ? AND s.unit_code = ?")) {
            ps.setLong(1, frameworkId);
            ps.setString(2, period);
            ps.setString(3, component);
            ps.setString(4, unit(c));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Versioned<>(map(rs), rs.getLong("row_version"))) : Optional.empty();
            }
        }
    }

    public Optional<Score> findOne(Connection c, long frameworkId, String period, String component) throws SQLException {
        return findVersioned(c, frameworkId, period, component).map(Versioned::value);
    }

    private static boolean same(Score a, Score b) {
        return eq(a.official(), b.official()) && eq(a.self(), b.self()) && eq(a.target(), b.target())
                && a.direction() == b.direction() && Objects.equals(a.rank(), b.rank())
                && Objects.equals(a.ofUnits(), b.ofUnits()) && Objects.equals(a.note(), b.note());
    }

    private static boolean eq(Double x, Double y) {
        if (x == null || y == null) return x == y;
        return Math.abs(x - y) < 0.0005;
    }

    private static int bindValues(PreparedStatement ps, Score s) throws SQLException {
        setDecimal(ps, 1, s.official());
        setDecimal(ps, 2, s.self());
        setDecimal(ps, 3, s.target());
        ps.setString(4, s.direction().code());
        setInt(ps, 5, s.rank());
        setInt(ps, 6, s.ofUnits());
        ps.setString(7, s.note());
        return 8;
    }

    private static void setDecimal(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DECIMAL); else ps.setBigDecimal(i, BigDecimal.valueOf(v));
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setInt(i, v);
    }

    private static Double dec(ResultSet rs, String col) throws SQLException {
        BigDecimal d = rs.getBigDecimal(col);
        return d == null ? null : d.doubleValue();
    }

    private static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static Score map(ResultSet rs) throws SQLException {
        return new Score(rs.getString("framework"), rs.getString("period"), rs.getString("component_code"),
                dec(rs, "official_score"), dec(rs, "self_score"), dec(rs, "target"),
                Direction.parse(rs.getString("target_direction")), integer(rs, "unit_rank"), integer(rs, "of_units"),
                rs.getString("note"));
    }

    // ---- targets on computed rates and ranks

    public List<Target> targets() {
        try (Connection c = db.connection()) {
            return targets(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private List<Target> targets(Connection c) throws SQLException {
        List<Target> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT kind, subject, period, target_value, direction, note"
                + " FROM targets WHERE unit_code = ? ORDER BY period, kind, subject")) {
            st.setString(1, unit(c));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(target(rs));
            }
        }
        return out;
    }

    /** Targets of one period, e.g. to put beside the computed rates of a report. */
    public List<Target> targets(String period) {
        return targets().stream().filter(t -> t.period().equals(period)).toList();
    }

    public void saveTarget(Target t) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            saveTarget(c, t);
            return null;
        });
    }

    /** Every target with its stored version (as {@link #targets()}). */
    public List<Versioned<Target>> targetsVersioned() {
        List<Versioned<Target>> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement st = c.prepareStatement("SELECT kind, subject, period,"
                + " target_value, direction, note, row_version FROM targets WHERE unit_code = ?"
                + " ORDER BY period, kind, subject")) {
            st.setString(1, unit(c));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new Versioned<>(target(rs), rs.getLong("row_version")));
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
        return out;
    }

    /**
     * Saves a target set at a desk, based on the version of the target with its key that the desk read
     * ({@link #NO_ROW}: none then). Refused with a {@link ConflictException} carrying what is stored when another
     * desk saved a different target under that key since; the update names the version it read.
     */
    public void saveTarget(Target t, long baseVersion) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            Versioned<Target> stored = targetsVersioned(c, t);
            long now = stored == null ? NO_ROW : stored.version();
            if (stored != null && t.equals(stored.value())) return null;
            if (now != baseVersion) throw targetConflict(t, stored);
            AuditLog audit = new AuditLog(c);
            audit.record("target", t.kind().code() + " " + t.subject() + " " + t.period(),
                    stored == null ? null : stored.value(), t);
            audit.flush();
            if (stored == null) {
                saveTarget(c, t); // a key registered at the same moment is refused in words (23505)
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE targets SET target_value = ?, direction = ?, note = ?,"
                    + " row_version = row_version + 1 WHERE kind = ? AND subject = ? AND period = ? AND unit_code = ?"
                    + " AND row_version = ?")) {
                ps.setBigDecimal(1, BigDecimal.valueOf(t.value()));
                ps.setString(2, t.direction().code());
                ps.setString(3, t.note());
                ps.setString(4, t.kind().code());
                ps.setString(5, t.subject());
                ps.setString(6, t.period());
                ps.setString(7, unit(c));
                ps.setLong(8, baseVersion);
                if (ps.executeUpdate() != 1) throw targetConflict(t, targetsVersioned(c, t));
            }
            return null;
        });
    }

    private static ConflictException targetConflict(Target t, Versioned<Target> stored) {
        return new ConflictException("The target " + t.kind().code() + " " + t.subject() + " " + t.period()
                + " was changed at another desk since you opened it. Nothing was saved: compare and keep either.", stored);
    }

    private Versioned<Target> targetsVersioned(Connection c, Target key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, subject, period, target_value, direction, note,"
                + " row_version FROM targets WHERE kind = ? AND subject = ? AND period = ? AND unit_code = ?")) {
            ps.setString(1, key.kind().code());
            ps.setString(2, key.subject());
            ps.setString(3, key.period());
            ps.setString(4, unit(c));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Versioned<>(target(rs), rs.getLong("row_version")) : null;
            }
        }
    }

    private static Target target(ResultSet rs) throws SQLException {
        return new Target(Target.Kind.parse(rs.getString("kind")), rs.getString("subject"), rs.getString("period"),
                rs.getBigDecimal("target_value").doubleValue(), Direction.parse(rs.getString("direction")),
                rs.getString("note"));
    }

    public void saveTarget(Connection c, Target t) throws SQLException {
        Target before = findTarget(c, t.kind(), t.subject(), t.period());
        if (t.equals(before)) return;
        String unit = unit(c);
        AuditLog audit = new AuditLog(c, unit);
        audit.record("target", t.kind().code() + " " + t.subject() + " " + t.period(), before, t);
        audit.flush();
        // an upsert, not DELETE + INSERT: two desks saving the same target at once both succeed, the later one wins
        try (PreparedStatement ps = c.prepareStatement(Engine.upsert(c, "targets",
                List.of("unit_code", "kind", "subject", "period"), List.of("target_value", "direction", "note"), true))) {
            ps.setString(1, unit);
            ps.setString(2, t.kind().code());
            ps.setString(3, t.subject());
            ps.setString(4, t.period());
            ps.setBigDecimal(5, BigDecimal.valueOf(t.value()));
            ps.setString(6, t.direction().code());
            ps.setString(7, t.note());
            Engine.upsertRow(c, ps);
        }
    }

    public void deleteTarget(Target.Kind kind, String subject, String period) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            Target before = findTarget(c, kind, subject, period);
            if (before != null) {
                AuditLog audit = new AuditLog(c, unit(c));
                audit.record("target", kind.code() + " " + subject + " " + period, before, null);
                audit.flush();
            }
            deleteTarget(c, kind, subject, period);
            return null;
        });
    }

    private Target findTarget(Connection c, Target.Kind kind, String subject, String period) throws SQLException {
        return targets(c).stream().filter(t -> t.kind() == kind && t.subject().equals(subject)
                && t.period().equals(period)).findFirst().orElse(null);
    }

    private void deleteTarget(Connection c, Target.Kind kind, String subject, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM targets WHERE kind = ? AND subject = ? AND period = ?"
                + " AND unit_code = ?")) {
            ps.setString(1, kind.code());
            ps.setString(2, subject);
            ps.setString(3, period);
            ps.setString(4, unit(c));
            ps.executeUpdate();
        }
    }
}
