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

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;

/** Procedures, keyed by their national code. */
public final class ProcedureRepository {
    private static final String COLUMNS = "id, code, name, field, admin_level, processing_days, day_unit, online_level,"
            + " fee_vnd, paper_result, section, supplement_rule, cutoff_time";

    /** The audit trail's name for procedures. */
    public static final String ENTITY = "procedure";

    private final Database db;

    public ProcedureRepository(Database db) { this.db = db; }

    public List<Procedure> findAll() {
        try (Connection c = db.connection()) {
            return findAll(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public List<Procedure> findAll(Connection c) throws SQLException {
        List<Procedure> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM procedures ORDER BY code")) {
            while (rs.next()) out.add(map(rs));
        }
        return out;
    }

    public Optional<Procedure> findByCode(String code) {
        try (Connection c = db.connection()) {
            return Optional.ofNullable(findByCode(c, code));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private static Procedure findByCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM procedures WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    private static Procedure findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM procedures WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    /** Inserts a new procedure or updates the one with the same code; returns it with its id. */
    public Procedure save(Procedure p) {
        return Transactions.inTransaction(db, c -> save(c, p));
    }

    public Procedure save(Connection c, Procedure p) throws SQLException {
        Procedure before = findByCode(c, p.code());
        Procedure saved = write(c, before == null ? null : before.id(), p);
        AuditLog audit = new AuditLog(c);
        audit.record(ENTITY, p.code(), before, saved);
        audit.flush();
        return saved;
    }

    private Procedure write(Connection c, Long id, Procedure p) throws SQLException {
        if (id == null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO procedures (code, name, field, admin_level,"
                    + " processing_days, day_unit, online_level, fee_vnd, paper_result, section, supplement_rule,"
                    + " cutoff_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, p, 1);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return p.withId(keys.getLong(1));
                }
            }
        }
        updateRow(c, id, p);
        return p.withId(id);
    }

    /** The procedure of this code with its version now (for an edit at a desk), if any. */
    public Optional<Versioned<Procedure>> findVersioned(String code) {
        try (Connection c = db.connection()) {
            return Optional.ofNullable(versioned(c, "code = ?", code));
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private static Versioned<Procedure> versioned(Connection c, String where, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", row_version FROM procedures WHERE "
                + where)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Versioned<>(map(rs), rs.getLong("row_version")) : null;
            }
        }
    }

    /**
     * Saves a procedure edited or added at a desk, based on the version it read ({@code baseVersion}; null: a new
     * one). Refused with a {@link ConflictException} carrying what is stored when another desk saved, deleted or
     * added it since; the update names the version it read, so a save in between is never overwritten. An edit may
     * rename the code (dossiers follow through the id).
     */
    public Versioned<Procedure> saveChecked(Procedure p, Long baseVersion) {
        return Transactions.inTransaction(db, c -> {
            if (baseVersion == null || p.id() == null) {
                Versioned<Procedure> stored = versioned(c, "code = ?", p.code());
                if (stored != null) {
                    throw new ConflictException("A procedure with the code " + p.code() + " was added meanwhile (at"
                            + " another desk?). Nothing was saved.", stored);
                }
                Procedure saved = write(c, null, p);
                AuditLog audit = new AuditLog(c);
                audit.record(ENTITY, p.code(), null, saved);
                audit.flush();
                return versioned(c, "id = ?", saved.id());
            }
            Procedure before = findById(c, p.id());
            if (updateRow(c, p.id(), p, baseVersion) != 1) {
                Versioned<Procedure> stored = versioned(c, "id = ?", p.id());
                throw new ConflictException(stored == null
                        ? "The procedure " + p.code() + " was deleted at another desk since you opened it. Nothing was saved."
                        : "The procedure " + p.code() + " was changed at another desk since you opened it. Nothing was"
                        + " saved: compare and keep either.", stored);
            }
            AuditLog audit = new AuditLog(c);
            audit.record(ENTITY, p.code(), before, p);
            audit.flush();
            return versioned(c, "id = ?", p.id());
        });
    }

    /** Renames a procedure's code (the form allows editing it); dossiers follow through the id. */
    public Procedure update(long id, Procedure p) {
        return Transactions.inTransaction(db, c -> {
            Procedure before = findById(c, id);
            updateRow(c, id, p);
            AuditLog audit = new AuditLog(c);
            audit.record(ENTITY, p.code(), before, p.withId(id));
            audit.flush();
            return p.withId(id);
        });
    }

    private static void updateRow(Connection c, long id, Procedure p) throws SQLException { updateRow(c, id, p, null); }

    /** Updates the row; with {@code baseVersion} only at that version. Returns the rows updated (0 or 1). */
    private static int updateRow(Connection c, long id, Procedure p, Long baseVersion) throws SQLException {
        StoredFigures.invalidate(c); // its days, fee or rules may change every due date and rate under it
        try (PreparedStatement ps = c.prepareStatement("UPDATE procedures SET code = ?, name = ?, field = ?,"
                + " admin_level = ?, processing_days = ?, day_unit = ?, online_level = ?, fee_vnd = ?,"
                + " paper_result = ?, section = ?, supplement_rule = ?, cutoff_time = ?,"
                + " updated_at = CURRENT_TIMESTAMP, row_version = row_version + 1 WHERE id = ?"
                + (baseVersion == null ? "" : " AND row_version = ?"))) {
            int next = bind(ps, p, 1);
            ps.setLong(next++, id);
            if (baseVersion != null) ps.setLong(next, baseVersion);
            return ps.executeUpdate();
        }
    }

    public long countDossiers(String code) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM dossiers d JOIN procedures p"
                     + " ON p.id = d.procedure_id WHERE p.code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** Deletes a procedure; refused while dossiers are filed under it. */
    public void delete(String code) {
        long dossiers = countDossiers(code);
        if (dossiers > 0) throw new ProcedureInUseException(code, dossiers);
        Transactions.inTransaction(db, c -> {
            Procedure before = findByCode(c, code);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM procedures WHERE code = ?")) {
                ps.setString(1, code);
                ps.executeUpdate();
            }
            if (before != null) {
                AuditLog audit = new AuditLog(c);
                audit.record(ENTITY, code, before, null);
                audit.flush();
            }
            return null;
        });
    }

    /** Code → id of every procedure. */
    public Map<String, Long> ids(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, code FROM procedures")) {
            while (rs.next()) out.put(rs.getString(2), rs.getLong(1));
        }
        return out;
    }

    public long count() {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM procedures")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    private static int bind(PreparedStatement ps, Procedure p, int i) throws SQLException {
        ps.setString(i++, p.code());
        ps.setString(i++, p.name());
        ps.setString(i++, p.field());
        ps.setString(i++, p.level().code());
        ps.setInt(i++, p.processingDays());
        ps.setString(i++, p.dayUnit().code());
        ps.setString(i++, p.onlineLevel().code());
        ps.setLong(i++, p.feeVnd());
        ps.setBoolean(i++, p.paperResult());
        ps.setString(i++, p.section());
        ps.setString(i++, p.supplementRule().code());
        Sql.setTime(ps, i++, p.cutoff());
        return i;
    }

    static Procedure map(ResultSet rs) throws SQLException {
        return new Procedure(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("field"),
                AdminLevel.fromCode(rs.getString("admin_level")), rs.getInt("processing_days"),
                DayUnit.fromCode(rs.getString("day_unit")), OnlineLevel.fromCode(rs.getString("online_level")),
                rs.getLong("fee_vnd"), rs.getBoolean("paper_result"), rs.getString("section"),
                SupplementRule.fromCode(rs.getString("supplement_rule")), Sql.time(rs, "cutoff_time"));
    }
}
