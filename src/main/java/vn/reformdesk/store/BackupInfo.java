package vn.reformdesk.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/** What a backup file holds, shown before a restore. */
public record BackupInfo(Path file, String unitName, long procedures, long dossiers, LocalDate newestDossier,
                         Instant written) {
}
