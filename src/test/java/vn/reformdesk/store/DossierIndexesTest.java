package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.support.TestDb;

/** A large import into H2 builds the dossiers' secondary indexes after its rows, whatever its outcome. */
class DossierIndexesTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        DossierIndexes.minRows = 100; // "large" here: the tests import a few hundred rows
        db = TestDb.openCopy(dir);
        new ProcedureRepository(db).save(Procedure.of("P", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
    }

    @AfterEach
    void close() {
        DossierIndexes.minRows = 50_000;
        db.close();
    }

    private Path file(int n, String lastReceived) throws Exception {
        StringBuilder csv = new StringBuilder("code,procedure_code,channel,received_at\n");
        for (int i = 0; i < n; i++) {
            csv.append("D-").append(i).append(",P,online,").append(i == n - 1 ? lastReceived : "2026-01-05 08:00").append('\n');
        }
        return Files.writeString(dir.resolve("d" + n + ".csv"), csv);
    }

    private List<String> indexes() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery("SELECT INDEX_NAME"
                + " FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'DOSSIERS' ORDER BY INDEX_NAME")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void aLargeImportEndsWithEveryIndexAndTheRowsFoundThroughThem() throws Exception {
        List<String> before = indexes();
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, file(300, "2026-01-06 08:00"), false);
        assertThat(r.added()).isEqualTo(300);
        assertThat(indexes()).isEqualTo(before).contains("IX_DOSSIERS_OPEN", "IX_DOSSIERS_RECEIVED", "IX_DOSSIERS_UNIT");
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM dossiers WHERE received_at >= TIMESTAMP '2026-01-06 00:00:00'")) {
            rs.next();
            assertThat(rs.getInt(1)).isOne();
        }
    }

    @Test
    void aLargeImportThatWritesNothingLeavesEveryIndex() throws Exception {
        List<String> before = indexes();
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, file(300, "2026-02-30"), false);
        assertThat(r.written()).isFalse();
        assertThat(new DossierRepository(db).count()).isZero();
        assertThat(indexes()).isEqualTo(before);
    }

    @Test
    void aRegisterLargerThanTheFileKeepsItsIndexesThroughTheImport() throws Exception {
        Importer.run(db, ImportKind.DOSSIERS, file(300, "2026-01-06 08:00"), false);
        assertThat(DossierIndexes.dropForBulk(db, 200)).isFalse(); // building them again would read 300 dossiers
        assertThat(DossierIndexes.dropForBulk(db, 50)).isFalse();  // a small file
        assertThat(DossierIndexes.dropForBulk(db, 400)).isTrue();
        DossierIndexes.ensure(db);
    }

    @Test
    void openingBuildsWhatACutImportLeftMissing() throws Exception {
        assertThat(DossierIndexes.dropForBulk(db, 1_000)).isTrue();
        List<String> dropped = indexes();
        assertThat(dropped).doesNotContain("IX_DOSSIERS_OPEN", "IX_DOSSIERS_RECEIVED", "IX_DOSSIERS_UNIT");
        db.close();
        db = Database.open(dir.resolve("db"));
        assertThat(indexes()).contains("IX_DOSSIERS_OPEN", "IX_DOSSIERS_RECEIVED", "IX_DOSSIERS_UNIT");
    }
}
