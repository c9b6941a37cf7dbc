package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import's H2 file is compacted when the database closes (Engine.H2File), with every row still there; and a
 * close leaves nothing in trace.db (no "Database is already closed"). The thresholds are lowered here so that a
 * quick import counts as large; measured with the real ones: 250,000 dossiers, 599 MB → 24 MB.
 */
class CompactOnCloseTest {
    @TempDir
    Path dir;

    @Test
    void aLargeImportIsCompactedOnCloseAndKeepsEveryRow() throws Exception {
        long above = Engine.H2File.compactAboveBytes;
        int below = Engine.H2File.compactBelowFill;
        Engine.H2File.compactAboveBytes = 0;
        Engine.H2File.compactBelowFill = 101;
        Path folder = dir.resolve("db");
        Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
        long open;
        try {
            Database db = Database.open(folder);
            assertThat(((Engine.H2File) db.engine()).compactsOnClose()).isFalse();
            Transactions.inBulkTransaction(db, c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO procedures (code, name, admin_level, processing_days, online_level)"
                            + " VALUES ('P', 'Thủ tục', 'province', 5, 'full')");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossiers (code, procedure_id, applicant, channel,"
                        + " received_at, unit_code) VALUES (?, (SELECT id FROM procedures), ?, 'direct',"
                        + " TIMESTAMP '2026-03-02 08:00:00', (SELECT code FROM units WHERE home = TRUE))")) {
                    for (int i = 0; i < 20_000; i++) {
                        ps.setString(1, "D-" + i);
                        ps.setString(2, "Nguyễn Văn " + i + " ".repeat(i % 50) + "x");
                        ps.addBatch();
                        if (i % 1_000 == 999) ps.executeBatch();
                    }
                }
                return null;
            });
            assertThat(((Engine.H2File) db.engine()).compactsOnClose()).isTrue();
            open = Files.size(file);
            db.close();
        } finally {
            Engine.H2File.compactAboveBytes = above;
            Engine.H2File.compactBelowFill = below;
        }
        long closed = Files.size(file);
        assertThat(closed).as("compacted from %d bytes", open).isLessThan(open);
        try (Database db = Database.open(folder); var c = db.connection(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT code_key) FROM dossiers")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(20_000);
            assertThat(rs.getLong(2)).isEqualTo(20_000);
        }
        Path trace = folder.resolve(Database.FILE_NAME + ".trace.db");
        assertThat(!Files.exists(trace) || !Files.readString(trace).contains("already closed"))
                .as("trace.db after the closes").isTrue();
    }

    @Test
    void aSmallWriteLeavesTheFileAsItIs() {
        try (Database db = Database.open(dir.resolve("small"))) {
            Transactions.inBulkTransaction(db, c -> null);
            assertThat(((Engine.H2File) db.engine()).compactsOnClose()).isFalse();
        }
    }
}
