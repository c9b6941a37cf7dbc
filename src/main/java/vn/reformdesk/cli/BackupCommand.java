package vn.reformdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.BackupException;
import vn.reformdesk.store.BackupInfo;
import vn.reformdesk.store.BackupService;
import vn.reformdesk.store.Database;

/**
 * {@code reformdesk backup FILE} and {@code reformdesk restore FILE}: the app's backup and restore (store/BackupService)
 * on the command line, with the same checks: a backup is read back before it is reported; a restore checks the file,
 * keeps the current database in the backups folder, then replaces it.
 */
final class BackupCommand {
    private BackupCommand() {}

    static String explain(BackupException e, Path file) {
        return file + ": " + switch (e.reason()) {
            case NOT_A_BACKUP -> "not a ReformDesk backup";
            case DAMAGED -> "the backup is damaged or incomplete";
            case NEWER_VERSION -> "made by a newer ReformDesk; update this one first";
            case WRONG_PASSWORD -> "the backup is protected with a password this command was not given"
                    + " (set REFORMDESK_PASSWORD to the password of the database it was made from)";
            case IO -> "could not be read or written (" + e.getCause().getMessage() + ")";
        };
    }

    /**
     * On a server the backups are the server's (pg_dump on a schedule by its IT officer, README): ReformDesk copies
     * nothing and says so. Null when the register is a folder.
     */
    static String onServer(DbOption dbOption, String command) {
        if (!dbOption.onServer()) return null;
        return "the register is on the server " + dbOption.where() + ". A server's backups are made and restored on"
                + " the server by its IT officer (pg_dump and pg_restore, see the README), not by ReformDesk: nothing"
                + " was " + (command.equals("backup") ? "copied" : "restored");
    }

    private static void print(PrintWriter out, BackupInfo info) {
        out.println("unit: " + (info.unitName() == null ? "(not set)" : info.unitName()) + "; procedures: "
                + info.procedures() + "; dossiers: " + info.dossiers() + "; newest dossier received: "
                + (info.newestDossier() == null ? "none" : info.newestDossier()));
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Writes a consistent copy of the database to FILE (a .zip), then reads it back to check it.",
                "Exit status: 0 done, 2 refused (nothing written), 1 other failure."})
    static final class Backup implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption dbOption;
        @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write (.zip)")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String server = onServer(dbOption, "backup");
            if (server != null) throw new Refused(server);
            dbOption.refuseOutput(file);
            dbOption.requireDatabase();
            Path target = file.toAbsolutePath();
            try (Database db = dbOption.database()) {
                Files.createDirectories(target.getParent());
                Path made = new BackupService(db).backupTo(target.getParent(), ".backup-command-", LocalDateTime.now(AppContext.VIETNAM));
                try {
                    BackupService.inspect(made, db.password());
                    Files.move(made, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(made);
                }
                out.println("backup written to " + file);
                print(out, BackupService.inspect(target, db.password()));
                out.flush();
                return 0;
            } catch (BackupException e) {
                err.println("reformdesk backup: " + explain(e, file));
                err.flush();
                return 1;
            } catch (java.io.IOException e) {
                err.println("reformdesk backup: " + file + ": could not be written (" + e.getMessage() + ")");
                err.flush();
                return 1;
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Checks FILE (a backup), keeps the current database in the backups folder beside the database",
                "folder, then replaces the database with the backup. The database must not be open elsewhere.",
                "Exit status: 0 done, 2 refused (nothing changed), 1 other failure."})
    static final class Restore implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DbOption dbOption;
        @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.zip)")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String server = onServer(dbOption, "restore");
            if (server != null) throw new Refused(server);
            if (!Files.isRegularFile(file)) throw new Refused(file + ": file not found");
            char[] password = dbOption.password();
            Path folder = dbOption.folder();
            Path safetyFolder = folder.toAbsolutePath().getParent().resolve("backups");
            try {
                BackupInfo info = BackupService.inspect(file, password);
                if (Database.exists(folder)) {
                    // refuses a database open in the app (H2's lock) before anything is replaced
                    Database.open(folder, Database.isEncrypted(folder) ? password : null).close();
                }
                Path safety = BackupService.restore(file, folder, safetyFolder, LocalDateTime.now(AppContext.VIETNAM), password);
                out.println("restored " + file + " into " + folder);
                print(out, info);
                if (Files.exists(safety)) out.println("the database it replaced was kept as " + safety);
                out.flush();
                return 0;
            } catch (BackupException e) {
                err.println("reformdesk restore: " + explain(e, file) + ". Nothing was changed.");
                err.flush();
                return e.reason() == BackupException.Reason.IO ? 1 : 2;
            }
        }
    }
}
