package vn.reformdesk.io.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import vn.reformdesk.store.Database;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.Transactions;

/**
 * The units whose packages this unit accepts, each registered once from its public key file ({@code .rdkey}), and
 * the check of a package's signature against the registered key of the unit its manifest names.
 */
public final class TrustedUnits {
    public static final String KEY_EXTENSION = ".rdkey";
    static final String KEY_FORMAT = "reformdesk-unit-key";

    /** A registered unit. */
    public record Unit(String code, String name, String fingerprint, LocalDateTime registeredAt) {
    }

    /** What a public key file holds. */
    public record KeyFile(String unitCode, String unitName, PublicKey key) {
        public String fingerprint() { return UnitKey.fingerprint(key); }
    }

    /** A key file that cannot be registered; the message says why in words. */
    public static final class KeyFileException extends RuntimeException {
        public KeyFileException(String message) { super(message); }
    }

    private final Database db;

    public TrustedUnits(Database db) { this.db = db; }

    /** Writes a public key file naming the unit (plain text, safe to send by e-mail). */
    public static void writeKeyFile(Path file, String unitCode, String unitName, PublicKey key) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", KEY_FORMAT);
        p.setProperty("unit_code", unitCode);
        p.setProperty("unit_name", unitName == null ? "" : unitName);
        p.setProperty("public_key", UnitKey.encode(key));
        p.setProperty("fingerprint", UnitKey.fingerprint(key));
        StringWriter w = new StringWriter();
        p.store(w, "ReformDesk unit public key: register it at the department, and read the fingerprint over the phone");
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, w.toString(), StandardCharsets.UTF_8);
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static KeyFile readKeyFile(Path file) {
        Properties p;
        try {
            if (Files.size(file) > 64_000) throw new KeyFileException("not a ReformDesk unit key file (too large)");
            p = UnitKey.load(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new KeyFileException("cannot read the key file (" + e.getClass().getSimpleName() + ")");
        }
        if (!KEY_FORMAT.equals(p.getProperty("format"))) throw new KeyFileException("not a ReformDesk unit key file");
        String unit = p.getProperty("unit_code", "").trim();
        if (unit.isEmpty()) throw new KeyFileException("the key file names no unit");
        PublicKey key;
        try {
            key = UnitKey.publicKey(p.getProperty("public_key", ""));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("the key in the file is damaged (not an Ed25519 public key)");
        }
        String written = p.getProperty("fingerprint");
        if (written != null && !written.equals(UnitKey.fingerprint(key))) {
            throw new KeyFileException("the fingerprint written in the file does not match its key (the file was altered)");
        }
        String name = p.getProperty("unit_name", "").trim();
        return new KeyFile(unit, name.isEmpty() ? null : name, key);
    }

    /** Registers (or replaces) a unit's key; returns the fingerprint of the key it replaced, if any. */
    public Optional<String> register(KeyFile k, LocalDateTime now) {
        Optional<String> previous = keyOf(k.unitCode()).map(UnitKey::fingerprint);
        Transactions.inTransactionKeepingFigures(db, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM trusted_units WHERE unit_code = ?")) {
                del.setString(1, k.unitCode());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO trusted_units (unit_code, unit_name, public_key,"
                    + " registered_at) VALUES (?,?,?,?)")) {
                ins.setString(1, k.unitCode());
                ins.setString(2, k.unitName());
                ins.setString(3, UnitKey.encode(k.key()));
                ins.setTimestamp(4, Timestamp.valueOf(now));
                ins.executeUpdate();
            }
            return null;
        });
        return previous.filter(f -> !f.equals(k.fingerprint()));
    }

    public List<Unit> list() {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT unit_code, unit_name,"
                + " public_key, registered_at FROM trusted_units ORDER BY unit_code"); ResultSet rs = ps.executeQuery()) {
            List<Unit> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Unit(rs.getString(1), rs.getString(2), UnitKey.fingerprint(UnitKey.publicKey(rs.getString(3))),
                        rs.getTimestamp(4).toLocalDateTime()));
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    public Optional<PublicKey> keyOf(String unitCode) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT public_key FROM trusted_units WHERE unit_code = ?")) {
            ps.setString(1, unitCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(UnitKey.publicKey(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * Refuses a package unless the unit its manifest names is registered here and the manifest (which holds every
     * entry's hash and row count) carries that unit's signature.
     */
    public void verify(ExchangePackage pkg) {
        PublicKey key = keyOf(pkg.unitCode()).orElseThrow(() -> new PackageRejectedException("unit " + pkg.unitCode()
                + " is not registered here: register its public key (its fingerprint read to you over the phone) first",
                "notRegistered", pkg.unitCode()));
        if (pkg.manifest() == null || pkg.signature() == null || !UnitKey.verify(key, pkg.manifest(), pkg.signature())) {
            throw new PackageRejectedException("the signature is not that of unit " + pkg.unitCode()
                    + " (registered key " + UnitKey.fingerprint(key) + "): the package was altered after export, or"
                    + " signed by someone else", "badSignature", pkg.unitCode(), UnitKey.fingerprint(key));
        }
    }
}
