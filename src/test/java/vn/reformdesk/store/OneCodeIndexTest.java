package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;
import vn.reformdesk.support.TestPostgres;

/**
 * V15 (issue 18) on both engines: the dossiers' codes have one unique index, code_key. A register of schema version 10
 * holding three spellings of one code (V11 made the later two twins) is upgraded; each dossier is still found, saved
 * and deleted by its exact code through that index, and no spelling of a stored code can be written again, whichever
 * program writes it.
 */
class OneCodeIndexTest {
    private static final String[] SPELLINGS = {"OLD-1", "old-1", "Old-1"};

    @TempDir
    Path dir;

    @BothEngines
    void everyDossierIsFoundByItsExactCodeThroughTheOneIndex(DbKind kind) throws Exception {
        try (Database db = kind == DbKind.H2 ? upgradedH2() : upgradedPostgres()) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                assertThat(Sql.constraintsOn(c, "dossiers", "UNIQUE", "code")).as("V1's UNIQUE (code) is gone").isEmpty();
                List<String> keys = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT code, code_key FROM dossiers ORDER BY id")) {
                    while (rs.next()) keys.add(rs.getString(1) + "=" + rs.getString(2));
                }
                assertThat(keys).containsExactly("OLD-1=old-1", "old-1=\u0001old-1", "Old-1=\u0001Old-1");
            }
            DossierRepository dossiers = new DossierRepository(db);
            LocalDate day = LocalDate.of(2025, 1, 6);
            for (String code : SPELLINGS) {
                var found = dossiers.findVersioned(code).orElseThrow();
                assertThat(found.value().code()).isEqualTo(code);
                var saved = dossiers.saveChecked(found.value().withResolution(day, Outcome.ISSUED), found.version());
                assertThat(saved.value().code()).isEqualTo(code);
                day = day.plusDays(1);
            }
            assertThat(dossiers.findVersioned("OLD-1").orElseThrow().value().resolvedOn()).isEqualTo("2025-01-06");
            assertThat(dossiers.findVersioned("old-1").orElseThrow().value().resolvedOn()).isEqualTo("2025-01-07");
            assertThat(dossiers.findVersioned("Old-1").orElseThrow().value().resolvedOn()).isEqualTo("2025-01-08");
            assertThat(dossiers.findVersioned("oLD-1")).isEmpty();
            try (Connection c = db.connection()) {
                assertThat(dossiers.idsOf(c, List.of(SPELLINGS))).hasSize(3);
                assertThat(dossiers.findByCodesIgnoringCase(c, List.of("old-1"))).extracting(Dossier::code)
                        .containsExactlyInAnyOrder("OLD-1", "old-1");
            }
            for (String code : new String[] {"OLD-1", "old-1", "Old-1", "oLD-1"}) {
                Dossier again = Dossier.received(code, "P", "Lê Văn Ba", Channel.DIRECT, LocalDateTime.of(2025, 1, 3, 8, 0));
                // a stored spelling is found and told as registered meanwhile; a new one is refused by the index
                assertThatThrownBy(() -> dossiers.saveChecked(again, null)).as(code).isInstanceOf(
                        code.equals("oLD-1") ? DatabaseException.class : ConflictException.class)
                        .hasMessageContaining(code.equals("oLD-1") ? "same code" : "registered meanwhile");
                try (Connection c = db.connection(); Statement st = c.createStatement()) {
                    assertThatThrownBy(() -> st.execute(insert(code))).as(code).isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
                }
            }
            dossiers.delete("old-1");
            assertThat(dossiers.findVersioned("old-1")).isEmpty();
            assertThat(dossiers.findVersioned("OLD-1")).isPresent();
            assertThat(dossiers.findVersioned("Old-1")).isPresent();
        }
    }

    @BothEngines
    void anExactCodeIsLookedUpInTheIndex(DbKind kind) throws Exception {
        try (Database db = kind.open(dir); Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO procedures (code, name, admin_level, processing_days, online_level)"
                    + " VALUES ('P', 'Thủ tục', 'province', 5, 'full')");
            // enough rows that reading them all would cost more than the index, with statistics
            String numbers = kind == DbKind.H2 ? "SELECT X AS g FROM SYSTEM_RANGE(1, 20000)" : "SELECT generate_series(1, 20000) AS g";
            st.execute("INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code) SELECT 'HS-' || g,"
                    + " (SELECT id FROM procedures), 'direct', TIMESTAMP '2025-01-02 08:00:00', (SELECT code FROM units"
                    + " WHERE home = TRUE) FROM (" + numbers + ") n");
            st.execute(kind == DbKind.H2 ? "ANALYZE" : "ANALYZE dossiers");
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT id FROM dossiers d WHERE "
                    + DossierRepository.exactCode("d."))) {
                DossierRepository.bindExactCode(ps, "HS-777");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) plan.append(rs.getString(1)).append('\n');
                }
                assertThat(plan.toString().toLowerCase(java.util.Locale.ROOT)).contains("ux_dossiers_code_key")
                        .doesNotContain("seq scan").doesNotContain("tablescan");
            }
        }
    }

    private Database upgradedH2() throws Exception {
        Path folder = dir.resolve("v10");
        Files.createDirectories(folder);
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.toAbsolutePath()
                .resolve(Database.FILE_NAME), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("10").load().migrate();
            holdSpellings(pool.getConnection());
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        } finally {
            pool.dispose();
        }
        return Database.open(folder);
    }

    private static Database upgradedPostgres() throws Exception {
        ServerAddress address = TestPostgres.emptyDatabase();
        Flyway.configure().dataSource(address.jdbcUrl(), address.user(), null)
                .locations("classpath:db/migration", "classpath:db/postgresql")
                .placeholders(Map.of("generated_stored", "STORED")).target("10.1").load().migrate();
        holdSpellings(java.sql.DriverManager.getConnection(address.jdbcUrl(), address.user(), null));
        return Database.connect(address, null);
    }

    /** Writes the three spellings into a register from before V11, which allowed them; closes {@code c}. */
    private static void holdSpellings(Connection c) throws SQLException {
        try (c; Statement st = c.createStatement()) {
            assertThat(Sql.constraintsOn(c, "dossiers", "UNIQUE", "code")).as("V1's UNIQUE (code), found by its column").hasSize(1);
            st.execute("INSERT INTO procedures (code, name, admin_level, processing_days, online_level)"
                    + " VALUES ('P', 'Thủ tục', 'province', 5, 'full')");
            for (String code : SPELLINGS) st.execute(insert(code));
        }
    }

    private static String insert(String code) {
        return "INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code) VALUES ('" + code
                + "', (SELECT id FROM procedures WHERE code = 'P'), 'direct', TIMESTAMP '2025-01-02 08:00:00',"
                + " (SELECT code FROM units WHERE home = TRUE))";
    }
}
