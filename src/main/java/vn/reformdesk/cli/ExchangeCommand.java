package vn.reformdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.reformdesk.io.exchange.ExchangePackage;
import vn.reformdesk.io.exchange.ExchangeService;
import vn.reformdesk.io.exchange.ExchangeService.MergeReport;
import vn.reformdesk.io.exchange.PackageRejectedException;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.Database;

/** {@code reformdesk exchange export|import FILE}: data exchange packages between a commune and its department. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Export this unit's register as an exchange package (.rdpkg), or import a package from another unit.")
public final class ExchangeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption dbOption;
    @Parameters(index = "0", paramLabel = "export|import")
    String action;
    @Parameters(index = "1", paramLabel = "FILE")
    Path file;
    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "export: dossiers received from this day")
    LocalDate from;
    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "export: dossiers received up to this day")
    LocalDate to;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        LocalDateTime now = LocalDateTime.now(AppContext.VIETNAM);
        switch (action) {
            case "export" -> {
                try (Database db = dbOption.openDatabase()) {
                    ExchangePackage pkg = new ExchangeService(db).export(file, from, to, now);
                    out.println("exported " + pkg.dossiers().size() + " dossiers of " + pkg.unitCode() + " to " + file);
                    return 0;
                } catch (IllegalStateException e) {
                    err.println("The unit code is not set: set it in the app's Settings first.");
                    return 2;
                }
            }
            case "import" -> {
                ExchangePackage pkg;
                try {
                    pkg = ExchangePackage.read(file);
                } catch (PackageRejectedException e) {
                    err.println(file + ": refused, nothing changed: " + e.getMessage());
                    return 2;
                }
                try (Database db = dbOption.openDatabase()) {
                    MergeReport r = new ExchangeService(db).importPackage(pkg, file.getFileName().toString(), now);
                    out.printf("unit %s: %d added, %d updated, %d unchanged, %d conflicts; procedures %d added, %d differing;"
                                    + " calendar %d added%n", r.unitCode(), r.dossiersAdded(), r.dossiersUpdated(),
                            r.dossiersUnchanged(), r.conflicts(), r.proceduresAdded(), r.proceduresDiffering(), r.calendarAdded());
                    return 0;
                }
            }
            default -> {
                err.println("Unknown action '" + action + "': use export or import.");
                return 2;
            }
        }
    }
}
