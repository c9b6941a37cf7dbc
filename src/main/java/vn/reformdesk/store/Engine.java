package vn.reformdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
    String[] migrationLocations() { return new String[] {COMMON_MIGRATIONS}; }

    /** The migrations both engines apply (standard SQL). */
    static final String COMMON_MIGRATIONS = "classpath:db/migration";

    /**
     * What the common migrations' placeholders stand for on this engine: a generated column is {@code STORED} on
     * PostgreSQL (it has no other kind before version 18) and plain on H2 (which does not know the word; V11).
     */
    java.util.Map<String, String> migrationPlaceholders() { return H2File.PLACEHOLDERS; }

    /** Opens the connection pool; {@link #dispose} closes it. */
    abstract DataSource openPool();

    abstract void dispose(DataSource pool);

    /** Before a large all-or-nothing write (an import). */
    void beginBulk(Database db) {}

    /** After it, committed or not. */
    void endBulk(Database db) {}

    /** Whether a large import is quicker writing its rows without the secondary indexes and building them after. */
    boolean buildsIndexesAfterBulk() { return false; }

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

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** The failure to open this database in words ({@link DatabaseInUseException}, a wrong password, …). */
    abstract DatabaseException openFailure(SQLException e);

    /**
     * Many new rows into {@code table}'s {@code columns}, inside the caller's transaction (an import: all or nothing
     * with the rest of it). Each row is given value by value in the columns' order, then {@link BulkInsert#endRow};
     * {@link BulkInsert#finish} writes what is pending. H2: batched INSERTs; PostgreSQL: one COPY … FROM STDIN
     * stream (no statement per row; see {@link Server#bulkInsert}).
     */
    public abstract BulkInsert bulkInsert(Connection c, String table, java.util.List<String> columns) throws SQLException;

    /** The values of one row, given in their columns' order (a bulk insert's row, a statement's parameters). */
    public interface RowValues {
        void text(String value) throws SQLException;

        void number(long value) throws SQLException;

        void bool(Boolean value) throws SQLException;

        void date(java.time.LocalDate value) throws SQLException;

        void timestamp(java.time.LocalDateTime value) throws SQLException;
    }

    /** See {@link #bulkInsert}. Closing it without {@link #finish} drops what was not written (the transaction fails). */
    public interface BulkInsert extends RowValues, AutoCloseable {
        /** Ends the row whose values were given. */
        void endRow() throws SQLException;

        /** Writes every pending row; the rows are then in the caller's transaction. */
        void finish() throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /** Batched INSERTs of {@link #BATCH} rows: H2's way, and PostgreSQL's when COPY is switched off. */
    private static final class BatchedInsert extends Sql.Params implements BulkInsert {
        static final int BATCH = 5_000;
        private int pending;

        BatchedInsert(Connection c, String table, java.util.List<String> columns) throws SQLException {
            super(c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(",", java.util.Collections.nCopies(columns.size(), "?")) + ")"));
        }

        @Override
        public void endRow() throws SQLException {
            restart();
            statement().addBatch();
            if (++pending == BATCH) finish();
        }

        @Override
        public void finish() throws SQLException {
            if (pending > 0) statement().executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException { statement().close(); }
    }

    /** The embedded H2 file of one unit in a folder, optionally encrypted with a file password. */
    public static final class H2File extends Engine {
        static final java.util.Map<String, String> PLACEHOLDERS = java.util.Map.of("generated_stored", "");

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
            JdbcConnectionPool pool = SchemaSetup.pool(url(Database.FILE_NAME), "sa", secret());
            pool.setMaxConnections(8);
            return pool;
        }

        @Override
        DataSource upgrade(DataSource pool, java.util.function.Consumer<DataSource> migrate) {
            return SchemaSetup.upgrade(folder, (JdbcConnectionPool) pool, () -> (JdbcConnectionPool) openPool(),
                    migrate::accept);
        }

        @Override
        void close(DataSource pool) {
            // SHUTDOWN COMPACT copies the live pages into a new file and renames it over the old one only once it is
            // complete and synced; cut short (power, disk full), the old file stays and H2 deletes the copy at the
            // next open. About 5 s for a 250,000-dossier register (README, Performance).
            SchemaSetup.shutdown((JdbcConnectionPool) pool, compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        }

        /**
         * A large import leaves the file mostly free space: H2 keeps freed pages for RETENTION_TIME (45 s) before it
         * reuses them, so a long import's file grows by every version it wrote (250,000 dossiers: 599 MB, 47 % in
         * use; 24 MB once compacted). Past this size and below {@link #compactBelowFill} % in use, the file is
         * compacted when the database closes.
         */
        static long compactAboveBytes = 64L << 20;
        static int compactBelowFill = 60;
        private volatile boolean compactOnClose;

        /** Whether the database will be compacted when it closes (a large import left the file mostly empty). */
        boolean compactsOnClose() { return compactOnClose; }

        @Override
        void dispose(DataSource pool) { ((JdbcConnectionPool) pool).dispose(); }


        /**
         * H2 writes its pages in the background while the rows go in, and the commit is forced to disk with a
         * checkpoint afterwards, so it is as durable as any other commit. (With every commit written at once, H2
         * stores pages on the importing thread: 2–3× slower.)
         */
        @Override
        void beginBulk(Database db) { run(db, "SET WRITE_DELAY 1000"); }

        /** H2 sorts the rows once to build an index, and logs every insert of every index for the commit. */
        @Override
        boolean buildsIndexesAfterBulk() { return true; }

        @Override
        void endBulk(Database db) {
            run(db, "SET WRITE_DELAY 0");
            run(db, "CHECKPOINT SYNC"); // one sync for the whole import
            if (!compactOnClose) compactOnClose = mostlyFree(db);
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

        /** Whether the file is large and mostly free space (H2's own figures, INFORMATION_SCHEMA.SETTINGS). */
        private static boolean mostlyFree(Database db) {
            long size = -1;
            int fill = 100;
            try (Connection c = db.connection(); Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                         + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
                while (rs.next()) {
                    if (rs.getString(1).equals("info.FILE_SIZE")) size = Long.parseLong(rs.getString(2).trim());
                    else fill = Integer.parseInt(rs.getString(2).trim());
                }
            } catch (SQLException | NumberFormatException e) {
                return false; // no figures: leave the file as it is
            }
            return size > compactAboveBytes && fill < compactBelowFill;
        }

        private static void run(Database db, String sql) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw DatabaseException.wrap(e);
            }
        }

        @Override
        public BulkInsert bulkInsert(Connection c, String table, java.util.List<String> columns) throws SQLException {
            return new BatchedInsert(c, table, columns);
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
        /** A throw-away schema of its own (the bench), created on open and dropped with its tables on close; else null. */
        private final String scratchSchema;

        Server(ServerAddress address, char[] password) { this(address, password, null); }

        Server(ServerAddress address, char[] password, String scratchSchema) {
            this.address = address;
            this.password = password;
            this.scratchSchema = scratchSchema;
        }

        public ServerAddress address() { return address; }

        @Override
        public String where() { return address.toString(); }

        @Override
        public boolean isServer() { return true; }

        @Override
        String[] migrationLocations() { return new String[] {COMMON_MIGRATIONS, "classpath:db/postgresql"}; }

        @Override
        java.util.Map<String, String> migrationPlaceholders() { return java.util.Map.of("generated_stored", "STORED"); }

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
            if (scratchSchema != null) config.setSchema(scratchSchema);
            return new HikariDataSource(config);
        }

        /** Closes the pool; a throw-away schema goes with it, also when the open failed (a migration refused). */
        @Override
        void dispose(DataSource pool) {
            if (scratchSchema != null) {
                try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + scratchSchema + " CASCADE");
                } catch (SQLException e) {
                    // the server unreachable (the open failed for it): nothing was created there to drop
                } finally {
                    ((HikariDataSource) pool).close();
                }
                return;
            }
            ((HikariDataSource) pool).close();
        }

        @Override
        void prepare() {
            if (scratchSchema == null) return;
            HikariDataSource pool = (HikariDataSource) openPool();
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + scratchSchema);
            } catch (SQLException e) {
                throw openFailure(e);
            } finally {
                pool.close();
            }
        }

        /**
         * COPY … FROM STDIN in PostgreSQL's text format through the driver's CopyManager: the rows stream to the
         * server in 64 KB pieces, parsed there without a statement per row, and are part of the caller's transaction
         * (a failed or cancelled import leaves none of them). {@code -Dreformdesk.copy=false} falls back to batched
         * INSERTs (how the bench compares the two), and so does a login that row-level security applies to.
         */
        @Override
        public BulkInsert bulkInsert(Connection c, String table, java.util.List<String> columns) throws SQLException {
            // PostgreSQL refuses COPY FROM into a table whose row-level security applies to this login (an officer's,
            // V10.1: COPY does not check policies); the owner's import streams, an officer's goes in batches
            if (!COPY || rowSecurityActive(c, table)) return new BatchedInsert(c, table, columns);
            return new CopyInsert(c.unwrap(org.postgresql.PGConnection.class).getCopyAPI(),
                    "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
        }

        private static final boolean COPY = !"false".equals(System.getProperty("reformdesk.copy"));

        private static boolean rowSecurityActive(Connection c, String table) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT row_security_active(CAST(? AS regclass))")) {
                ps.setString(1, table);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        }


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
     * One COPY … FROM STDIN (text format: tab between values, {@code \\N} for null, backslash escapes) fed row by
     * row. The COPY starts with the first row sent, so an empty one costs nothing.
     */
    private static final class CopyInsert implements BulkInsert {
        private static final int FLUSH_AT = 1 << 16;
        private final org.postgresql.copy.CopyManager copy;
        private final String sql;
        private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
        private org.postgresql.copy.CopyIn in;
        private boolean first = true;

        CopyInsert(org.postgresql.copy.CopyManager copy, String sql) {
            this.copy = copy;
            this.sql = sql;
        }

        private void raw(String value) {
            if (!first) buffer.append('\t');
            first = false;
            if (value == null) {
                buffer.append("\\N");
                return;
            }
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(ch);
                }
            }
        }

        @Override
        public void text(String value) { raw(value); }

        @Override
        public void number(long value) { raw(Long.toString(value)); }

        @Override
        public void bool(Boolean value) { raw(value == null ? null : value ? "t" : "f"); }

        @Override
        public void date(java.time.LocalDate value) { raw(value == null ? null : value.toString()); }

        @Override
        public void timestamp(java.time.LocalDateTime value) {
            // ISO with a space: read the same whatever the server's DateStyle
            raw(value == null ? null : value.toLocalDate() + " " + value.toLocalTime());
        }

        @Override
        public void endRow() throws SQLException {
            buffer.append('\n');
            first = true;
            if (buffer.length() >= FLUSH_AT) send();
        }

        private void send() throws SQLException {
            if (buffer.isEmpty()) return;
            if (in == null) in = copy.copyIn(sql);
            byte[] bytes = buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            buffer.setLength(0);
            in.writeToCopy(bytes, 0, bytes.length);
        }

        @Override
        public void finish() throws SQLException {
            send();
            if (in != null) {
                org.postgresql.copy.CopyIn done = in;
                in = null;
                done.endCopy();
            }
        }

        @Override
        public void close() throws SQLException {
            buffer.setLength(0);
            if (in != null && in.isActive()) {
                org.postgresql.copy.CopyIn open = in;
                in = null;
                open.cancelCopy(); // the transaction fails anyway; the connection is left usable
            }
        }
    }

    /**
     * What a failed statement means, in words an officer can act on, from its SQLSTATE (both engines give the
     * standard classes: 23 integrity, 40 transaction rollback, 08 connection, 53 resources, 57 operator).
     */
    static String words(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (diskFull(e)) {
            return "the disk holding the database is full; nothing of this was saved. Free some space on it (delete or"
                    + " move old files, empty the recycle bin), then start ReformDesk again.";
        }
        // H2: 90028 a file could not be read or written, 90098 the database closed itself after such a failure (every
        // later statement), 50000 with "Writing … failed" the store's own write failure
        if (state.equals("90028") || state.equals("90098") || state.equals("50000") && writeFailed(e)) {
            return "the database file could not be written and was closed (is its disk full, or was the USB stick"
                    + " taken out?); nothing of this was saved. Free some space or put the stick back, then start"
                    + " ReformDesk again.";
        }
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

    /** Whether the failure, or anything behind it, is the operating system saying the disk is full. */
    static boolean diskFull(Throwable e) {
        return anyCause(e, t -> {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return t instanceof java.io.IOException && (m.contains("no space left on device") // Linux, macOS
                    || m.contains("not enough space on the disk") || m.contains("disk quota exceeded")) // Windows, quota
                    || t instanceof SQLException s && "53100".equals(s.getSQLState()); // PostgreSQL
        });
    }

    private static boolean writeFailed(Throwable e) {
        return anyCause(e, t -> String.valueOf(t.getMessage()).contains("Writing to ")
                || t instanceof java.io.IOException);
    }

    /** Looks through the causes, the chained SQL exceptions and the suppressed ones. */
    private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> test) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) continue;
            if (test.test(t)) return true;
            if (t.getCause() != null) todo.push(t.getCause());
            if (t instanceof SQLException s && s.getNextException() != null) todo.push(s.getNextException());
            for (Throwable x : t.getSuppressed()) todo.push(x);
        }
        return false;
    }
}
