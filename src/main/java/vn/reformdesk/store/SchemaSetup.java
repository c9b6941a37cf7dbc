package vn.reformdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Creating or upgrading a database is all or nothing, even if the process dies or the power goes:
 * <ul>
 * <li>a new database is built aside ({@code reformdesk-new.mv.db}, same folder), migrated, closed, synced, and only
 * then renamed to {@code reformdesk.mv.db} (an atomic move), so a cut creation leaves no database rather than one
 * whose schema history says "failed migration";</li>
 * <li>before migrations are applied to an existing file, a synced copy is kept ({@code reformdesk.upgrade-copy});
 * it is deleted once the migrated database is synced, and put back if the migration fails;</li>
 * <li>on the next open, a leftover aside file is deleted and a leftover upgrade copy put back, so the officer finds
 * the old database or the new one.</li>
 * </ul>
 * A lock file serialises this between processes (a second process waits instead of "repairing" a file another one
 * is upgrading). H2's own lock still keeps one process per open database.
 */
final class SchemaSetup {
    static final String ASIDE = Database.FILE_NAME + "-new";
    static final String UPGRADE_COPY = Database.FILE_NAME + ".upgrade-copy";
    private static final String LOCK = Database.FILE_NAME + ".setup.lock";

    private SchemaSetup() {}

    private static Path main(Path folder) { return folder.resolve(Database.FILE_NAME + ".mv.db"); }

    /** Resolves what a cut creation or upgrade left, then creates the database aside if there is none. */
    static synchronized void prepare(Path folder, String asideUrl, String user, String password) {
        try (SetupLock lock = lock(folder)) {
            if (lock == null) return; // a read-only folder: nothing can be left over or created here
            settle(folder);
            if (Files.exists(main(folder))) return;
            Path aside = folder.resolve(ASIDE + ".mv.db");
            JdbcConnectionPool pool = pool(asideUrl, user, password);
            try (Connection keepOpen = pool.getConnection()) {
                Migrations.h2(pool).load().migrate();
                try (Statement st = keepOpen.createStatement()) {
                    st.execute("SHUTDOWN");
                }
                // keepOpen is closed after SHUTDOWN here; the aside file's trace is deleted below
            } catch (SQLException e) {
                throw new Engine.H2File(folder, null).openFailure(e);
            } finally {
                pool.dispose();
            }
            force(aside);
            Files.move(aside, main(folder), StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(folder.resolve(ASIDE + ".trace.db"));
            forceFolder(folder);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the database in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies pending migrations to an existing database with a copy kept: {@code pool} is closed while the copy is
     * made and a new one is opened with {@code reopen}. Returns the pool to use afterwards.
     */
    static synchronized JdbcConnectionPool upgrade(Path folder, JdbcConnectionPool pool, Supplier<JdbcConnectionPool> reopen,
                                                   Consumer<JdbcConnectionPool> migrate) {
        Flyway flyway = Migrations.h2(pool).load();
        if (flyway.info().pending().length == 0) { // nothing to apply (or a newer database, refused by migrate)
            migrate.accept(pool);
            return pool;
        }
        try (SetupLock lock = lock(folder)) {
            if (lock == null) {
                migrate.accept(pool); // read-only: the migration cannot write either, and says so
                return pool;
            }
            shutdown(pool);
            Path copy = folder.resolve(UPGRADE_COPY);
            Path part = folder.resolve(UPGRADE_COPY + ".part");
            Files.copy(main(folder), part, StandardCopyOption.REPLACE_EXISTING);
            force(part);
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
            JdbcConnectionPool upgraded = reopen.get();
            try {
                migrate.accept(upgraded);
                try (Connection c = upgraded.getConnection(); Statement st = c.createStatement()) {
                    st.execute("CHECKPOINT SYNC"); // the new schema is on the disk before the copy goes
                }
            } catch (RuntimeException | SQLException e) {
                shutdown(upgraded);
                Files.move(copy, main(folder), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                forceFolder(folder);
                if (e instanceof RuntimeException r) throw r;
                throw new Engine.H2File(folder, null).openFailure((SQLException) e);
            }
            Files.delete(copy);
            forceFolder(folder);
            return upgraded;
        } catch (IOException e) {
            throw new DatabaseException("Cannot keep a copy of the database in " + folder + " before upgrading it: "
                    + e.getMessage() + ". Free some disk space and start again.", e);
        }
    }

    /** What a creation or an upgrade cut short left behind: the officer gets the old database back, or none. */
    private static void settle(Path folder) throws IOException {
        deleteQuietly(folder.resolve(ASIDE + ".mv.db"));
        deleteQuietly(folder.resolve(ASIDE + ".trace.db"));
        deleteQuietly(folder.resolve(UPGRADE_COPY + ".part"));
        Path copy = folder.resolve(UPGRADE_COPY);
        if (Files.exists(copy)) {
            Files.move(copy, main(folder), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
        }
    }

    /** The folder's setup lock, held by one process at a time; released with the channel. */
    private record SetupLock(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() throws IOException { channel.close(); }
    }

    /** Waits for the folder's setup lock; null when the folder is read-only (nothing to settle or create). */
    private static SetupLock lock(Path folder) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            if (Files.isWritable(folder)) throw e;
            return null;
        }
        try {
            ch.lock(); // released when the channel closes
            return new SetupLock(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** The plain data source behind each pool {@link #pool} made: the connection that shuts its database down. */
    private static final java.util.Map<JdbcConnectionPool, JdbcDataSource> SOURCES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** A pool of connections to an H2 database that {@link #shutdown} closes without leaving a connection open. */
    static JdbcConnectionPool pool(String url, String user, String password) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        SOURCES.put(pool, source);
        return pool;
    }

    /** Closes the database. */
    static void shutdown(JdbcConnectionPool pool) { shutdown(pool, "SHUTDOWN"); }

    /**
     * The same with the engine's own closing statement (SHUTDOWN COMPACT after a large import, Engine.H2File). It runs
     * on a connection of its own, closed after it: a pooled one rolls back when closed, and on the closed database
     * H2 wrote "Database is already closed" into trace.db at every close; left open instead, it was collected later
     * and H2 wrote "not closed by the application" into the trace of the next database opened in this JVM.
     */
    static void shutdown(JdbcConnectionPool pool, String statement) {
        JdbcDataSource source = SOURCES.remove(pool); // none: this pool's database was shut down already
        if (source != null) {
            try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
                st.execute(statement);
            } catch (SQLException ignored) {
                // already closed
            }
        }
        pool.dispose();
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes a rename in {@code folder} durable (Linux; elsewhere opening a folder fails and the rename stands). */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // not supported on this system
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException ignored) {
            // gone already
        } catch (IOException ignored) {
            // tried again at the next open
        }
    }
}
