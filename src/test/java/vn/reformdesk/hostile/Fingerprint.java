package vn.reformdesk.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.reformdesk.store.Database;

/**
 * Row counts and a SHA-256 over every value of the register tables, to show an import that reported problems
 * changed nothing at all (not even a row it could have written before failing).
 */
record Fingerprint(Map<String, Long> counts, String hash) {
    private static final String[][] TABLES = {
        {"procedures", "code"},
        {"dossiers", "code"},
        {"supplement_cycles", "dossier_id, cycle_no"},
        {"calendar_days", "day_date"},
        {"audit_log", "id"},
    };

    static Fingerprint of(Database db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String[] t : TABLES) {
                long n = 0;
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t[0] + " ORDER BY " + t[1])) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        n++;
                        for (int i = 1; i <= cols; i++) {
                            Object v = rs.getObject(i);
                            sha.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0x1f);
                        }
                        sha.update((byte) 0x1e);
                    }
                }
                counts.put(t[0], n);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Fingerprint(counts, HexFormat.of().formatHex(sha.digest()));
    }
}
