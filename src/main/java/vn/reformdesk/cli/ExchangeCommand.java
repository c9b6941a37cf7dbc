package vn.reformdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
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
import vn.reformdesk.io.exchange.TrustedUnits;
import vn.reformdesk.io.exchange.UnitKey;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.Database;

/**
 * {@code reformdesk exchange export|import|key|trust FILE}: signed data exchange packages between a commune and its
 * department, this unit's public key, and the registration of a unit's key.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = {"export FILE: this unit's register as a signed exchange package (.rdpkg).",
            "import FILE: a package from a registered unit (refused whole if unsigned, altered or from an unknown unit).",
            "key FILE: writes this unit's public key (.rdkey) to register at the department.",
            "trust FILE: registers a unit's public key file and prints its fingerprint, to compare over the phone.",
            "Exit status: 0 done, 2 refused or invalid arguments (nothing changed), 1 other failure."})
public final class ExchangeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption dbOption;
    @Parameters(index = "0", paramLabel = "export|import|key|trust")
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
            case "export", "key" -> {
                dbOption.refuseOutput(file);
                dbOption.requireDatabase();
                try (Database db = dbOption.database()) {
                    ExchangeService service = new ExchangeService(db);
                    if (action.equals("key")) {
                        String fingerprint = service.writePublicKey(file);
                        out.println("this unit's public key written to " + file);
                        out.println("fingerprint: " + fingerprint);
                    } else {
                        ExchangePackage pkg = service.export(file, from, to, now);
                        out.println("exported " + pkg.dossiers().size() + " dossiers of " + pkg.unitCode() + " to " + file
                                + ", signed with key " + UnitKey.fingerprint(service.unitKey().publicKey()));
                    }
                    return 0;
                } catch (IllegalStateException e) {
                    err.println("The unit code is not set: set it in the app's Settings first.");
                    return 2;
                } catch (UnitKey.UnitKeyException e) {
                    err.println("reformdesk exchange " + action + ": " + e.getMessage());
                    return 2;
                }
            }
            case "trust" -> {
                if (!Files.isRegularFile(file)) return refuse(err, file + ": file not found");
                TrustedUnits.KeyFile key;
                try {
                    key = TrustedUnits.readKeyFile(file);
                } catch (TrustedUnits.KeyFileException e) {
                    return refuse(err, file + ": refused, nothing changed: " + e.getMessage());
                }
                try (Database db = dbOption.database()) {
                    Optional<String> replaced = new TrustedUnits(db).register(key, now);
                    out.println("registered unit " + key.unitCode() + (key.unitName() == null ? "" : " (" + key.unitName() + ")"));
                    out.println("fingerprint: " + key.fingerprint());
                    out.println("Read the fingerprint to the unit's officer over the phone: it must match the one their"
                            + " ReformDesk shows.");
                    replaced.ifPresent(f -> out.println("This replaces the unit's earlier key, fingerprint " + f + "."));
                    return 0;
                }
            }
            case "import" -> {
                if (!Files.isRegularFile(file)) return refuse(err, file + ": file not found");
                try (Database db = dbOption.database()) {
                    MergeReport r = new ExchangeService(db).importPackage(ExchangePackage.read(file),
                            file.getFileName().toString(), now);
                    out.printf("unit %s: %d added, %d updated, %d unchanged, %d conflicts; procedures %d added, %d differing;"
                                    + " calendar %d added%n", r.unitCode(), r.dossiersAdded(), r.dossiersUpdated(),
                            r.dossiersUnchanged(), r.conflicts(), r.proceduresAdded(), r.proceduresDiffering(), r.calendarAdded());
                    return 0;
                } catch (PackageRejectedException e) {
                    return refuse(err, file + ": refused, nothing changed: " + e.getMessage());
                }
            }
            default -> {
                return refuse(err, "Unknown action '" + action + "': use export, import, key or trust.");
            }
        }
    }

    private static int refuse(java.io.PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return 2;
    }
}
