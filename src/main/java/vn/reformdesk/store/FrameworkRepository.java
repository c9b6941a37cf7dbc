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
import java.util.Optional;

import vn.reformdesk.domain.index.Aggregation;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.ScoreUnit;

/**
 * Index frameworks and their versions. A framework is edited as a whole list of components: when its current version
 * already has scores, the edit becomes a new version (scored periods keep theirs); otherwise the current version is
 * replaced in place.
 */
public final class FrameworkRepository {
    /** What a framework edit did: the version now current and whether it is a new one. */
    public record EditResult(int version, boolean newVersion) {}

    private final Database db;

    public FrameworkRepository(Database db) { this.db = db; }

    /** For work inside a caller's transaction: only the methods taking a {@link Connection} may be used. */
    public FrameworkRepository() { this(null); }

    /**
     * Installs every shipped template whose framework code is not in the database yet (call after migration, e.g.
     * from Database.open or AppContext). Returns how many were installed; a framework that exists (the officer may
     * have edited it) is never overwritten, so calling this on every open is safe.
     */
    public int installTemplatesIfMissing() {
        // Looked at first outside a write transaction: every start runs this, and a write transaction, even an
        // empty one, raises the data version and makes the stored figures be computed again.
        boolean missing = FrameworkTemplates.all().stream().anyMatch(t -> find(t.framework().code()).isEmpty());
        return missing ? Transactions.inTransactionKeepingFigures(db, this::installTemplatesIfMissing) : 0;
    }

    public int installTemplatesIfMissing(Connection c) throws SQLException {
        int n = 0;
        for (FrameworkTemplates.Template t : FrameworkTemplates.all()) {
            if (find(c, t.framework().code()).isEmpty()) {
                insert(c, t.framework(), t.components(), true, "template");
                n++;
            }
        }
        return n;
    }

    public List<Framework> findAll() {
        try (Connection c = db.connection()) {
            return findAll(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public List<Framework> findAll(Connection c) throws SQLException {
        List<Framework> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + F_COLUMNS
                + " FROM frameworks ORDER BY from_template DESC, id")) {
            while (rs.next()) out.add(mapFramework(rs));
        }
        return out;
    }

    public Optional<Framework> find(String code) {
        try (Connection c = db.connection()) {
            return find(c, code);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public Optional<Framework> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + F_COLUMNS + " FROM frameworks WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(mapFramework(rs)) : Optional.empty();
            }
        }
    }

    public FrameworkVersion currentVersion(String code) {
        try (Connection c = db.connection()) {
            Framework f = find(c, code).orElseThrow(() -> new IllegalArgumentException("no framework " + code));
            return version(c, f.id(), f.currentVersion());
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public FrameworkVersion version(String code, int number) {
        try (Connection c = db.connection()) {
            Framework f = find(c, code).orElseThrow(() -> new IllegalArgumentException("no framework " + code));
            return version(c, f.id(), number);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public FrameworkVersion version(Connection c, long frameworkId, int number) throws SQLException {
        long versionId;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM framework_versions WHERE framework_id = ? AND version_no = ?")) {
            ps.setLong(1, frameworkId);
            ps.setInt(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no version " + number + " of framework " + frameworkId);
                versionId = rs.getLong(1);
            }
        }
        return versionById(c, versionId);
    }

    public FrameworkVersion versionById(Connection c, long versionId) throws SQLException {
        long frameworkId;
        int number;
        try (PreparedStatement ps = c.prepareStatement("SELECT framework_id, version_no FROM framework_versions WHERE id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no framework version " + versionId);
                frameworkId = rs.getLong(1);
                number = rs.getInt(2);
            }
        }
        List<Component> components = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, parent_code, name_vi, name_en, max_points, threshold,"
                + " sort_order, rate_key FROM index_components WHERE version_id = ? ORDER BY sort_order, id")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal t = rs.getBigDecimal("threshold");
                    components.add(new Component(rs.getString("code"), rs.getString("parent_code"), rs.getString("name_vi"),
                            rs.getString("name_en"), rs.getBigDecimal("max_points").doubleValue(),
                            t == null ? null : t.doubleValue(), rs.getInt("sort_order"), rs.getString("rate_key")));
                }
            }
        }
        return new FrameworkVersion(versionId, frameworkId, number, components);
    }

    /** Creates a user framework (version 1); refused if the code exists. */
    public Framework create(Framework f, List<Component> components) {
        FrameworkVersion.checkTree(components);
        return Transactions.inTransactionKeepingFigures(db, c -> {
            if (find(c, f.code()).isPresent()) throw new IllegalArgumentException("a framework with code " + f.code() + " exists");
            return insert(c, f, components, false, null);
        });
    }

    /** Renames a framework or changes its unit/aggregation (not versioned; the code stays). */
    public void updateNames(String code, String nameVi, String nameEn) {
        Transactions.inTransactionKeepingFigures(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE frameworks SET name_vi = ?, name_en = ? WHERE code = ?")) {
                ps.setString(1, nameVi);
                ps.setString(2, nameEn);
                ps.setString(3, code);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Saves an edited component list for a framework: a new version when the current one has scores (so past periods
     * keep the version they were scored with), else replaces the current version's components.
     */
    public EditResult saveComponents(String code, List<Component> components, String note) {
        FrameworkVersion.checkTree(components);
        return Transactions.inTransactionKeepingFigures(db, c -> saveComponents(c, code, components, note));
    }

    public EditResult saveComponents(Connection c, String code, List<Component> components, String note) throws SQLException {
        Framework f = find(c, code).orElseThrow(() -> new IllegalArgumentException("no framework " + code));
        FrameworkVersion current = version(c, f.id(), f.currentVersion());
        if (hasScores(c, current.id())) {
            int next = f.currentVersion() + 1;
            long versionId = insertVersion(c, f.id(), next, note);
            insertComponents(c, versionId, components);
            try (PreparedStatement ps = c.prepareStatement("UPDATE frameworks SET current_version = ? WHERE id = ?")) {
                ps.setInt(1, next);
                ps.setLong(2, f.id());
                ps.executeUpdate();
            }
            return new EditResult(next, true);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM index_components WHERE version_id = ?")) {
            ps.setLong(1, current.id());
            ps.executeUpdate();
        }
        insertComponents(c, current.id(), components);
        return new EditResult(current.number(), false);
    }

    public boolean hasScores(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM index_scores WHERE version_id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Whether the framework's current version has scores (an edit will then create a new version). */
    public boolean currentVersionHasScores(String code) {
        try (Connection c = db.connection()) {
            Framework f = find(c, code).orElseThrow(() -> new IllegalArgumentException("no framework " + code));
            return hasScores(c, version(c, f.id(), f.currentVersion()).id());
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private Framework insert(Connection c, Framework f, List<Component> components, boolean template, String note)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO frameworks (code, name_vi, name_en, score_unit,"
                + " aggregation, current_version, from_template, note) VALUES (?,?,?,?,?,1,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, f.code());
            ps.setString(2, f.nameVi());
            ps.setString(3, f.nameEn());
            ps.setString(4, f.unit().code());
            ps.setString(5, f.aggregation().code());
            ps.setBoolean(6, template);
            ps.setString(7, f.note());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        long versionId = insertVersion(c, id, 1, note);
        insertComponents(c, versionId, components);
        return f.withId(id).withCurrentVersion(1);
    }

    private static long insertVersion(Connection c, long frameworkId, int number, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO framework_versions (framework_id, version_no, note)"
                + " VALUES (?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, frameworkId);
            ps.setInt(2, number);
            ps.setString(3, note);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertComponents(Connection c, long versionId, List<Component> components) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO index_components (version_id, code, parent_code, name_vi,"
                + " name_en, max_points, threshold, sort_order, rate_key) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (Component k : components) {
                ps.setLong(1, versionId);
                ps.setString(2, k.code());
                ps.setString(3, k.parentCode());
                ps.setString(4, k.nameVi());
                ps.setString(5, k.nameEn());
                ps.setBigDecimal(6, BigDecimal.valueOf(k.max()));
                if (k.threshold() == null) ps.setNull(7, Types.DECIMAL); else ps.setBigDecimal(7, BigDecimal.valueOf(k.threshold()));
                ps.setInt(8, k.order());
                ps.setString(9, k.rateKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static final String F_COLUMNS = "id, code, name_vi, name_en, score_unit, aggregation, current_version, note";

    private static Framework mapFramework(ResultSet rs) throws SQLException {
        return new Framework(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                ScoreUnit.parse(rs.getString("score_unit")), Aggregation.parse(rs.getString("aggregation")),
                rs.getInt("current_version"), rs.getString("note"));
    }
}
