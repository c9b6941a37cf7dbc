package vn.reformdesk.io.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.AuditLog;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.Engine;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.store.Transactions;

/**
 * Moves a unit's register between a commune and its department without a network. Import merges by code
 * with a three-way rule per dossier: what the department holds, what came in, and what was last imported
 * from that unit. A dossier changed on one side only takes that side; changed on both, it becomes a conflict
 * for the officer, never overwritten silently. Importing the same package again changes nothing.
 */
public final class ExchangeService {
    public static final String APP_VERSION = "0.1.0";

    /** What an import did. */
    public record MergeReport(String unitCode, int proceduresAdded, int proceduresDiffering, int dossiersAdded,
                              int dossiersUpdated, int dossiersUnchanged, int conflicts, int calendarAdded) {
    }

    /** An unresolved conflict: the department's version and the incoming one. */
    public record Conflict(long id, String dossierCode, String unitCode, String packageName, Dossier ours,
                           Dossier theirs, LocalDateTime detectedAt) {
    }

    public enum Resolution { KEEP_OURS, TAKE_THEIRS }

    private final Database db;

    public ExchangeService(Database db) { this.db = db; }

    /** Writes this unit's package for dossiers received in [from, to] (nulls = all). */
    public ExchangePackage export(Path file, LocalDate from, LocalDate to, LocalDateTime now) throws IOException {
        SettingsRepository settings = new SettingsRepository(db);
        String unit = settings.get(SettingsRepository.UNIT_CODE).filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("unit code is not set"));
        ExchangePackage pkg = ExchangePackage.of(unit, settings.get(SettingsRepository.UNIT_NAME).orElse(null),
                APP_VERSION, now, from, to, new ProcedureRepository(db).findAll(),
                // this unit's own dossiers and calendar (a department's register also holds its communes' units)
                new DossierRepository(db).findAll(vn.reformdesk.domain.unit.UnitScope.of(
                        new vn.reformdesk.store.UnitRepository(db).homeCode())),
                new CalendarRepository(db).findAll());
        pkg.write(file, unitKey());
        return pkg;
    }

    /** This unit's signing key, made on first use. */
    public UnitKey unitKey() { return UnitKey.loadOrCreate(db.folder(), db.password()); }

    /** Writes this unit's public key file (to register at the department); returns its fingerprint. */
    public String writePublicKey(Path file) throws IOException {
        SettingsRepository settings = new SettingsRepository(db);
        String unit = settings.get(SettingsRepository.UNIT_CODE).filter(s -> !s.isBlank())
                .orElseThrow(() -> new IllegalStateException("unit code is not set"));
        UnitKey key = unitKey();
        TrustedUnits.writeKeyFile(file, unit, settings.get(SettingsRepository.UNIT_NAME).orElse(null), key.publicKey());
        return UnitKey.fingerprint(key.publicKey());
    }

    /**
     * Merges a package in one transaction, after checking that a registered unit signed it; a package that would
     * add or change a dossier of another unit (or of this one) is refused whole.
     */
    public MergeReport importPackage(ExchangePackage pkg, String packageName, LocalDateTime now) {
        new TrustedUnits(db).verify(pkg);
        for (Dossier d : pkg.dossiers()) {
            if (d.unitCode() != null && !d.unitCode().equals(pkg.unitCode())) throw notItsDossier(d.code(), d.unitCode(), pkg);
        }
        return Transactions.inBulkTransaction(db, c -> {
            // the commune's records go into its own unit, listed under this one (named as it registered) if new
            new vn.reformdesk.store.UnitRepository(db).ensure(c, pkg.unitCode(), pkg.unitName());
            ProcedureRepository procedureRepo = new ProcedureRepository(db);
            Map<String, Procedure> ourProcedures = new HashMap<>();
            for (Procedure p : procedureRepo.findAll(c)) ourProcedures.put(p.code(), p);
            int procAdded = 0;
            int procDiffering = 0;
            for (Procedure p : pkg.procedures()) {
                Procedure ours = ourProcedures.get(p.code());
                if (ours == null) {
                    procedureRepo.save(c, p);
                    procAdded++;
                } else if (!ours.withId(null).equals(p.withId(null))) {
                    procDiffering++; // the department's own procedure list stays authoritative
                }
            }

            DossierRepository dossierRepo = new DossierRepository(db);
            Map<String, Dossier> ours = new HashMap<>();
            Set<String> codes = new HashSet<>();
            for (Dossier d : pkg.dossiers()) codes.add(d.code());
            for (Dossier d : dossierRepo.findAll(c)) if (codes.contains(d.code())) ours.put(d.code(), d);
            Map<String, String> lastImported = lastImported(c);
            Set<String> openConflicts = openConflictKeys(c);
            List<Dossier> toSave = new ArrayList<>();
            Map<String, String> newState = new HashMap<>();
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int conflicts = 0;
            for (Dossier theirs : pkg.dossiers()) {
                Dossier incoming = theirs.unitCode() == null ? ExchangePackage.withUnit(theirs, pkg.unitCode()) : theirs;
                String theirHash = DossierCodec.hash(incoming);
                Dossier mine = ours.get(incoming.code());
                if (mine != null && !pkg.unitCode().equals(mine.unitCode())) {
                    throw notItsDossier(mine.code(), mine.unitCode(), pkg);
                }
                if (mine == null) {
                    toSave.add(incoming);
                    newState.put(incoming.code(), theirHash);
                    added++;
                    continue;
                }
                String myHash = DossierCodec.hash(mine);
                String base = lastImported.get(incoming.code());
                if (myHash.equals(theirHash) || theirHash.equals(base)) {
                    unchanged++; // same content, or they did not change it since the last import
                    if (myHash.equals(theirHash)) newState.put(incoming.code(), theirHash);
                } else if (myHash.equals(base)) {
                    toSave.add(withId(incoming, mine));
                    newState.put(incoming.code(), theirHash);
                    updated++;
                } else {
                    String key = incoming.code() + "\n" + DossierCodec.toLine(incoming);
                    if (!openConflicts.contains(key)) recordConflict(c, incoming, pkg.unitCode(), packageName, now);
                    conflicts++;
                }
            }
            dossierRepo.saveAll(c, toSave, false);
            saveState(c, newState, pkg.unitCode());

            CalendarRepository calendarRepo = new CalendarRepository(db, pkg.unitCode());
            Set<LocalDate> ourDays = new HashSet<>();
            for (CalendarDay d : calendarRepo.findAll(c)) ourDays.add(d.date());
            List<CalendarDay> newDays = pkg.calendar().stream().filter(d -> !ourDays.contains(d.date())).toList();
            calendarRepo.saveAll(c, newDays);

            MergeReport report = new MergeReport(pkg.unitCode(), procAdded, procDiffering, added, updated, unchanged,
                    conflicts, newDays.size());
            AuditLog audit = new AuditLog(c, pkg.unitCode());
            audit.record("import", packageName, null, report);
            audit.flush();
            return report;
        });
    }

    private static PackageRejectedException notItsDossier(String code, String owner, ExchangePackage pkg) {
        return new PackageRejectedException("dossier " + code + " belongs to " + (owner == null ? "this unit" : "unit " + owner)
                + ", and a package of unit " + pkg.unitCode() + " may add or change only that unit's dossiers",
                owner == null ? "ourDossier" : "otherUnitsDossier", code, pkg.unitCode(), owner);
    }

    private static Dossier withId(Dossier d, Dossier existing) { return d.withId(existing.id()); }

    public List<Conflict> openConflicts() {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT id, dossier_code,"
                + " unit_code, package_name, theirs, detected_at FROM exchange_conflicts WHERE resolved_at IS NULL"
                + " ORDER BY id")) {
            DossierRepository repo = new DossierRepository(db);
            List<Conflict> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(2);
                    out.add(new Conflict(rs.getLong(1), code, rs.getString(3), rs.getString(4),
                            repo.findByCode(code).orElse(null), DossierCodec.fromLine(rs.getString(5)),
                            rs.getTimestamp(6).toLocalDateTime()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** Resolves a conflict: keep the department's version, or take the incoming one. */
    public void resolve(Conflict conflict, Resolution resolution, LocalDateTime now) {
        Transactions.inTransaction(db, c -> {
            if (resolution == Resolution.TAKE_THEIRS) {
                Dossier theirs = conflict.ours() == null ? conflict.theirs() : withId(conflict.theirs(), conflict.ours());
                new DossierRepository(db).saveAll(c, List.of(theirs), true);
            }
            // Either way their version becomes the base, so the same package does not raise it again.
            saveState(c, Map.of(conflict.dossierCode(), DossierCodec.hash(conflict.theirs())), conflict.unitCode());
            try (PreparedStatement ps = c.prepareStatement("UPDATE exchange_conflicts SET resolved_at = ?,"
                    + " resolution = ? WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.valueOf(now));
                ps.setString(2, resolution.name().toLowerCase(java.util.Locale.ROOT));
                ps.setLong(3, conflict.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Map<String, String> lastImported(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dossier_code, content_hash FROM exchange_state");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    private static Set<String> openConflictKeys(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dossier_code, theirs FROM exchange_conflicts"
                + " WHERE resolved_at IS NULL"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1) + "\n" + rs.getString(2));
        }
        return out;
    }

    private static void recordConflict(Connection c, Dossier theirs, String unit, String packageName,
                                       LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchange_conflicts (dossier_code, unit_code,"
                + " package_name, theirs, detected_at) VALUES (?,?,?,?,?)")) {
            ps.setString(1, theirs.code());
            ps.setString(2, unit);
            ps.setString(3, packageName);
            ps.setString(4, DossierCodec.toLine(theirs));
            ps.setTimestamp(5, Timestamp.valueOf(now));
            ps.executeUpdate();
        }
    }

    private void saveState(Connection c, Map<String, String> state, String unit) throws SQLException {
        // an upsert, not DELETE + INSERT: two desks importing packages at once both succeed
        try (PreparedStatement ins = c.prepareStatement(Engine.upsert(c, "exchange_state", List.of("dossier_code"),
                List.of("unit_code", "content_hash"), false))) {
            for (var e : state.entrySet()) {
                ins.setString(1, e.getKey());
                ins.setString(2, unit);
                ins.setString(3, e.getValue());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }
}
