package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dossiers' secondary indexes and foreign keys that a large import into an engine that builds them quicker
 * afterwards (H2: {@link Engine#buildsIndexesAfterBulk}) drops before its rows and builds again after them, whatever the
 * outcome: H2 inserts each row into every B-tree, checks each foreign key row by row, and its commit goes over every
 * B-tree entry once more, where CREATE INDEX sorts the rows once. Their names and columns are those of the migrations
 * (V1, V10, V13); the foreign keys come back under the names {@link #FOREIGN_KEYS} gives them (V1 left the one to
 * procedures unnamed). The unique code index stays (V15): the import looks codes up through it, and a unique index
 * built afterwards could find a duplicate written meanwhile by another screen, with nothing left to refuse it.
 *
 * <p>While the foreign keys are away the import holds the procedures and units it may refer to locked
 * ({@link #lockReferenced}), so none of them is deleted or renamed under its rows; a foreign key comes back only once
 * every stored dossier's value is found among them (one index seek per distinct value, not a pass over the rows).
 *
 * <p>A crash between the drop and the build leaves the rows as committed (all of the import or none of it) without
 * some of these indexes and keys: {@link #ensure} builds them at the next open ({@link Database#open}).
 */
public final class DossierIndexes {
    /** Index name → what it indexes; built in this order (a foreign key below uses ix_dossiers_procedure). */
    private static final Map<String, String> DEFERRED = new LinkedHashMap<>();
    static {
        DEFERRED.put("ix_dossiers_received", "dossiers (received_at)");
        DEFERRED.put("ix_dossiers_open", "dossiers (resolved_on)");
        DEFERRED.put("ix_dossiers_unit", "dossiers (unit_code, received_at)");
        DEFERRED.put("ix_dossiers_procedure", "dossiers (procedure_id)");
    }

    /** A foreign key of the dossiers: its column, the table and column it refers to, and its actions (V1, V10). */
    private record ForeignKey(String name, String column, String table, String key, String actions) {
        String definition() {
            return "CONSTRAINT " + name + " FOREIGN KEY (" + column + ") REFERENCES " + table + " (" + key + ")" + actions;
        }
    }

    private static final List<ForeignKey> FOREIGN_KEYS = List.of(
            new ForeignKey("fk_dossiers_procedure", "procedure_id", "procedures", "id", ""),
            new ForeignKey("fk_dossiers_unit", "unit_code", "units", "code", " ON UPDATE CASCADE"));

    /**
     * Below this many rows the indexes stay: building them again would cost more than the rows save. (Not final for
     * the tests, which import a few hundred rows.)
     */
    static long minRows = 50_000;
    /** Ids H2 hands out between two writes of the identity's next value to its schema (its default: 32). */
    private static final int ID_CACHE = 4_096;

    private DossierIndexes() {}

    /** Whether a file of about {@code rows} rows is a large import (its figures are counted again afterwards too). */
    public static boolean large(long rows) { return rows >= minRows; }

    /**
     * Drops the indexes and foreign keys before an import of about {@code rows} rows when that is quicker: on an
     * engine that builds them quicker afterwards, a large file, and a register smaller than the file (the build reads
     * the whole register). Returns whether it did; then call {@link #lockReferenced} first in the import's
     * transaction, and {@link #ensure} after the import, whatever its outcome.
     */
    public static boolean dropForBulk(Database db, long rows) {
        if (!db.engine().buildsIndexesAfterBulk() || !large(rows)) return false;
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dossiers")) {
                rs.next();
                if (rs.getLong(1) >= rows) return false;
            }
            for (ForeignKey fk : FOREIGN_KEYS) {
                for (String name : Sql.constraintsOn(c, "dossiers", "FOREIGN KEY", fk.column())) st.execute("ALTER TABLE dossiers DROP CONSTRAINT \"" + name + "\"");
            }
            for (String name : DEFERRED.keySet()) st.execute("DROP INDEX IF EXISTS " + name);
            // H2 writes and commits the identity's next value to its schema every CACHE ids: a tenth of the time an
            // empty table's inserts took with its default. Ids lost to a crash leave a gap, which nothing reads.
            st.execute("ALTER TABLE dossiers ALTER COLUMN id SET CACHE " + ID_CACHE);
            return true;
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * In the import's transaction, while the foreign keys are away: locks every procedure and unit, so that no other
     * writer deletes or renames one the import's rows refer to before the keys are back (it waits, or is refused).
     */
    public static void lockReferenced(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (ForeignKey fk : FOREIGN_KEYS) {
                try (ResultSet rs = st.executeQuery("SELECT " + fk.key() + " FROM " + fk.table() + " FOR UPDATE")) {
                    while (rs.next()) {
                        // the rows are locked as they are read
                    }
                }
            }
        }
    }

    /**
     * Builds whichever of the indexes and foreign keys is missing (after a deferred import, and at open after a crash
     * during one). A foreign key comes back unchecked by H2 once this has found every distinct value of its column
     * among the rows it refers to, those rows locked meanwhile; one that cannot come back (a value not found) leaves
     * the others restored and stops with its words.
     */
    public static void ensure(Database db) {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (var index : DEFERRED.entrySet()) st.execute("CREATE INDEX IF NOT EXISTS " + index.getKey() + " ON " + index.getValue());
            List<String> notRestored = new ArrayList<>();
            for (ForeignKey fk : FOREIGN_KEYS) {
                if (!Sql.constraintsOn(c, "dossiers", "FOREIGN KEY", fk.column()).isEmpty()) continue;
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    Set<Object> known = new HashSet<>();
                    try (ResultSet rs = st.executeQuery("SELECT " + fk.key() + " FROM " + fk.table() + " FOR UPDATE")) {
                        while (rs.next()) known.add(rs.getObject(1));
                    }
                    List<Object> missing = new ArrayList<>();
                    for (Object value : distinctValues(c, fk.column())) if (!known.contains(value)) missing.add(value);
                    if (missing.isEmpty()) {
                        // DDL ends the transaction (and its locks) in H2 once the key is in place
                        st.execute("ALTER TABLE dossiers ADD " + fk.definition() + " NOCHECK");
                    } else {
                        notRestored.add("dossiers refer to " + fk.table() + " that are not stored (" + fk.column() + " "
                                + missing + "): the foreign key " + fk.name() + " cannot be restored");
                    }
                } finally {
                    if (!c.getAutoCommit()) c.rollback();
                    c.setAutoCommit(auto);
                }
            }
            if (!notRestored.isEmpty()) throw new DatabaseException(String.join("; ", notRestored), null);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * The distinct non-null values of a column that leads an index, read by skipping from one value to the next
     * through the index (a few seeks per value rather than a pass over every dossier).
     */
    private static List<Object> distinctValues(Connection c, String column) throws SQLException {
        List<Object> out = new ArrayList<>();
        try (PreparedStatement first = c.prepareStatement("SELECT " + column + " FROM dossiers WHERE " + column
                + " IS NOT NULL ORDER BY " + column + " FETCH FIRST 1 ROW ONLY");
             PreparedStatement next = c.prepareStatement("SELECT " + column + " FROM dossiers WHERE " + column
                     + " > ? ORDER BY " + column + " FETCH FIRST 1 ROW ONLY")) {
            Object value;
            try (ResultSet rs = first.executeQuery()) {
                value = rs.next() ? rs.getObject(1) : null;
            }
            while (value != null) {
                out.add(value);
                next.setObject(1, value);
                try (ResultSet rs = next.executeQuery()) {
                    value = rs.next() ? rs.getObject(1) : null;
                }
            }
        }
        return out;
    }
}
