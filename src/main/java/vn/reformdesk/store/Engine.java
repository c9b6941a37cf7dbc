package vn.reformdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The one place that knows which database engine holds the register: the embedded H2 file of one PC ({@link H2File},
 * the default) or a PostgreSQL server shared by many desks ({@link Server}). It knows the URL and connection
 * settings, the pool, the H2-only statements (WRITE_DELAY, CHECKPOINT, SHUTDOWN, BACKUP TO) and what an error's
 * SQLSTATE means in words. Every other class runs SQL that both engines accept.
 */
public abstract sealed class Engine permits Engine.H2File, Engine.Server {
    /** Where the register is, for messages: a folder or a server address. */
    public abstract String where();

    /** Whether this is a server many desks share (its backups are the server's, not the app's). */
    public abstract boolean isServer();

    /**
     * Where Flyway finds this engine's migrations: the common ones (standard SQL, db/migration) and, on a server,
     * PostgreSQL's own (db/postgresql: the officers' row-level security, V10.1).
     */
    String[] migrationLocations() { return new String[] {"classpath:db/migration"}; }

    /** Opens the connection pool; {@link #dispose} closes it. */
    abstract DataSource openPool();

    abstract void dispose(DataSource pool);

    /** Before a large all-or-nothing write (an import). */
    void beginBulk(Database db) {}

    /** After it, committed or not. */
    void endBulk(Database db) {}

    /**
     * After a confirmed commit: what is committed reaches the disk, not only the operating system's cache, so a save
     * the officer was told about survives a power cut. PostgreSQL's commit is already durable (fsync on).
     */
    void syncAfterCommit(Connection c) throws SQLException {}

    /** Before the pool opens: H2 settles what a cut creation or upgrade left and creates a new file aside. */
    void prepare() {}

    /** Applies pending migrations ({@code migrate}); returns the pool to use afterwards. */
    DataSource upgrade(DataSource pool, java.util.function.Consumer<DataSource> migrate) {
        migrate.accept(pool);
        return pool;
    }

    /** Closes the pool; H2 first closes its file cleanly. */
    void close(DataSource pool) { dispose(pool); }

    /**
     * An insert-or-update of one row by its key, with the engine's own conflict handling, so two desks saving the same
     * new key at once both succeed (the later one wins) instead of one failing on a duplicate key as DELETE + INSERT
     * did. Its parameters are the {@code keys} then the {@code values}; {@code versioned}: the table's row_version is
     * raised on update. The engine is the connection's (callers inside a transaction may have no Database at hand).
     */
    public static String upsert(Connection c, String table, java.util.List<String> keys, java.util.List<String> values,
                                boolean versioned) throws SQLException {
        java.util.List<String> all = new java.util.ArrayList<>(keys);
        all.addAll(values);
        String cols = String.join(", ", all);
        String params = String.join(", ", java.util.Collections.nCopies(all.size(), "?"));
        StringBuilder set = new StringBuilder();
        if (isPostgres(c)) {
            // INSERT … ON CONFLICT: PostgreSQL's MERGE can still fail with a duplicate key when two sessions insert
            // the same new key at once; ON CONFLICT waits for the other and updates instead.
            for (String v : values) set.append(set.isEmpty() ? "" : ", ").append(v).append(" = EXCLUDED.").append(v);
            if (versioned) set.append(", row_version = ").append(table).append(".row_version + 1");
            return "INSERT INTO " + table + " (" + cols + ") VALUES (" + params + ") ON CONFLICT ("
                    + String.join(", ", keys) + ") DO UPDATE SET " + set;
        }
        // standard MERGE (H2)
        StringBuilder on = new StringBuilder();
        for (String k : keys) on.append(on.isEmpty() ? "" : " AND ").append("t.").append(k).append(" = s.").append(k);
        for (String v : values) set.append(set.isEmpty() ? "" : ", ").append(v).append(" = s.").append(v);
        if (versioned) set.append(", row_version = t.row_version + 1");
        StringBuilder vals = new StringBuilder();
        for (String k : all) vals.append(vals.isEmpty() ? "" : ", ").append("s.").append(k);
        return "MERGE INTO " + table + " t USING (VALUES (" + params + ")) s (" + cols + ") ON " + on
                + " WHEN MATCHED THEN UPDATE SET " + set + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES ("
                + vals + ")";
    }

    /**
     * Runs one row's {@link #upsert}. H2's MERGE can still meet a row another connection inserted at the same moment
     * (a duplicate key): run again, it finds and updates that row. (PostgreSQL's ON CONFLICT never gets there, and
     * H2 undoes only the failed statement, not the transaction.)
     */
    public static int upsertRow(Connection c, java.sql.PreparedStatement ps) throws SQLException {
        try {
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState()) || isPostgres(c)) throw e;
            return ps.executeUpdate();
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** The failure to open this database in words ({@link DatabaseInUseException}, a wrong password, …). */
    abstract DatabaseException openFailure(SQLException e);

    /** The embedded H2 file of one unit in a folder, optionally encrypted with a file password. */
    public static final class H2File extends Engine {
        private final Path folder;
        private final char[] password;

        H2File(Path folder, char[] password) {
            this.folder = folder;
            this.password = password;
        }

        public Path folder() { return folder; }

        @Override
        public String where() { return folder.toString(); }

        @Override
        public boolean isServer() { return false; }

        private String url(String fileName) {
            return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(fileName)
                    // WRITE_DELAY=0: every commit reaches the file at once. H2's default (a delayed write) lost the
                    // last second of committed edits when a test killed the process; commune PCs lose power.
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE" + (password != null ? ";CIPHER=AES" : "");
        }

        /** With CIPHER the password is "&lt;file password&gt; &lt;user password&gt;"; the user password stays empty. */
        private String secret() { return password != null ? new String(password) + " " : ""; }

        @Override
        void prepare() { SchemaSetup.prepare(folder, url(SchemaSetup.ASIDE), "sa", secret()); }

        @Override
        DataSource openPool() {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url(Database.FILE_NAME), "sa", secret());
            pool.setMaxConnections(8);
            return pool;
        }

        @Override
        DataSource upgrade(DataSource pool, java.util.function.Consumer<DataSource> migrate) {
            return SchemaSetup.upgrade(folder, (JdbcConnectionPool) pool, () -> (JdbcConnectionPool) openPool(),
                    migrate::accept);
        }

        @Override
        void close(DataSource pool) { SchemaSetup.shutdown((JdbcConnectionPool) pool); }

        @Override
        void dispose(DataSource pool) { ((JdbcConnectionPool) pool).dispose(); }


        /**
         * H2 writes its pages in the background while the rows go in, and the commit is forced to disk with a
         * checkpoint afterwards, so it is as durable as any other commit. (With every commit written at once, H2
         * stores pages on the importing thread: 2–3× slower.)
         */
        @Override
        void beginBulk(Database db) { run(db, "SET WRITE_DELAY 1000"); }

        @Override
        void endBulk(Database db) {
            run(db, "SET WRITE_DELAY 0");
            run(db, "CHECKPOINT SYNC"); // one sync for the whole import
        }

        /**
         * H2's commit writes the file but does not sync it: CHECKPOINT SYNC forces it through the operating system's
         * cache (fsync). Costs a few milliseconds per save (README, Performance).
         */
        @Override
        void syncAfterCommit(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        }

        private static void run(Database db, String sql) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw DatabaseException.wrap(e);
            }
        }

        /** A consistent online copy of the open database into a zip (H2's BACKUP TO). */
        void backupTo(Connection c, Path zip) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        }

        @Override
        DatabaseException openFailure(SQLException e) {
            String state = String.valueOf(e.getSQLState());
            String message = String.valueOf(e.getMessage());
            // H2 gives its own errors their code as SQLSTATE: 90020 = the file is locked by another process
            if (state.equals("90020") || message.contains("already in use")) return new DatabaseInUseException(folder, e);
            // 90049 = the file password does not decrypt the file; 28000 = wrong user or password
            if (state.equals("90049") || state.startsWith("28")) return new WrongPasswordException(folder, e);
            // 90097 = the file is read-only; 90098 = the database was closed (a read-only medium)
            if (state.equals("90097") || state.equals("90098") || message.contains("read only")) {
                return new DatabaseException("The database in " + folder + " is read-only (a write-protected USB stick"
                        + " or folder?). Copy it to a writable folder and open it from there.", e);
            }
            return new DatabaseException("Cannot open the database in " + folder + ": " + message, e);
        }
    }

    /** A PostgreSQL server many desks share; the password is asked for at start and never stored. */
    public static final class Server extends Engine {
        private final ServerAddress address;
        private final char[] password;

        Server(ServerAddress address, char[] password) {
            this.address = address;
            this.password = password;
        }

        public ServerAddress address() { return address; }

        @Override
        public String where() { return address.toString(); }

        @Override
        public boolean isServer() { return true; }

        @Override
        String[] migrationLocations() { return new String[] {"classpath:db/migration", "classpath:db/postgresql"}; }

        @Override
        DataSource openPool() {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(address.jdbcUrl());
            config.setUsername(address.user());
            if (password != null) config.setPassword(new String(password));
            // A desk uses a few connections at a time (the dashboard's two halves, a background tally); a province
            // of a hundred desks must stay far below the server's max_connections (100 by default).
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(0);
            config.setPoolName("reformdesk");
            // Fail the start within seconds when the server is unreachable, instead of Hikari's 30 s wait.
            config.setConnectionTimeout(10_000);
            config.setInitializationFailTimeout(-1); // the first connection below reports the failure in words
            config.addDataSourceProperty("ApplicationName", "ReformDesk");
            // Batched inserts as one multi-row INSERT: an import's round trips drop from one per row to one per batch.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            return new HikariDataSource(config);
        }

        @Override
        void dispose(DataSource pool) { ((HikariDataSource) pool).close(); }


        @Override
        DatabaseException openFailure(SQLException e) {
            String state = String.valueOf(e.getSQLState());
            if (state.startsWith("28")) return new WrongPasswordException(where(), e);
            if (state.equals("3D000")) {
                return new DatabaseException("The server " + address.host() + " has no database " + address.database()
                        + ". Ask the province's IT officer for its name.", e);
            }
            if (state.startsWith("08") || e.getCause() instanceof java.net.ConnectException) {
                return new DatabaseException("Cannot reach the database server " + address.host() + ":" + address.port()
                        + " (is the network up, the server running, the address right?).", e);
            }
            return new DatabaseException("Cannot open the database on " + where() + ": " + Engine.words(e), e);
        }
    }

    /**
     * What a failed statement means, in words an officer can act on, from its SQLSTATE (both engines give the
     * standard classes: 23 integrity, 40 transaction rollback, 08 connection, 53 resources, 57 operator).
     */
    static String words(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505")) {
            return "another record with the same code was saved meanwhile (at another desk?); nothing was saved."
                    + " Use another code, or open the saved record. (" + e.getMessage() + ")";
        }
        if (state.equals("23503")) return "the record is still referred to by others, or refers to one that is gone"
                + " (" + e.getMessage() + ")";
        if (state.equals("40001") || state.equals("40P01") || state.equals("HYT00")) {
            return "another desk was saving the same records at the same moment; nothing was saved. Try again.";
        }
        if (state.startsWith("08")) return "the connection to the database was lost; nothing was saved. Check the"
                + " network and try again. (" + e.getMessage() + ")";
        if (state.equals("53100")) return "the database's disk is full; nothing was saved.";
        if (state.startsWith("53")) return "the database server is overloaded; try again in a moment.";
        if (state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return "the database server is shutting down or starting; try again in a moment.";
        }
        if (state.equals("25006") || state.equals("90097")) return "the database is read-only; nothing was saved.";
        if (state.equals("42501")) return "this login may not change that on the server (ask the IT officer).";
        return e.getMessage();
    }
}
