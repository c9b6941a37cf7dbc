package vn.reformdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;

/**
 * A power cut while a database is created or upgraded: a child JVM opening a new database, or one of the first
 * schema version with dossiers in it (what the first command of the day does, {@code sample --db NEW} included), is
 * killed at random moments over the time an uncut open takes; every database opens afterwards without repair, and an
 * upgraded one still holds every dossier.
 */
class CreateUpgradeKillTest {
    static final int KILLS = 11;
    static final int V1_DOSSIERS = 5_000;

    @TempDir
    Path dir;

    private static Process start(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), ChildProcess.class.getName(), "open", db.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /**
     * Runs the child on {@code db} and kills it (SIGKILL: no shutdown hook, no close) {@code millis} after it starts
     * opening the database, unless it finished before; returns how long the open took when it finished, else -1.
     */
    private static long runAndKill(Path db, long millis) throws Exception {
        Process p = start(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null && !line.equals("opening"); ) {
                // JVM start-up
            }
            long begun = System.nanoTime();
            if (p.waitFor(millis, TimeUnit.MILLISECONDS)) return (System.nanoTime() - begun) / 1_000_000;
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            return -1;
        }
    }

    /** Kills the child at random moments over the time one uncut open takes (measured first: the machine's load varies). */
    private int killRepeatedly(String name, Random random, IoAction prepare, IoAction check) throws Exception {
        Path probe = dir.resolve(name + "-probe");
        prepare.run(probe);
        long full = runAndKill(probe, 120_000);
        assertThat(full).as("an uncut open finishes").isPositive();
        int finished = 0;
        for (int i = 0; i < KILLS; i++) {
            Path db = dir.resolve(name + "-" + i);
            prepare.run(db);
            if (runAndKill(db, (long) (random.nextDouble() * full * 1.2)) >= 0) finished++;
            check.run(db);
        }
        System.out.println(name + ": " + KILLS + " kills over " + full + " ms of an uncut open; finished before the kill: " + finished);
        return finished;
    }

    interface IoAction {
        void run(Path db) throws Exception;
    }

    @Test
    void killedWhileCreatingTheDatabaseEveryFolderOpens() throws Exception {
        killRepeatedly("new", new Random(13), db -> { }, db -> {
            try (Database opened = Database.open(db)) { // no "failed migration … run repair"
                assertThat(new DossierRepository(opened).count()).isZero();
            }
            assertThat(db.resolve("reformdesk-new.mv.db")).doesNotExist();
        });
    }

    @Test
    void killedWhileUpgradingFromTheFirstSchemaNothingIsLost() throws Exception {
        Path template = dir.resolve("v1");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + template.resolve("reformdesk"), "sa", "");
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO procedures (code, name, admin_level, processing_days, online_level)"
                    + " VALUES ('1.001', 'Khai sinh', 'commune', 3, 'full')");
            st.execute("INSERT INTO dossiers (code, procedure_id, applicant, channel, received_at) SELECT 'D-' || X,"
                    + " (SELECT id FROM procedures), 'Người nộp ' || X, 'online', DATEADD(MINUTE, X, TIMESTAMP '2024-01-02 08:00:00')"
                    + " FROM SYSTEM_RANGE(1, " + V1_DOSSIERS + ")");
            st.execute("SHUTDOWN");
        } catch (java.sql.SQLException ignored) {
            // closed by SHUTDOWN
        }
        pool.dispose();
        killRepeatedly("upgrade", new Random(1313), db -> {
            Files.createDirectories(db);
            Files.copy(template.resolve("reformdesk.mv.db"), db.resolve("reformdesk.mv.db"));
        }, db -> {
            try (Database opened = Database.open(db)) {
                assertThat(new DossierRepository(opened).count()).isEqualTo(V1_DOSSIERS);
            }
            assertThat(db.resolve("reformdesk.upgrade-copy")).doesNotExist();
        });
    }
}
