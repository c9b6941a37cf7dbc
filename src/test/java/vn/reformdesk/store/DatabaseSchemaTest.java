package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reformdesk.support.TestDb;

/**
 * The start-up fast path: a database whose schema history already ends at the newest migration opens without
 * Flyway; a newer one is still refused untouched, an older one still migrated.
 */
class DatabaseSchemaTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaVersionIsTheNewestMigrationFile() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        java.util.List<Integer> shipped;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            shipped = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        }
        for (var java : Migrations.h2(null).getJavaMigrations()) shipped.add(Integer.parseInt(java.getVersion().getVersion()));
        java.util.Collections.sort(shipped);
        assertThat(Database.SCHEMA_VERSION).as("raise Database.SCHEMA_VERSION with every migration")
                .isEqualTo(shipped.get(shipped.size() - 1));
        assertThat(Database.MIGRATIONS).as("list every migration in Database.MIGRATIONS").isEqualTo(shipped);
    }

    @Test
    void aNewDatabaseIsMigratedToTheSchemaVersionAndThenCurrent() throws Exception {
        Path folder = dir.resolve("db");
        try (Database db = Database.open(folder); Connection c = db.connection()) {
            assertThat(maxVersion(c)).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(Database.schemaState(c)).isEqualTo(Database.SchemaState.CURRENT);
        }
        try (Database db = Database.open(folder); Connection c = db.connection()) { // the fast path
            assertThat(maxVersion(c)).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(new FrameworkRepository(db).findAll()).isNotEmpty();
        }
    }

    @Test
    void anEmptyFileIsNotCurrent() throws Exception {
        JdbcConnectionPool pool = pool(dir.resolve("empty"));
        try (Connection c = pool.getConnection()) {
            assertThat(Database.schemaState(c)).isEqualTo(Database.SchemaState.OTHER);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void anOlderDatabaseIsStillMigrated() throws Exception {
        Path folder = dir.resolve("old");
        JdbcConnectionPool old = pool(folder);
        Flyway.configure().dataSource(old).locations("classpath:db/migration").placeholders(Engine.H2File.PLACEHOLDERS)
                .target(String.valueOf(Database.MIGRATIONS.get(Database.MIGRATIONS.size() - 2))).load().migrate();
        try (Connection c = old.getConnection()) {
            assertThat(Database.schemaState(c)).isEqualTo(Database.SchemaState.OTHER);
            c.createStatement().execute("SHUTDOWN");
        }
        old.dispose();
        try (Database db = Database.open(folder); Connection c = db.connection()) {
            assertThat(maxVersion(c)).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(Database.schemaState(c)).isEqualTo(Database.SchemaState.CURRENT);
        }
    }

    @Test
    void aNewerDatabaseIsRefusedOnTheFastPathAndLeftUnchanged() throws Exception {
        Path folder = dir.resolve("newer");
        TestDb.recordFutureMigration(folder, String.valueOf(Database.SCHEMA_VERSION + 1), true);
        JdbcConnectionPool newer = pool(folder);
        try (Connection c = newer.getConnection()) {
            assertThat(Database.schemaState(c)).isEqualTo(Database.SchemaState.NEWER);
        } finally {
            newer.dispose();
        }
        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(NewerVersionException.class)
                .hasMessageContaining("newer version");
        // refused before any write: the history still ends at the newer migration
        JdbcConnectionPool pool = pool(folder);
        try (Connection c = pool.getConnection()) {
            assertThat(maxVersion(c)).isEqualTo(Database.SCHEMA_VERSION + 1);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aFailedNewerMigrationIsRefusedToo() throws Exception {
        Path folder = dir.resolve("newer-failed");
        TestDb.recordFutureMigration(folder, Database.SCHEMA_VERSION + ".1", false);
        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(NewerVersionException.class);
    }

    @Test
    void aFailedMigrationOfOursIsLeftToFlyway() throws Exception {
        Path folder = dir.resolve("failed");
        try (Database db = Database.open(folder); Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + Database.SCHEMA_VERSION + "'");
            assertThat(Database.schemaState(c)).isEqualTo(Database.SchemaState.OTHER);
        }
        // Flyway reports the failed migration instead of the app opening a half-migrated database
        assertThatThrownBy(() -> Database.open(folder)).hasMessageContaining("failed");
    }

    private static JdbcConnectionPool pool(Path folder) throws Exception {
        Files.createDirectories(folder);
        return JdbcConnectionPool.create("jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.FILE_NAME)
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    private static int maxVersion(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" NOT LIKE '%.%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
