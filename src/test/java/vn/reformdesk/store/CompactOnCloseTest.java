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
        Path folder = dir.resolve("db");
        Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
        long open = withAnyFileLarge(() -> {
            Database db = Database.open(folder);
            assertThat(((Engine.H2File) db.engine()).compactsOnClose()).isFalse();
            largeImport(db);
            assertThat(((Engine.H2File) db.engine()).compactsOnClose()).isTrue();
            long size = Files.size(file);
            db.close();
            return size;
        });
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

    /**
     * The backup on exit of a file its closing compacts closes the database first and zips the compacted file, instead
     * of copying the open file's free space too: a smaller file, which restores with every row; the app's second call
     * at its stop finds the database closed and does nothing.
     */
    @Test
    void theBackupOnExitAfterALargeImportZipsTheCompactedFile() throws Exception {
        Path folder = dir.resolve("exit").resolve("db");
        Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
        long[] open = new long[1];
        Path zip = withAnyFileLarge(() -> {
            Database db = Database.open(folder);
            largeImport(db);
            long version = db.dataVersion();
            open[0] = Files.size(file);
            BackupService backups = new BackupService(db);
            Path made = backups.autoBackup(3, java.time.LocalDateTime.of(2026, 12, 5, 17, 0), true);
            assertThat(db.isClosed()).isTrue();
            assertThat(made.getFileName().toString()).isEqualTo("auto-reformdesk-20261205-170000-v" + version + ".zip");
            assertThat(Files.size(file)).as("compacted from %d bytes", open[0]).isLessThan(open[0]);
            assertThat(backups.autoBackup(3, java.time.LocalDateTime.of(2026, 12, 5, 17, 1), true)).isNull();
            db.close(); // the app's own close after it: nothing more
            return made;
        });
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            var entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo(Database.FILE_NAME + ".mv.db");
            assertThat(in.readAllBytes().length).as("the compacted file, not the %d bytes open", open[0])
                    .isEqualTo(Files.size(file));
        }
        Path restored = dir.resolve("restored").resolve("db");
        Files.createDirectories(restored);
        BackupService.restore(zip, restored, dir.resolve("safety"), java.time.LocalDateTime.of(2026, 12, 6, 8, 0));
        try (Database db = Database.open(restored); var c = db.connection(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dossiers")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(20_000);
        }
    }

    /** Runs {@code work} with the thresholds lowered so that a quick import counts as large, and puts them back. */
    private static <T> T withAnyFileLarge(java.util.concurrent.Callable<T> work) throws Exception {
        long above = Engine.H2File.compactAboveBytes;
        int below = Engine.H2File.compactBelowFill;
        Engine.H2File.compactAboveBytes = 0;
        Engine.H2File.compactBelowFill = 101;
        try {
            return work.call();
        } finally {
            Engine.H2File.compactAboveBytes = above;
            Engine.H2File.compactBelowFill = below;
        }
    }

    /** 20,000 dossiers in one bulk transaction, as a large import writes them. */
    private static void largeImport(Database db) {
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
    }

    @Test
    void aSmallWriteLeavesTheFileAsItIs() {
        try (Database db = Database.open(dir.resolve("small"))) {
            Transactions.inBulkTransaction(db, c -> null);
            assertThat(((Engine.H2File) db.engine()).compactsOnClose()).isFalse();
        }
    }
}
