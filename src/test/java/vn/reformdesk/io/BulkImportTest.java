package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.Engine;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/**
 * The dossier import on both engines: on PostgreSQL the new rows go in by COPY ({@link Engine#bulkInsert}), on H2 by
 * batched INSERTs; either way all or nothing, with the same checks and the same per-row problems.
 */
class BulkImportTest {
    static final String HEADER = ImporterTest.DOSSIER_HEADER;

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open(DbKind kind) {
        db = kind.open(dir);
        ProcedureRepository procedures = new ProcedureRepository(db);
        procedures.save(Procedure.of("1.001", "Đăng ký kết hôn", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
        procedures.save(Procedure.of("1.002", "Cấp giấy phép xây dựng", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL));
    }

    @AfterEach
    void close() { db.close(); }

    private Path file(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /** {@code n} valid dossiers H-1 … H-n, every 10th with a supplementation cycle; row {@code bad} (1-based) invalid. */
    private static List<String> rows(int from, int n, int bad, String applicant) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = from; i < from + n; i++) {
            String received = i == bad ? "2026-02-30" : "2026-10-05 08:30";
            String cycle = i % 10 == 0 ? "2026-10-06,2026-10-08" : ",";
            lines.add("H-" + i + ",1.00" + (1 + i % 2) + "," + applicant + " " + i + ",online," + received + "," + cycle
                    + ",2026-10-19,issued,true,yes,1,satisfied,no,");
        }
        return lines;
    }

    private long dataVersion() { return db.dataVersion(); }

    @BothEngines
    void textTheCopyFormatEscapesComesBackAsTyped() throws IOException {
        // a tab, a backslash, a line break and a carriage return inside quoted cells; quotes; Vietnamese; empty = null
        Path f = file("dossiers.csv", List.of(HEADER,
                "D1,1.001,\"Nguyễn\tVăn \\N An\",direct,2026-10-05 09:00,,,,,,,,,,",
                "D2,1.002,\"C:\\hồ sơ\\mới\r\ndòng hai\",online,2026-10-05 14:07,2026-10-06,,,,,,,,,",
                "D3,1.001,\"Trần \"\"Bình\"\"\",postal,2026-10-06 07:00,2026-10-07,2026-10-09,2026-10-20,rejected,false,no,0,dissatisfied,yes,2026-10-21",
                "D4,1.002,,direct,2026-10-06 16:59,,,,,,,,,,"));
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(4);
        DossierRepository repo = new DossierRepository(db);
        assertThat(repo.findByCode("D1").orElseThrow().applicant()).isEqualTo("Nguyễn\tVăn \\N An");
        assertThat(repo.findByCode("D2").orElseThrow().applicant()).isEqualTo("C:\\hồ sơ\\mới\r\ndòng hai");
        Dossier d3 = repo.findByCode("D3").orElseThrow();
        assertThat(d3.applicant()).isEqualTo("Trần \"Bình\"");
        assertThat(d3.supplements()).containsExactly(new SupplementCycle(LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 9)));
        assertThat(d3.paidOnline()).isFalse();
        assertThat(d3.complaint()).isTrue();
        assertThat(d3.apologyOn()).isEqualTo(LocalDate.of(2026, 10, 21));
        Dossier d2 = repo.findByCode("D2").orElseThrow();
        assertThat(d2.receivedAt()).isEqualTo(LocalDateTime.of(2026, 10, 5, 14, 7));
        assertThat(d2.supplements()).containsExactly(new SupplementCycle(LocalDate.of(2026, 10, 6), null));
        Dossier d4 = repo.findByCode("D4").orElseThrow();
        assertThat(d4.applicant()).isNull();
        assertThat(d4.paidOnline()).isNull();
        assertThat(d4.resolvedOn()).isNull();
        // the same file again changes nothing: what went in by COPY reads back equal to the file
        assertThat(Importer.run(db, ImportKind.DOSSIERS, f, false).unchanged()).isEqualTo(4);
    }

    @BothEngines
    void oneBadRowNearTheEndWritesNothingAndEveryProblemIsReported() throws IOException {
        int n = 12_000; // more than two of the importer's 5,000-row chunks, so some are written before the bad row
        long before = dataVersion();
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, file("big.csv", rows(1, n, n - 5, "Nguyễn Văn An")), false);
        assertThat(ImporterTest.texts(r)).containsExactly("big.csv:" + (n - 5 + 1)
                + ": column received_at: not a date-time (use yyyy-MM-ddTHH:mm, yyyy-MM-dd HH:mm or dd/MM/yyyy HH:mm) (2026-02-30)");
        assertThat(r.written()).isFalse();
        assertThat(new DossierRepository(db).count()).isZero();
        assertThat(dataVersion()).isEqualTo(before);

        ImportReport skipped = Importer.run(db, ImportKind.DOSSIERS, dir.resolve("big.csv"), true);
        assertThat(List.of(skipped.added(), skipped.rejected())).containsExactly(n - 1, 1);
        assertThat(new DossierRepository(db).count()).isEqualTo(n - 1);
        assertThat(Files.readAllLines(skipped.rejectFile())).hasSize(2);
        assertThat(new DossierRepository(db).findByCode("H-" + 10).orElseThrow().supplements()).hasSize(1);
    }

    @BothEngines
    void updatesAndNewDossiersInOneChunk() throws IOException {
        assertThat(Importer.run(db, ImportKind.DOSSIERS, file("a.csv", rows(1, 100, -1, "An")), false).added())
                .isEqualTo(100);
        // rows 51–100 again with another applicant (updates), 101–150 new: written in one chunk, updates first
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, file("b.csv", rows(51, 100, -1, "Bình")), false);
        assertThat(List.of(r.added(), r.updated(), r.unchanged())).containsExactly(50, 50, 0);
        DossierRepository repo = new DossierRepository(db);
        assertThat(repo.count()).isEqualTo(150);
        assertThat(repo.findByCode("H-50").orElseThrow().applicant()).isEqualTo("An 50");
        assertThat(repo.findByCode("H-60").orElseThrow().applicant()).isEqualTo("Bình 60");
        assertThat(repo.findByCode("H-60").orElseThrow().supplements()).hasSize(1);
        assertThat(repo.findByCode("H-140").orElseThrow().supplements()).hasSize(1);
        assertThat(repo.findByCode("H-141").orElseThrow().supplements()).isEmpty();
    }

    @BothEngines
    void aRowTheDatabaseRefusesInALaterChunkUndoesTheEarlierOnes() throws Exception {
        // a rule only the database knows (the importer's checks pass): the import fails as a whole
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE dossiers ADD CONSTRAINT test_refused CHECK (applicant <> 'refused 11000')");
        }
        long before = dataVersion();
        Path f = file("big.csv", rows(1, 12_000, -1, "refused"));
        assertThatThrownBy(() -> Importer.run(db, ImportKind.DOSSIERS, f, false)).isInstanceOf(DatabaseException.class);
        assertThat(new DossierRepository(db).count()).isZero();
        assertThat(count("SELECT COUNT(*) FROM supplement_cycles")).isZero();
        assertThat(dataVersion()).isEqualTo(before);
        // the connection given back to the pool still works
        assertThat(Importer.run(db, ImportKind.DOSSIERS, file("small.csv", rows(1, 10, -1, "An")), false).added())
                .isEqualTo(10);
    }

    @BothEngines
    void bulkInsertRollsBackWithItsTransaction() throws SQLException {
        assertThatThrownBy(() -> Transactions.inTransaction(db, c -> {
            try (Engine.BulkInsert rows = db.engine().bulkInsert(c, "app_setting", List.of("name", "setting_value"))) {
                for (int i = 0; i < 3; i++) {
                    rows.text("k" + i);
                    rows.text("v\t" + i);
                    rows.endRow();
                }
                rows.finish();
            }
            assertThat(countIn(c, "SELECT COUNT(*) FROM app_setting WHERE name LIKE 'k%'")).isEqualTo(3);
            throw new IllegalStateException("after the rows");
        })).hasMessage("after the rows");
        assertThat(count("SELECT COUNT(*) FROM app_setting WHERE name LIKE 'k%'")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connection()) {
            return countIn(c, sql);
        }
    }

    private static long countIn(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
