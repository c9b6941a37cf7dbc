package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            // the index H2 makes for the key to units is named after its constraint plus a number of its own
            while (rs.next()) out.add(rs.getString(1).replaceFirst("^(FK_DOSSIERS_UNIT_INDEX)_\\w+$", "$1"));
        }
        return out;
    }

    @Test
    void aLargeImportEndsWithEveryIndexAndTheRowsFoundThroughThem() throws Exception {
        List<String> before = indexes();
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, file(300, "2026-01-06 08:00"), false);
        assertThat(r.added()).isEqualTo(300);
        assertThat(indexes()).isEqualTo(before)
                .contains("IX_DOSSIERS_OPEN", "IX_DOSSIERS_RECEIVED", "IX_DOSSIERS_UNIT", "IX_DOSSIERS_PROCEDURE");
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM dossiers WHERE received_at >= TIMESTAMP '2026-01-06 00:00:00'")) {
            rs.next();
            assertThat(rs.getInt(1)).isOne();
        }
    }

    /** The foreign keys of dossiers, as "column → referred table" (H2's own view of the schema). */
    private List<String> foreignKeys() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery("SELECT k.COLUMN_NAME,"
                + " u.TABLE_NAME, r.UPDATE_RULE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u ON u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME"
                + " WHERE tc.TABLE_NAME = 'DOSSIERS' AND tc.CONSTRAINT_TYPE = 'FOREIGN KEY' ORDER BY 1")) {
            while (rs.next()) out.add(rs.getString(1) + " → " + rs.getString(2) + " " + rs.getString(3));
        }
        return out;
    }

    @Test
    void aLargeImportEndsWithItsForeignKeysAndUniqueCodesHolding() throws Exception {
        List<String> keys = foreignKeys();
        assertThat(keys).containsExactly("PROCEDURE_ID → PROCEDURES NO ACTION", "UNIT_CODE → UNITS CASCADE");
        assertThat(DossierIndexes.dropForBulk(db, 1_000)).isTrue();
        assertThat(foreignKeys()).isEmpty(); // while the rows go in
        DossierIndexes.ensure(db);
        assertThat(foreignKeys()).isEqualTo(keys);

        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, file(300, "2026-01-06 08:00"), false);
        assertThat(r.added()).isEqualTo(300);
        assertThat(foreignKeys()).isEqualTo(keys);
        try (Connection c = db.connection(); var st = c.createStatement()) {
            // a dossier of a procedure that does not exist, of a unit that does not exist, a code twice: refused
            String row = "INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code) VALUES ";
            assertThatThrownBy(() -> st.executeUpdate(row + "('X-1', -7, 'online', TIMESTAMP '2026-01-05 08:00:00',"
                    + " (SELECT code FROM units FETCH FIRST 1 ROW ONLY))")).isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate(row + "('X-2', (SELECT MIN(id) FROM procedures), 'online',"
                    + " TIMESTAMP '2026-01-05 08:00:00', 'no-such-unit')")).isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate(row + "('d-7', (SELECT MIN(id) FROM procedures), 'online',"
                    + " TIMESTAMP '2026-01-05 08:00:00', (SELECT code FROM units FETCH FIRST 1 ROW ONLY))"))
                    .isInstanceOf(java.sql.SQLException.class); // D-7 is stored: one code, case aside
            // the procedure is in use, and a unit's new code still reaches its dossiers
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM procedures")).isInstanceOf(java.sql.SQLException.class);
            String unit;
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT unit_code FROM dossiers")) {
                rs.next();
                unit = rs.getString(1);
            }
            st.executeUpdate("UPDATE units SET code = 'renamed' WHERE code = '" + unit + "'");
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM dossiers WHERE unit_code = 'renamed'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(300);
            }
        }
    }

    @Test
    void aForeignKeyIsNotRestoredOverDossiersThatReferToNothingAndSaysSo() throws Exception {
        Importer.run(db, ImportKind.DOSSIERS, file(300, "2026-01-06 08:00"), false);
        assertThat(DossierIndexes.dropForBulk(db, 1_000)).isTrue();
        try (Connection c = db.connection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE dossiers SET procedure_id = -7 WHERE code = 'D-3'");
        }
        assertThatThrownBy(() -> DossierIndexes.ensure(db)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("procedure_id [-7]").hasMessageContaining("fk_dossiers_procedure");
        assertThat(foreignKeys()).containsExactly("UNIT_CODE → UNITS CASCADE"); // the other one is back
        try (Connection c = db.connection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE dossiers SET procedure_id = (SELECT MIN(id) FROM procedures) WHERE code = 'D-3'");
        }
        DossierIndexes.ensure(db);
        assertThat(foreignKeys()).hasSize(2);
    }

    @Test
    void whileTheForeignKeysAreAwayTheImportHoldsItsProceduresAndUnits() throws Exception {
        assertThat(DossierIndexes.dropForBulk(db, 1_000)).isTrue();
        try (Connection importing = db.connection(); Connection other = db.connection()) {
            importing.setAutoCommit(false);
            DossierIndexes.lockReferenced(importing);
            try (var st = other.createStatement()) {
                st.execute("SET LOCK_TIMEOUT 200");
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM procedures"))
                        .isInstanceOf(java.sql.SQLException.class);
                assertThatThrownBy(() -> st.executeUpdate("UPDATE units SET code = code || '-x'"))
                        .isInstanceOf(java.sql.SQLException.class);
            }
            importing.rollback();
        }
        DossierIndexes.ensure(db);
        assertThat(foreignKeys()).hasSize(2);
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
        assertThat(dropped).doesNotContain("IX_DOSSIERS_OPEN", "IX_DOSSIERS_RECEIVED", "IX_DOSSIERS_UNIT",
                "IX_DOSSIERS_PROCEDURE");
        assertThat(foreignKeys()).isEmpty();
        db.close();
        db = Database.open(dir.resolve("db"));
        assertThat(indexes()).contains("IX_DOSSIERS_OPEN", "IX_DOSSIERS_RECEIVED", "IX_DOSSIERS_UNIT",
                "IX_DOSSIERS_PROCEDURE");
        assertThat(foreignKeys()).containsExactly("PROCEDURE_ID → PROCEDURES NO ACTION", "UNIT_CODE → UNITS CASCADE");
    }
}
