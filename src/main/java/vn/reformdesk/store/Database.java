package vn.reformdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The register's database, migrated with Flyway on open: the embedded H2 file of one unit (one process owns the file
 * at a time, H2's file lock; a second opener gets {@link DatabaseInUseException}) or a PostgreSQL server many desks
 * share ({@link #connect}). What differs between the two is in {@link Engine}.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "reformdesk";

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Engine engine;
    private final Path folder;
    private final DataSource pool;
    private final char[] password;

    private Database(Engine engine, Path folder, DataSource pool, char[] password) {
        this.engine = engine;
        this.folder = folder;
        this.pool = pool;
        this.password = password;
    }

    /** Whether a database file exists in {@code folder}. */
    public static boolean exists(Path folder) { return Files.isRegularFile(folder.resolve(FILE_NAME + ".mv.db")); }

    /** Whether the database file in {@code folder} is protected with a password (H2 file encryption). */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve(FILE_NAME + ".mv.db");
        if (!Files.isRegularFile(file)) return false;
        try (var in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Opens (creating if needed) the database in {@code folder} and applies pending migrations. */
    public static Database open(Path folder) { return open(folder, null); }

    /**
     * Opens the database with its file password (null = not protected). A new database created with a password
     * is encrypted (AES); a lost password cannot be recovered.
     */
    public static Database open(Path folder, char[] password) {
        if (password == null && isEncrypted(folder)) throw new PasswordRequiredException(folder);
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new DatabaseException("Cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        return open(new Engine.H2File(folder, password), folder, password);
    }

    /**
     * Connects to the register on a PostgreSQL server (creating its tables on first use, as a new H2 file is), with
     * the officer's login password (never stored).
     */
    public static Database connect(ServerAddress address, char[] password) {
        return open(new Engine.Server(address, password), null, null);
    }

    /**
     * A throw-away register in a new schema of the server's database (the bench): migrated like a new register,
     * dropped with everything in it when closed. The login must be allowed to create a schema there.
     */
    public static Database connectThrowAway(ServerAddress address, char[] password) {
        String schema = "reformdesk_bench_" + Long.toString(System.currentTimeMillis(), 36);
        return open(new Engine.Server(address, password, schema), null, null);
    }

    private static Database open(Engine engine, Path folder, char[] password) {
        engine.prepare(); // H2: what a cut creation or upgrade left is resolved; a new file is made aside (SchemaSetup)
        DataSource pool = engine.openPool();
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            engine.dispose(pool);
            throw engine.openFailure(e);
        }
        SchemaState state;
        try (Connection c = pool.getConnection()) {
            state = schemaState(c);
        } catch (SQLException e) {
            engine.dispose(pool);
            throw engine.openFailure(e);
        }
        if (state == SchemaState.NEWER) {
            engine.dispose(pool);
            throw new NewerVersionException(engine.where());
        }
        if (state != SchemaState.CURRENT) pool = engine.upgrade(pool, p -> migrate(engine, p));
        else if (engine.isServer()) {
            // the server's own migrations (row-level security, db/postgresql) are checked apart from the common ones
            try (Connection c = pool.getConnection()) {
                if (!serverMigrationsApplied(c)) migrate(engine, pool);
            } catch (SQLException e) {
                engine.dispose(pool);
                throw engine.openFailure(e);
            }
        }
        Database db = new Database(engine, folder, pool, password);
        // a large import cut short (a crash, a power cut) between dropping and building its indexes left them missing
        if (engine.buildsIndexesAfterBulk()) DossierIndexes.ensure(db);
        new FrameworkRepository(db).installTemplatesIfMissing(); // the index frameworks ship as editable data
        return db;
    }

    /**
     * The newest migration this version ships (src/main/resources/db/migration/V&lt;n&gt;__….sql, or one in Java that
     * {@link Migrations} registers). Raise it with every new migration: a database whose history already ends there
     * opens without Flyway (a test checks the files).
     */
    static final int SCHEMA_VERSION = 15;

    /** Every migration this version ships, in order. */
    static final java.util.List<Integer> MIGRATIONS = java.util.List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    /** What the schema history of a database says, read without Flyway. */
    enum SchemaState {
        /** Every migration up to {@link #SCHEMA_VERSION} applied, none failed, none newer: nothing to do. */
        CURRENT,
        /** A migration newer than this version knows was applied: refuse to touch the database. */
        NEWER,
        /** Anything else (a new or older database, a failed or unusual history): let Flyway decide. */
        OTHER
    }

    /**
     * Reads Flyway's schema history with one query. Flyway's own check (class-path scan, info, migrate, validate)
     * took about half a second of every start on a database that is already current; this keeps it for the
     * databases that need it.
     */
    static SchemaState schemaState(Connection c) throws SQLException {
        // in the connection's schema only: another schema of the same server database may hold a register of its own
        try (var tables = c.getMetaData().getTables(null, c.getSchema(), "flyway_schema_history", null)) {
            if (!tables.next()) return SchemaState.OTHER;
        }
        java.util.Set<Integer> applied = new java.util.HashSet<>();
        boolean other = false;
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT \"version\", \"success\", \"type\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                boolean success = rs.getBoolean(2);
                if (version == null) {
                    // Flyway's own marker rows (history table or schema created) carry no version; a repeatable
                    // migration would, and it is not ours
                    String type = rs.getString(3);
                    if (!success || !("TABLE".equals(type) || "SCHEMA".equals(type))) other = true;
                    continue;
                }
                int major;
                try {
                    major = Integer.parseInt(version.split("\\.")[0].trim());
                } catch (NumberFormatException e) {
                    other = true;
                    continue;
                }
                if (major > SCHEMA_VERSION) return SchemaState.NEWER; // as Flyway's FUTURE states, failed or not
                // a server's own migrations are numbered after the common one they follow (10.1); checked apart
                if (SERVER_MIGRATIONS.contains(version.trim())) {
                    if (!success) other = true;
                    continue;
                }
                if (!success || !version.trim().equals(String.valueOf(major)) || !applied.add(major)) other = true;
            }
        }
        for (int v : MIGRATIONS) if (!applied.contains(v)) other = true;
        return other ? SchemaState.OTHER : SchemaState.CURRENT;
    }

    /** The migrations only a server gets (db/postgresql: row-level security, V10.1 and V12.1). */
    static final java.util.List<String> SERVER_MIGRATIONS = java.util.List.of("10.1", "12.1");

    /** Whether every server migration was applied to this (PostgreSQL) database. */
    private static boolean serverMigrationsApplied(Connection c) throws SQLException {
        java.util.Set<String> applied = new java.util.HashSet<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" = TRUE")) {
            while (rs.next()) if (rs.getString(1) != null) applied.add(rs.getString(1).trim());
        }
        return applied.containsAll(SERVER_MIGRATIONS);
    }

    /** Flyway's full path: refuses a database with migrations from the future, applies the pending ones. */
    private static void migrate(Engine engine, DataSource pool) {
        // On a server, two desks starting at once: Flyway holds PostgreSQL's advisory lock while it migrates.
        Flyway flyway = Migrations.configure(pool, engine.migrationLocations(), engine.migrationPlaceholders()).load();
        boolean newer = java.util.Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getState().name().startsWith("FUTURE"));
        if (newer) {
            engine.dispose(pool);
            throw new NewerVersionException(engine.where());
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            engine.dispose(pool);
            throw e;
        }
    }

    /** The H2 database's folder; null on a server. */
    public Path folder() { return folder; }

    /** Which engine holds the register, and where. */
    public Engine engine() { return engine; }

    /** Whether the register is on a shared server (many desks; backups are the server's). */
    public boolean isServer() { return engine.isServer(); }

    /** The file password this database was opened with (null = not protected); backups need it too. */
    public char[] password() { return password; }

    public DataSource dataSource() { return pool; }

    public Connection connection() throws SQLException { return pool.getConnection(); }

    /**
     * The data version: how many write transactions were ever committed to the register, by any desk (a row in
     * data_writes each, V6). Figures computed from the register stay valid while it is unchanged; read it before
     * the data the figures come from.
     */
    public long dataVersion() {
        try (Connection c = connection()) {
            return dataVersion(c);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    static long dataVersion(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM data_writes")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Set by the first {@link #close}: a register closed before its owner's own close (the bench, before it opens the
     * file again as the next start does) is not shut down twice.
     */
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Whether {@link #close} has run. */
    public boolean isClosed() { return closed.get(); }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) engine.close(pool);
    }
}
