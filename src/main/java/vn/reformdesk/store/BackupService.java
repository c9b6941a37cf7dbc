package vn.reformdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the unit's database: a consistent online copy (H2's BACKUP TO, a zip holding the database file)
 * taken while the app runs, automatic copies kept in the data folder (the newest N), and restore from a file,
 * which first checks the file and keeps the current database as a backup before replacing it.
 */
public final class BackupService {
    public static final String AUTO_PREFIX = "auto-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String DB_ENTRY = Database.FILE_NAME + ".mv.db";
    private static final java.util.regex.Pattern VERSIONED =
            java.util.regex.Pattern.compile(AUTO_PREFIX + "reformdesk-\\d{8}-\\d{6}-v(\\d+)\\.zip");

    private final Database db;
    private final Path autoFolder;

    /** Automatic backups beside the database folder, in "backups" (the data folder's layout: db/ and backups/). */
    public BackupService(Database db) {
        this(db, db.isServer() ? null : db.folder().toAbsolutePath().getParent().resolve("backups"));
    }

    /** Automatic backups in {@code autoFolder} (the app keeps them with the register's preferences and logs). */
    public BackupService(Database db, Path autoFolder) {
        this.db = db;
        this.autoFolder = autoFolder;
    }

    /** Where automatic backups go; a server register has none (its backups are the server's). */
    public Path autoFolder() {
        if (db.isServer()) throw new ServerBackupException(db.engine().where());
        return autoFolder;
    }

    /** Writes a consistent copy of the open database into {@code folder}; returns the file. */
    public Path backupTo(Path folder, String prefix, LocalDateTime now) { return backupTo(folder, prefix, now, ""); }

    private Path backupTo(Path folder, String prefix, LocalDateTime now, String suffix) {
        if (!(db.engine() instanceof Engine.H2File h2)) throw new ServerBackupException(db.engine().where());
        return written(folder, prefix + "reformdesk-" + STAMP.format(now) + suffix + ".zip", partial -> {
            try (Connection c = db.connection()) {
                h2.backupTo(c, partial);
            }
        });
    }

    /**
     * The backup on exit of a file its closing compacts (a large import left it mostly free space, which BACKUP TO
     * copies whole): the database is closed first, H2 compacting it, and the closed file is zipped. After an import
     * of 1,000,000 dossiers, 26.3 s (a 679 MB copy, then the compaction) became 12.9 s (README, Backups).
     * The database stays closed; the app is exiting.
     */
    private Path closeAndZip(Engine.H2File h2, Path folder, LocalDateTime now, String suffix) {
        db.close();
        return written(folder, AUTO_PREFIX + "reformdesk-" + STAMP.format(now) + suffix + ".zip", partial -> {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                out.putNextEntry(new ZipEntry(DB_ENTRY)); // as BACKUP TO names it: a restore reads either
                Files.copy(h2.folder().resolve(DB_ENTRY), out);
                out.closeEntry();
            }
        });
    }

    /**
     * The automatic backup, keeping the newest {@code keep}: the daily one (skipped when one exists for {@code now}'s
     * date) or the one on exit (skipped when the newest automatic backup already holds every write, see
     * {@link #changedSinceNewestAutoBackup()}). Returns the new file, or null when skipped.
     */
    public Path autoBackup(int keep, LocalDateTime now, boolean onExit) {
        if (db.isServer()) return null; // a server's database is backed up on the server (pg_dump), not copied by each desk
        if (db.isClosed()) return null; // the exit's backup closed it already (closeAndZip)
        Path folder = autoFolder();
        List<Path> existing = autoBackups();
        String today = AUTO_PREFIX + "reformdesk-" + STAMP.format(now).substring(0, 8);
        boolean hasToday = existing.stream().anyMatch(p -> p.getFileName().toString().startsWith(today));
        Path made = null;
        if (onExit ? changedSinceNewestAutoBackup() : !hasToday) {
            // read before the copy: a write during it leaves the name behind the data, so the exit backs up again
            long version = db.dataVersion();
            made = onExit && db.engine() instanceof Engine.H2File h2 && h2.compactsOnClose()
                    ? closeAndZip(h2, folder, now, "-v" + version)
                    : backupTo(folder, AUTO_PREFIX, now, "-v" + version);
        }
        prune(Math.max(1, keep));
        return made;
    }

    /** Writes a backup's copy into a part file. */
    @FunctionalInterface
    private interface Copy {
        void into(Path partial) throws IOException, SQLException;
    }

    /** Writes {@code copy} into {@code folder} as {@code name}, under a ".part" name until it is complete. */
    private static Path written(Path folder, String name, Copy copy) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        Path target = folder.resolve(name);
        Path partial = folder.resolve(name + ".part");
        try {
            copy.into(partial);
        } catch (IOException | SQLException e) {
            deleteQuietly(partial); // e.g. the database was shut down under it: closing without the backup
            throw new DatabaseException("The backup to " + folder + " failed: " + e.getMessage(), e);
        }
        try {
            // Only a complete copy gets the .zip name: an interrupted backup never looks like a good one.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseException("The backup to " + folder + " failed: " + e.getMessage(), e);
        }
        return target;
    }

    /**
     * Whether the newest automatic backup may lack something. Each one carries in its name the data version it was
     * taken at (the count of write transactions, kept in the database itself, V6): equal to the version now means
     * nothing was written since, in this session or any other, so closing needs no copy (at a million dossiers a
     * copy takes 40 s). A session cut by a power failure after its edits left the version raised, so the next exit
     * backs up. A backup without a version (made before this rule) counts as behind.
     */
    public boolean changedSinceNewestAutoBackup() {
        if (db.isServer()) return false; // nothing to copy on a server
        List<Path> all = autoBackups();
        if (all.isEmpty()) return true;
        java.util.regex.Matcher m = VERSIONED.matcher(all.get(0).getFileName().toString());
        return !m.matches() || Long.parseLong(m.group(1)) != db.dataVersion();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // tried again by the next automatic backup
        }
    }

    /** Automatic backups, newest first. */
    public List<Path> autoBackups() {
        if (db.isServer()) return new ArrayList<>();
        Path folder = autoFolder();
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, AUTO_PREFIX + "reformdesk-*.zip")) {
            ds.forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return out;
    }

    private void prune(int keep) {
        // An automatic backup cut off by a power failure or a killed process left its part file (a quarter of the
        // database's size): automatic backups run one at a time, so any part file found here is such a leftover.
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(autoFolder(), AUTO_PREFIX + "reformdesk-*.zip.part")) {
            ds.forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            // no folder yet, or unreadable: nothing to clean now
        }
        List<Path> all = autoBackups();
        for (int i = keep; i < all.size(); i++) deleteQuietly(all.get(i)); // one that cannot go now goes next time
    }

    /** Checks a backup file and tells what it holds, without touching the open database. */
    public static BackupInfo inspect(Path zip) { return inspect(zip, null); }

    /** As {@link #inspect(Path)} for a backup of a password-protected database. */
    public static BackupInfo inspect(Path zip, char[] password) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("reformdesk-inspect");
            extractDatabase(zip, tmp);
            try (Database copy = Database.open(tmp, Database.isEncrypted(tmp) ? password : null)) {
                return readInfo(zip, copy);
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, zip, e);
        } catch (NewerVersionException e) {
            throw new BackupException(BackupException.Reason.NEWER_VERSION, zip, e);
        } catch (PasswordRequiredException | WrongPasswordException e) {
            throw new BackupException(BackupException.Reason.WRONG_PASSWORD, zip, e);
        } catch (DatabaseException | org.flywaydb.core.api.FlywayException e) {
            throw new BackupException(BackupException.Reason.DAMAGED, zip, e);
        } finally {
            if (tmp != null) deleteTree(tmp);
        }
    }

    /**
     * Replaces the database in {@code dbFolder} (which must be closed) with the one in {@code zip}, after
     * keeping the current one as a backup in {@code safetyFolder}. Returns the safety copy.
     */
    public static Path restore(Path zip, Path dbFolder, Path safetyFolder, LocalDateTime now) {
        return restore(zip, dbFolder, safetyFolder, now, null);
    }

    public static Path restore(Path zip, Path dbFolder, Path safetyFolder, LocalDateTime now, char[] password) {
        inspect(zip, password); // refuses a damaged or foreign file before anything changes
        try {
            Files.createDirectories(safetyFolder);
            Path current = dbFolder.resolve(DB_ENTRY);
            Path safety = safetyFolder.resolve("before-restore-reformdesk-" + STAMP.format(now) + ".mv.db");
            if (Files.exists(current)) Files.copy(current, safety, StandardCopyOption.REPLACE_EXISTING);
            // inside the database folder: the same disk (the move is atomic) and nothing written outside the register
            Path staging = Files.createTempDirectory(dbFolder.toAbsolutePath(), "restore");
            extractDatabase(zip, staging);
            Files.move(staging.resolve(DB_ENTRY), current, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
            return safety;
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.IO, zip, e);
        }
    }

    private static void extractDatabase(Path zip, Path folder) throws IOException {
        boolean found = false;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals(DB_ENTRY)) {
                    Files.copy(zin, folder.resolve(DB_ENTRY), StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                }
            }
        }
        if (!found) throw new IOException("no " + DB_ENTRY + " in " + zip.getFileName());
    }

    private static BackupInfo readInfo(Path zip, Database copy) {
        try (Connection c = copy.connection(); Statement st = c.createStatement()) {
            long procedures = count(st, "SELECT COUNT(*) FROM procedures");
            long dossiers = count(st, "SELECT COUNT(*) FROM dossiers");
            LocalDate newest = null;
            try (ResultSet rs = st.executeQuery("SELECT MAX(received_at) FROM dossiers")) {
                if (rs.next() && rs.getTimestamp(1) != null) newest = rs.getTimestamp(1).toLocalDateTime().toLocalDate();
            }
            String unit = null;
            try (ResultSet rs = st.executeQuery("SELECT setting_value FROM app_setting WHERE name = '"
                    + SettingsRepository.UNIT_NAME + "'")) {
                if (rs.next()) unit = rs.getString(1);
            }
            return new BackupInfo(zip, unit, procedures, dossiers, newest, Files.getLastModifiedTime(zip).toInstant());
        } catch (SQLException | IOException e) {
            throw new BackupException(BackupException.Reason.DAMAGED, zip, e);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
