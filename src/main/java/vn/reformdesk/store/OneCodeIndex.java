package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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
    /** What goes before a twin's exact code in its key: a control character, which no code can hold. */
    static final String TWIN_MARK = "CHR(1) || ";
    /** The key of a stored dossier: the code folded, or a twin's exact code marked ({@link DossierRepository}). */
    static final String KEY = "CASE WHEN code_case_twin THEN " + TWIN_MARK + "code ELSE LOWER(code) END";

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
            for (String name : Sql.constraintsOn(c, "dossiers", "UNIQUE", "code")) st.execute("ALTER TABLE dossiers DROP CONSTRAINT \"" + name + "\"");
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
}
