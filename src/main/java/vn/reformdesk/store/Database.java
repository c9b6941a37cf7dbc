package vn.reformdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file database of one unit, migrated with Flyway on open.
 * One process owns the file at a time (H2's file lock); a second opener gets {@link DatabaseInUseException}.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "reformdesk";

    private final Path folder;
    private final JdbcConnectionPool pool;

    private Database(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
    }

    /** Opens (creating if needed) the database in {@code folder} and applies pending migrations. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new DatabaseException("Cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                // WRITE_DELAY=0: every commit reaches the file at once. H2's default (a delayed write) lost the
                // last second of committed edits when a test killed the process; commune PCs lose power.
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw DatabaseException.translate(folder, e);
        }
        Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
        boolean newer = java.util.Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getState().name().startsWith("FUTURE"));
        if (newer) {
            pool.dispose();
            throw new NewerVersionException(folder);
        }
        flyway.migrate();
        return new Database(folder, pool);
    }

    public Path folder() { return folder; }

    public DataSource dataSource() { return pool; }

    public Connection connection() throws SQLException { return pool.getConnection(); }

    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        pool.dispose();
    }
}
