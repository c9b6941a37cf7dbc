package vn.reformdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DatabaseInUseException;
import vn.reformdesk.store.DossierRepository;

/**
 * A power cut, for real: a child JVM is killed (destroyForcibly, like pulling the plug on the process) in the
 * middle of edits and of a large import; the database must reopen with every committed change and nothing of
 * the interrupted import.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    private Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ChildProcess.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String waitFor(BufferedReader out, String prefix, int minIndex) throws Exception {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                if (minIndex < 0) return line;
                int i = Integer.parseInt(line.substring(prefix.length()).trim());
                if (i >= minIndex) return line;
            }
        }
        throw new AssertionError("child ended before printing " + prefix);
    }

    /** Kills the child {@code millis} after it printed {@code line}. */
    private static void killAfter(Process p, String line, long millis) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            waitFor(out, line, -1);
            Thread.sleep(millis);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void killedDuringEditsKeepsEveryCommittedDossier() throws Exception {
        Path db = dir.resolve("edits");
        Process p = start("edits", db.toString());
        int lastCommitted;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = waitFor(out, "committed ", 40);
            lastCommitted = Integer.parseInt(line.substring("committed ".length()).trim());
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database reopened = Database.open(db)) {
            List<Dossier> all = new DossierRepository(reopened).findAll();
            // Everything reported committed is there; at most the one in flight besides.
            assertThat(all.size()).isBetween(lastCommitted + 1, lastCommitted + 2);
            for (int i = 0; i <= lastCommitted; i++) {
                assertThat(all.get(i).code()).isEqualTo(ChildProcess.dossier(i).code());
            }
        }
    }

    @Test
    void killedDuringALargeImportLeavesNothingOfIt() throws Exception {
        Path db = dir.resolve("import");
        killAfter(start("import", db.toString(), "300000"), "started", 1500); // well into the batched inserts
        try (Database reopened = Database.open(db)) {
            assertThat(new DossierRepository(reopened).count()).isZero();
        }
    }

    /** The dossiers' indexes that a large import into H2 builds after its rows (DossierIndexes). */
    private static List<String> deferredIndexes(Connection c) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE TABLE_NAME = 'DOSSIERS' AND INDEX_NAME IN ('IX_DOSSIERS_RECEIVED', 'IX_DOSSIERS_OPEN',"
                + " 'IX_DOSSIERS_UNIT', 'IX_DOSSIERS_PROCEDURE') ORDER BY INDEX_NAME")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        // and its foreign keys (to procedures and to units), dropped with them
        try (var rs = c.createStatement().executeQuery("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " WHERE tc.TABLE_NAME = 'DOSSIERS' AND tc.CONSTRAINT_TYPE = 'FOREIGN KEY' ORDER BY 1")) {
            while (rs.next()) out.add("FK " + rs.getString(1));
        }
        return out;
    }

    @Test
    void killedWhileALargeImportWritesWithoutItsIndexesOpensWithThemAndNothingOfIt() throws Exception {
        Path db = dir.resolve("csv-import");
        // rows in the open transaction, the indexes dropped before it
        killAfter(start("csv-import", db.toString(), "200000"), "writing", 1500);
        // What the kill left, read bare: the indexes are missing (else this test would prove nothing)
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("reformdesk").toAbsolutePath(),
                "sa", "")) {
            assertThat(deferredIndexes(c)).isEmpty();
        }
        try (Database reopened = Database.open(db); Connection c = reopened.connection()) {
            assertThat(new DossierRepository(reopened).count()).isZero();
            assertThat(deferredIndexes(c)).containsExactly("IX_DOSSIERS_OPEN", "IX_DOSSIERS_PROCEDURE",
                    "IX_DOSSIERS_RECEIVED", "IX_DOSSIERS_UNIT", "FK PROCEDURE_ID", "FK UNIT_CODE");
        }
    }

    @Test
    void aSecondProcessOnTheSameDatabaseIsToldItIsInUse() throws Exception {
        Path db = dir.resolve("held");
        Process p = start("hold", db.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            waitFor(out, "open", -1);
            assertThatThrownBy(() -> Database.open(db)).isInstanceOf(DatabaseInUseException.class)
                    .hasMessageContaining("already open");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database reopened = Database.open(db)) {
            assertThat(new DossierRepository(reopened).count()).isZero();
        }
    }
}
