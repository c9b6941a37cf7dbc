package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V15 (issue 18): one unique index on the dossiers' codes instead of two. V1's UNIQUE (code) compared codes
 * with their case, V11's code_key without it, so every row written went into two B-trees of a million codes, and the
 * second refused everything the first did. The first goes. For every dossier to stay reachable through code_key, a
 * twin from before V11 (which V11 left without a key) now gets one of its own: its exact code after CHR(1), a control
 * character that no code can hold (imports and forms refuse them), so it never meets a folded code.
 *
 * <p>Written in Java because H2 named V1's constraint itself ({@code CONSTRAINT_…}, PostgreSQL
 * {@code dossiers_code_key}): it is found by its column. Registered in {@link Migrations}.
 */
final class OneCodeIndex implements JavaMigration {
    /** The key of a stored dossier, for {@link DossierRepository}: the code folded, or a twin's exact code marked. */
    static final String KEY = "CASE WHEN code_case_twin THEN CHR(1) || code ELSE LOWER(code) END";

    @Override
    public MigrationVersion getVersion() { return MigrationVersion.fromVersion("15"); }

    @Override
    public String getDescription() { return "one code index"; }

    /** Fixed: what the migration does is its version's, as for a SQL migration that is never edited once shipped. */
    @Override
    public Integer getChecksum() { return 15; }

    @Override
    public boolean canExecuteInTransaction() { return true; }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean server = Engine.isPostgres(c);
        try (Statement st = c.createStatement()) {
            for (String name : uniqueOnCodeAlone(c)) st.execute("ALTER TABLE dossiers DROP CONSTRAINT \"" + name + "\"");
            st.execute("DROP INDEX ux_dossiers_code_key");
            if (server) { // a stored generated column (PostgreSQL has no other kind before version 18): one rewrite
                st.execute("ALTER TABLE dossiers DROP COLUMN code_key");
                st.execute("ALTER TABLE dossiers ADD COLUMN code_key VARCHAR(101) GENERATED ALWAYS AS (" + KEY + ") STORED");
            } else { // H2 copies the table for either statement above: once here (1,000,000 dossiers: 41 s)
                st.execute("ALTER TABLE dossiers ALTER COLUMN code_key VARCHAR(101) GENERATED ALWAYS AS (" + KEY + ")");
            }
            st.execute("CREATE UNIQUE INDEX ux_dossiers_code_key ON dossiers (code_key)");
        }
    }

    /** The names of the dossiers' unique constraints on the code column alone (V1's; one). */
    static List<String> uniqueOnCodeAlone(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT tc.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                        + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA"
                        + " AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                        + " WHERE UPPER(tc.TABLE_NAME) = 'DOSSIERS' AND tc.TABLE_SCHEMA = CURRENT_SCHEMA"
                        + " AND tc.CONSTRAINT_TYPE = 'UNIQUE'"
                        + " GROUP BY tc.CONSTRAINT_NAME HAVING COUNT(*) = 1 AND MAX(UPPER(k.COLUMN_NAME)) = 'CODE'")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
