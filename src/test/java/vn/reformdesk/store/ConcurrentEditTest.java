package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/** Two desks on one record: a save based on what another desk has since changed is refused, never overwrites. */
class ConcurrentEditTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open(DbKind kind) {
        db = kind.open(dir);
        new ProcedureRepository(db).save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.NONE));
        new DossierRepository(db).save(Dossier.received("D1", "P1", "Nguyễn Văn A", Channel.DIRECT,
                LocalDateTime.of(2026, 3, 2, 9, 0)));
    }

    @AfterEach
    void close() { db.close(); }

    @BothEngines
    void anApologySavedOnAnOldVersionDoesNotEraseTheResolutionSavedMeanwhile() {
        DossierRepository repo = new DossierRepository(db);
        Versioned<Dossier> readByA = repo.findVersioned("D1").orElseThrow();
        Versioned<Dossier> readByB = repo.findVersioned("D1").orElseThrow();
        Versioned<Dossier> savedByA = repo.saveChecked(readByA.value().withResolution(LocalDate.of(2026, 3, 4),
                Outcome.ISSUED), readByA.version());
        assertThat(savedByA.version()).isEqualTo(readByA.version() + 1);

        Dossier typedByB = readByB.value().withApology(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9));
        assertThatThrownBy(() -> repo.saveChecked(typedByB, readByB.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.theirs().version()).isEqualTo(savedByA.version());
                    assertThat(((Dossier) e.theirs().value()).resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
                });
        Dossier stored = repo.findByCode("D1").orElseThrow();
        assertThat(stored.resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(stored.apologyOn()).isNull();

        // B keeps its version on top of what A saved: both changes are there
        Dossier merged = savedByA.value().withApology(typedByB.apologyOn(), typedByB.newAppointmentOn());
        assertThat(repo.saveChecked(merged, savedByA.version()).value().withId(null))
                .isEqualTo(merged.withId(null));
    }

    @BothEngines
    void aNewDossierWhoseCodeWasRegisteredAtAnotherDeskIsRefusedInWords() {
        DossierRepository repo = new DossierRepository(db);
        Dossier same = Dossier.received("D1", "P1", "Trần Thị B", Channel.ONLINE, LocalDateTime.of(2026, 3, 3, 8, 0));
        assertThatThrownBy(() -> repo.saveChecked(same, null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("D1").hasMessageContaining("registered meanwhile");
        assertThat(repo.findByCode("D1").orElseThrow().applicant()).isEqualTo("Nguyễn Văn A");
    }

    @BothEngines
    void aDuplicateKeyFromTheDatabaseIsToldInWords() {
        assertThatThrownBy(() -> Transactions.inTransaction(db, c -> {
            try (var ps = c.prepareStatement("INSERT INTO procedures (code, name, admin_level, processing_days,"
                    + " online_level) VALUES ('P1', 'x', 'commune', 1, 'none')")) {
                return ps.executeUpdate();
            }
        })).isInstanceOf(DatabaseException.class).hasMessageContaining("same code was saved meanwhile");
    }

    @BothEngines
    void aDeletedDossierIsNotSavedBackFromAnOldForm() {
        DossierRepository repo = new DossierRepository(db);
        Versioned<Dossier> read = repo.findVersioned("D1").orElseThrow();
        repo.delete("D1");
        assertThatThrownBy(() -> repo.saveChecked(read.value().withResolution(LocalDate.of(2026, 3, 4), Outcome.ISSUED),
                read.version())).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.theirs()).isNull());
        assertThat(repo.findByCode("D1")).isEmpty();
    }

    @BothEngines
    void aSettingSavedAtTwoDesksAtOnceIsAnUpsert() throws Exception {
        SettingsRepository settings = new SettingsRepository(db);
        // two desks saving the same new setting at once: both succeed, one value stays
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 40; i++) {
                String value = String.valueOf(i % 2);
                String name = "k" + (i / 2);
                futures.add(pool.submit(() -> settings.put(name, value)));
            }
            for (var f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        for (int k = 0; k < 20; k++) assertThat(settings.get("k" + k)).hasValueSatisfying(v -> assertThat(v).isIn("0", "1"));
        settings.put("k0", "x");
        settings.put("k0", null);
        assertThat(settings.get("k0")).isEmpty();
    }
}
