package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.support.TestDb;

class BackupServiceTest {
    @TempDir
    Path dir;

    private static void fill(Database db) {
        new SettingsRepository(db).put(SettingsRepository.UNIT_NAME, "UBND xã Tân Phú");
        new ProcedureRepository(db).save(Procedure.of("2.000123", "Đăng ký khai sinh", AdminLevel.COMMUNE, 0, OnlineLevel.FULL));
        new DossierRepository(db).save(Dossier.received("X-1", "2.000123", "Trần Thị B", Channel.DIRECT,
                LocalDateTime.of(2026, 3, 2, 8, 0)).withSupplements(List.of(new SupplementCycle(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4)))));
        new CalendarRepository(db).save(CalendarDay.holiday(LocalDate.of(2026, 9, 2), "Quốc khánh"));
    }

    @Test
    void backupInspectAndRestoreRoundTripEveryTable() throws Exception {
        Path dbFolder = dir.resolve("db");
        Path zip;
        try (Database db = Database.open(dbFolder)) {
            fill(db);
            zip = new BackupService(db).backupTo(dir.resolve("usb"), "", LocalDateTime.of(2026, 11, 23, 10, 0));
        }
        assertThat(zip).exists().hasFileName("reformdesk-20261123-100000.zip");
        BackupInfo info = BackupService.inspect(zip);
        assertThat(info.unitName()).isEqualTo("UBND xã Tân Phú");
        assertThat(info.procedures()).isEqualTo(1);
        assertThat(info.dossiers()).isEqualTo(1);
        assertThat(info.newestDossier()).isEqualTo(LocalDate.of(2026, 3, 2));

        // Change the database after the backup, then restore: the change is gone, the safety copy keeps it.
        try (Database db = Database.open(dbFolder)) {
            new DossierRepository(db).delete("X-1");
            new SettingsRepository(db).put(SettingsRepository.UNIT_NAME, "changed");
        }
        Path safety = BackupService.restore(zip, dbFolder, dir.resolve("safety"), LocalDateTime.of(2026, 11, 23, 11, 0));
        assertThat(safety).exists();
        try (Database db = Database.open(dbFolder)) {
            assertThat(new DossierRepository(db).findAll()).singleElement()
                    .satisfies(d -> assertThat(d.supplements()).hasSize(1));
            assertThat(new CalendarRepository(db).findAll()).hasSize(1);
            assertThat(new SettingsRepository(db).get(SettingsRepository.UNIT_NAME)).contains("UBND xã Tân Phú");
        }
    }

    @Test
    void damagedOrForeignFilesAreRefusedBeforeAnythingChanges() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "hello");
        assertThatThrownBy(() -> BackupService.inspect(notZip)).isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(((BackupException) e).reason()).isEqualTo(BackupException.Reason.NOT_A_BACKUP));
        Path dbFolder = dir.resolve("db");
        try (Database db = Database.open(dbFolder)) {
            fill(db);
        }
        assertThatThrownBy(() -> BackupService.restore(notZip, dbFolder, dir.resolve("safety"), LocalDateTime.now()))
                .isInstanceOf(BackupException.class);
        try (Database db = Database.open(dbFolder)) {
            assertThat(new DossierRepository(db).count()).isEqualTo(1);
        }
    }

    @Test
    void automaticBackupRunsOnceADayAndKeepsTheNewestN() {
        try (Database db = Database.open(dir.resolve("db"))) {
            BackupService backups = new BackupService(db);
            assertThat(backups.autoBackup(3, LocalDateTime.of(2026, 11, 1, 9, 0), false)).isNotNull();
            assertThat(backups.autoBackup(3, LocalDateTime.of(2026, 11, 1, 17, 0), false)).isNull();
            for (int day = 2; day <= 6; day++) backups.autoBackup(3, LocalDateTime.of(2026, 11, day, 9, 0), false);
            assertThat(backups.autoBackups()).hasSize(3);
            assertThat(backups.autoBackups().get(0).getFileName().toString()).contains("20261106");
            // on exit: made when something was written since this session's last automatic backup, even though
            // today's exists; skipped when that backup already holds everything
            assertThat(backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 17, 0), true)).isNull();
            new SettingsRepository(db).put("backup.keep", "3");
            assertThat(backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 18, 0), true)).isNotNull();
            assertThat(backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 18, 5), true)).isNull();
        }
    }

    @Test
    void aPartFileLeftByAnInterruptedBackupIsRemovedByTheNextAutomaticOne() throws Exception {
        try (Database db = Database.open(dir.resolve("db"))) {
            BackupService backups = new BackupService(db);
            Files.createDirectories(backups.autoFolder());
            Path leftover = backups.autoFolder().resolve("auto-reformdesk-20261105-173000.zip.part");
            Files.writeString(leftover, "cut off by a power failure");
            Path manual = backups.autoFolder().resolve("reformdesk-20261105-173000.zip.part"); // not ours to remove
            Files.writeString(manual, "x");
            backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 9, 0), false);
            assertThat(leftover).doesNotExist();
            assertThat(manual).exists();
            assertThat(backups.autoBackups()).hasSize(1);
        }
    }

    @Test
    void theBackupOnExitFollowsTheStoredDataVersionAcrossSessions() {
        try (Database db = Database.open(dir.resolve("db"))) {
            new BackupService(db).autoBackup(3, LocalDateTime.of(2026, 11, 6, 9, 0), false);
        }
        // a later session the same day that writes nothing: the newest backup holds everything, closing is instant
        try (Database db = Database.open(dir.resolve("db"))) {
            BackupService backups = new BackupService(db);
            assertThat(backups.changedSinceNewestAutoBackup()).isFalse();
            assertThat(backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 14, 0), true)).isNull();
            // an edit, then the session ends in a power cut: no backup on exit was made
            new SettingsRepository(db).put(SettingsRepository.UNIT_NAME, "UBND xã Tân Phú");
        }
        // the next session sees the raised version and backs up on exit even though it wrote nothing itself
        try (Database db = Database.open(dir.resolve("db"))) {
            BackupService backups = new BackupService(db);
            assertThat(backups.changedSinceNewestAutoBackup()).isTrue();
            assertThat(backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 18, 0), false)).isNull(); // today's exists
            Path made = backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 18, 0), true);
            assertThat(made).isNotNull();
            assertThat(made.getFileName().toString()).matches("auto-reformdesk-20261106-180000-v\\d+\\.zip");
            assertThat(backups.changedSinceNewestAutoBackup()).isFalse();
        }
    }

    @Test
    void aBackupWithoutADataVersionInItsNameCountsAsBehind() throws Exception {
        try (Database db = Database.open(dir.resolve("db"))) {
            BackupService backups = new BackupService(db);
            Path made = backups.autoBackup(3, LocalDateTime.of(2026, 11, 6, 9, 0), false);
            Files.move(made, made.resolveSibling("auto-reformdesk-20261106-090000.zip")); // as older versions named it
            assertThat(backups.changedSinceNewestAutoBackup()).isTrue();
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedInWords() throws Exception {
        Path folder = dir.resolve("db");
        TestDb.recordFutureMigration(folder, "99", true);
        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(NewerVersionException.class)
                .hasMessageContaining("newer version");
    }
}
