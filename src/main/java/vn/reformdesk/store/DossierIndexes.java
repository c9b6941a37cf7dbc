package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The dossiers' secondary indexes that a large import into an engine that builds them quicker afterwards (H2:
 * {@link Engine#buildsIndexesAfterBulk}) drops before its rows and builds again after them, whatever the outcome:
 * H2 inserts each row into every B-tree and logs each insert for the commit, where CREATE INDEX sorts the rows once
 * (100,000 dossiers: 12 s instead of 17 s, index builds included, on the loaded build machine). Their names and
 * columns are those of the migrations (V1, V10, V13). The unique indexes stay: the import relies on them.
 *
 * <p>A crash between the drop and the build leaves the rows as committed (all of the import or none of it) without
 * some of these indexes: {@link #ensure} builds them at the next open ({@link Database#open}).
 */
public final class DossierIndexes {
    private static final Map<String, String> DEFERRED = Map.of(
            "ix_dossiers_received", "dossiers (received_at)",
            "ix_dossiers_open", "dossiers (resolved_on)",
            "ix_dossiers_unit", "dossiers (unit_code, received_at)");
    /**
     * Below this many rows the indexes stay: building them again would cost more than the rows save. (Not final for
     * the tests, which import a few hundred rows.)
     */
    static long minRows = 50_000;

    private DossierIndexes() {}

    /**
     * Drops the indexes before an import of about {@code rows} rows when that is quicker: on an engine that builds
     * them quicker afterwards, a large file, and a register smaller than the file (the build reads the whole register).
     * Returns whether it did; then call {@link #ensure} after the import, whatever its outcome.
     */
    public static boolean dropForBulk(Database db, long rows) {
        if (!db.engine().buildsIndexesAfterBulk() || rows < minRows) return false;
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dossiers")) {
                rs.next();
                if (rs.getLong(1) >= rows) return false;
            }
            for (String name : DEFERRED.keySet()) st.execute("DROP INDEX IF EXISTS " + name);
            return true;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /** Builds whichever of the indexes is missing (after a deferred import, and at open after a crash during one). */
    public static void ensure(Database db) {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (var index : DEFERRED.entrySet()) st.execute("CREATE INDEX IF NOT EXISTS " + index.getKey() + " ON " + index.getValue());
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }
}
