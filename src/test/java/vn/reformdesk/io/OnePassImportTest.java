package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformdesk.io.ImporterTest.DOSSIER_HEADER;
import static vn.reformdesk.io.ImporterTest.texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.AuditLog;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;

/**
 * The import writes while it reads (one pass, a reading thread and the writing one): rows are already in the
 * open transaction when a later row turns out invalid, the user cancels, or a duplicate appears. None of that may
 * leave anything behind, and skip-invalid must keep exactly the rows it kept with two passes. Chunks of 500 rows
 * here (5,000 in the app): a file of a few thousand rows spans as many chunks as the app's large files.
 */
class OnePassImportTest {
    @TempDir
    Path dir;
    Database db;
    DossierRepository repo;

    @BeforeAll
    static void smallChunks() { TableImport.chunkRows = 500; }

    @AfterAll
    static void appChunks() { TableImport.chunkRows = 5_000; }

    @BeforeEach
    void open() {
        db = TestDb.openCopy(dir);
        repo = new DossierRepository(db);
        ProcedureRepository procedures = new ProcedureRepository(db);
        procedures.save(Procedure.of("1.001", "Đăng ký kết hôn", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
        procedures.save(Procedure.of("1.002", "Cấp giấy phép xây dựng", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL));
    }

    @AfterEach
    void close() { db.close(); }

    /** A valid row; every tenth has a supplementation cycle. */
    private static String row(int i) {
        return "K-" + i + ",1.00" + (1 + i % 2) + ",Nguyễn Văn " + i + ",online,2026-10-05 08:30,"
                + (i % 10 == 0 ? "2026-10-06,2026-10-07" : ",") + ",2026-10-09,issued,true,yes,1,satisfied,no,";
    }

    private Path big(String name, int n, java.util.function.IntFunction<String> override) throws IOException {
        StringBuilder sb = new StringBuilder(DOSSIER_HEADER).append('\n');
        for (int i = 1; i <= n; i++) {
            String special = override.apply(i);
            sb.append(special != null ? special : row(i)).append('\n');
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private Dossier stored() {
        return Dossier.received("OLD-1", "1.001", "Trần Thị Cũ", Channel.DIRECT, LocalDateTime.of(2026, 9, 1, 8, 0))
                .withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3))));
    }

    private static boolean readerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("import-reader") && t.isAlive());
    }

    @Test
    void invalidRowsLateInTheFileWriteNothingAndEveryProblemIsReported() throws IOException {
        repo.save(stored());
        int n = 2_300; // several chunks go to the database before the first bad row is read
        Path f = big("late.csv", n, i -> switch (i) {
            case 1_201 -> "K-1201,1.001,An,online,2026-02-30,,,,,,,,,,";
            case 1_700 -> row(42); // a duplicate of a row written long before
            case 2_299 -> "K-2299,9.999,An,fax,2026-10-05,,,,,,,,,,";
            default -> null;
        });
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(r.written()).isFalse();
        assertThat(texts(r)).containsExactly(
                "late.csv:1202: column received_at: not a date-time (use yyyy-MM-ddTHH:mm, yyyy-MM-dd HH:mm or dd/MM/yyyy HH:mm) (2026-02-30)",
                "late.csv:1701: column code: duplicate code, already on line 43 (K-42)",
                "late.csv:2300: column procedure_code: unknown procedure (import it in procedures.csv first) (9.999)",
                "late.csv:2300: column channel: expected one of direct, online, postal (fax)");
        assertThat(r.rejected()).isEqualTo(3);
        // Only what was there before: the dossier and its cycle, no new row, no audit entry of the import.
        assertThat(repo.count()).isEqualTo(1);
        assertThat(repo.findByCode("OLD-1").orElseThrow().supplements()).hasSize(1);
        assertThat(AuditLog.find(db, ImportAuditEntry.ENTITY, null, 10)).isEmpty();
        assertThat(Files.exists(dir.resolve("late.rejects.csv"))).isFalse();
        assertThat(readerThreadAlive()).isFalse();

        // The same file without its bad rows goes in whole, cycles included.
        Path good = big("good.csv", n, i -> null);
        ImportReport ok = Importer.run(db, ImportKind.DOSSIERS, good, false);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.added()).isEqualTo(n);
        assertThat(repo.count()).isEqualTo(n + 1);
        assertThat(repo.findByCode("K-1240").orElseThrow().supplements())
                .containsExactly(new SupplementCycle(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)));
        assertThat(repo.findByCode("K-1241").orElseThrow().supplements()).isEmpty();
    }

    @Test
    void skipInvalidKeepsTheFirstOfDuplicatesAndRejectsTheLaterOnes() throws IOException {
        int n = 1_200;
        Path f = big("dups.csv", n, i -> switch (i) {
            case 100 -> "K-5,1.001,An,fax,2026-10-05,,,,,,,,,,";          // invalid: does not claim the code K-5
            case 200 -> "K-5,1.002,Bình,direct,2026-10-06 10:00,,,,,,,,,,"; // K-5 is first seen here (valid)
            case 300 -> "K-5,1.001,Cường,postal,2026-10-07,,,,,,,,,,";     // later duplicate: rejected
            case 1_100 -> row(50).replace(",online,", ",postal,");        // duplicate of an earlier chunk: rejected
            default -> null;
        });
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, true);
        assertThat(r.ok()).isTrue();
        // Line 6 holds row 5 (K-5): the first valid K-5, so the later ones are duplicates of it.
        assertThat(texts(r)).containsExactly(
                "dups.csv:101: column channel: expected one of direct, online, postal (fax)",
                "dups.csv:201: column code: duplicate code, already on line 6 (K-5)",
                "dups.csv:301: column code: duplicate code, already on line 6 (K-5)",
                "dups.csv:1101: column code: duplicate code, already on line 51 (K-50)");
        assertThat(List.of(r.added(), r.updated(), r.unchanged(), r.rejected())).containsExactly(n - 4, 0, 0, 4);
        assertThat(repo.count()).isEqualTo(n - 4);
        assertThat(repo.findByCode("K-5").orElseThrow().applicant()).isEqualTo("Nguyễn Văn 5");
        assertThat(repo.findByCode("K-50").orElseThrow().channel()).isEqualTo(Channel.ONLINE);
        List<String> rejects = Files.readAllLines(r.rejectFile());
        assertThat(rejects).hasSize(5);
        assertThat(rejects.get(1)).startsWith("K-5,1.001,An,fax").endsWith("line 101: column channel: expected one of"
                + " direct, online, postal (fax)\"");
        assertThat(rejects.get(4)).startsWith("K-50,").contains("line 1101: column code: duplicate code");
        assertThat(AuditLog.find(db, ImportAuditEntry.ENTITY, null, 10)).hasSize(1);

        // Re-importing changes nothing, and rejects the same rows.
        ImportReport again = Importer.run(db, ImportKind.DOSSIERS, f, true);
        assertThat(List.of(again.added(), again.updated(), again.unchanged(), again.rejected()))
                .containsExactly(0, 0, n - 4, 4);
        assertThat(texts(again)).isEqualTo(texts(r));
    }

    @Test
    void aDuplicateWhoseFirstRowIsInvalidIsKeptOnce() throws IOException {
        Path f = ImporterTestFiles.write(dir.resolve("first-bad.csv"), DOSSIER_HEADER,
                "X1,1.001,An,fax,2026-10-05,,,,,,,,,,",
                "X1,1.001,Bình,direct,2026-10-05,,,,,,,,,,",
                "X1,1.001,Cường,direct,2026-10-06,,,,,,,,,,");
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, true);
        assertThat(texts(r)).containsExactly(
                "first-bad.csv:2: column channel: expected one of direct, online, postal (fax)",
                "first-bad.csv:4: column code: duplicate code, already on line 3 (X1)");
        assertThat(List.of(r.added(), r.rejected())).containsExactly(1, 2);
        assertThat(repo.findByCode("X1").orElseThrow().applicant()).isEqualTo("Bình");
    }

    @Test
    void cancelWhileWritingLeavesTheDatabaseAsItWas() throws IOException {
        repo.save(stored());
        Path f = big("cancel.csv", 3_000, i -> null);
        AtomicBoolean cancel = new AtomicBoolean();
        List<String> phases = new java.util.concurrent.CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> Importer.run(db, ImportKind.DOSSIERS, f, false, (fraction, phase) -> {
            phases.add(phase);
            if ("writing".equals(phase)) cancel.set(true); // a chunk is in the open transaction
        }, cancel::get)).isInstanceOf(ImportCancelledException.class);
        assertThat(phases).contains("writing").doesNotContain("done");
        assertThat(repo.count()).isEqualTo(1);
        assertThat(repo.findByCode("OLD-1").orElseThrow().supplements()).hasSize(1);
        assertThat(AuditLog.find(db, ImportAuditEntry.ENTITY, null, 10)).isEmpty();
        assertThat(readerThreadAlive()).isFalse();

        // The database is usable at once, and the same import goes through.
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(r.added()).isEqualTo(3_000);
    }

    @Test
    void cancelWhileCheckingAfterAnInvalidRowAlsoStops() throws IOException {
        Path f = big("cancel-late.csv", 2_000, i -> i == 600 ? "K-600,1.001,An,fax,2026-10-05,,,,,,,,,," : null);
        // The reader asks once per row: the cancel comes while it checks the rows after the invalid one.
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> Importer.run(db, ImportKind.DOSSIERS, f, false, ProgressListener.NONE,
                () -> asked.incrementAndGet() > 900)).isInstanceOf(ImportCancelledException.class);
        assertThat(repo.count()).isZero();
        assertThat(readerThreadAlive()).isFalse();
    }

    @Test
    void updatesAndNewRowsInOneFileOnANonEmptyRegister() throws IOException {
        // The register is not empty, so codes are looked up; rows whose code exists are updated, cycles replaced.
        repo.save(stored());
        Path f = ImporterTestFiles.write(dir.resolve("mixed.csv"), DOSSIER_HEADER,
                "OLD-1,1.002,Trần Thị Cũ,postal,2026-09-01 08:00,2026-09-04,,,,,,,,,",
                "NEW-1,1.001,Mới,online,2026-10-05 09:00,2026-10-06,,,,,,,,,");
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(List.of(r.added(), r.updated(), r.unchanged())).containsExactly(1, 1, 0);
        Dossier old = repo.findByCode("OLD-1").orElseThrow();
        assertThat(old.channel()).isEqualTo(Channel.POSTAL);
        assertThat(old.procedureCode()).isEqualTo("1.002");
        assertThat(old.supplements()).containsExactly(new SupplementCycle(LocalDate.of(2026, 9, 4), null));
        assertThat(repo.findByCode("NEW-1").orElseThrow().supplements())
                .containsExactly(new SupplementCycle(LocalDate.of(2026, 10, 6), null));
        ImportReport again = Importer.run(db, ImportKind.DOSSIERS, f, false);
        assertThat(List.of(again.added(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);
    }

    /** Small files for these tests. */
    static final class ImporterTestFiles {
        static Path write(Path p, String... lines) throws IOException {
            Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return p;
        }
    }
}
