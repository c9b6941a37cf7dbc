package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;

/** A database protected with a password is encrypted on disk and opens only with that password. */
class EncryptionTest {
    @TempDir
    Path dir;

    @Test
    void protectedDatabaseOpensOnlyWithItsPasswordAndHidesPersonalData() throws Exception {
        Path folder = dir.resolve("db");
        char[] pw = "mat-khau-2026".toCharArray();
        Path zip;
        try (Database db = Database.open(folder, pw)) {
            new ProcedureRepository(db).save(Procedure.of("MARKER-PROC-0001", "Dang ky thuong tru MARKER-NAME-SECRET", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
            zip = new BackupService(db).backupTo(dir.resolve("bk"), "", LocalDateTime.of(2026, 1, 1, 0, 0));
        }
        assertThat(Database.isEncrypted(folder)).isTrue();
        String raw = new String(Files.readAllBytes(folder.resolve("reformdesk.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("MARKER-NAME-SECRET").doesNotContain("MARKER-PROC-0001");
        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(PasswordRequiredException.class);
        assertThatThrownBy(() -> Database.open(folder, "wrong-one".toCharArray())).isInstanceOf(WrongPasswordException.class);
        try (Database db = Database.open(folder, pw)) {
            assertThat(new ProcedureRepository(db).count()).isEqualTo(1);
        }
        assertThat(BackupService.inspect(zip, pw).procedures()).isEqualTo(1);
        assertThatThrownBy(() -> BackupService.inspect(zip, "other-pass".toCharArray()))
                .isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(((BackupException) e).reason()).isEqualTo(BackupException.Reason.WRONG_PASSWORD));
        BackupService.restore(zip, folder, dir.resolve("safety"), LocalDateTime.of(2026, 1, 2, 0, 0), pw);
        try (Database db = Database.open(folder, pw)) {
            assertThat(new ProcedureRepository(db).count()).isEqualTo(1);
        }
    }
}
