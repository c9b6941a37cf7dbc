package vn.reformdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.BackupService;
import vn.reformdesk.store.Database;

/** {@code reformdesk backup FILE}: a consistent copy of this PC's database; on a server, says whose backups those are. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the database (a zip) to FILE while nothing else changes it.",
                "On a server (--server) the server's backups are the server's (pg_dump): nothing is copied, exit 2."})
public final class BackupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write (.zip)")
    Path file;

    @Mixin
    DbOption dbOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dbOption.onServer()) {
            err.println("backup: the register is on the server " + dbOption.where() + ". A server's backups are made on"
                    + " the server by its IT officer (pg_dump on a schedule, see the README), not copied by ReformDesk;"
                    + " nothing was copied.");
            err.flush();
            return 2;
        }
        try (Database db = dbOption.openDatabase()) {
            Path folder = file.toAbsolutePath().getParent();
            Path made = new BackupService(db).backupTo(folder, ".cli-", LocalDateTime.now(AppContext.VIETNAM));
            Files.move(made, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("backup: " + dbOption.where() + " copied to " + file);
            out.flush();
            return 0;
        } catch (Exception e) {
            err.println("backup: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
