package vn.reformdesk.store;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Flyway's configuration of the register's schema: the SQL migrations of the engine's locations and the Java ones. */
final class Migrations {
    private Migrations() {}

    /** Migrations in Java, where SQL alone cannot say it on both engines (V15). */
    static FluentConfiguration configure(DataSource pool, String[] locations, Map<String, String> placeholders) {
        return Flyway.configure().dataSource(pool).locations(locations).placeholders(placeholders)
                .javaMigrations(new OneCodeIndex());
    }

    /** The H2 file's: the common SQL migrations and the Java ones. */
    static FluentConfiguration h2(DataSource pool) {
        return configure(pool, new String[] {Engine.COMMON_MIGRATIONS}, Engine.H2File.PLACEHOLDERS);
    }
}
