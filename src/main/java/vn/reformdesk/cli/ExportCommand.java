package vn.reformdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.reformdesk.io.DossierExport;
import vn.reformdesk.io.ProcedureExport;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.service.AppContext;

/** {@code reformdesk export dossiers FILE [--as-of DATE] [--db DIR]} and {@code export procedures FILE [--db DIR]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports data from the register to a file (.csv UTF-8 with BOM, or .xlsx).",
        subcommands = {ExportCommand.Dossiers.class, ExportCommand.Procedures.class})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "dossiers", mixinStandardHelpOptions = true,
            description = {"Writes every dossier with the dossiers.csv columns plus effective_received_on, due_on,",
                "status, working_days_late and supplement_cycles computed as of --as-of (default today);",
                "a dossier received after that date has them empty.",
                "Exit status: 0 done, 2 invalid arguments, 1 other failure."})
    static final class Dossiers implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption dbOption;

        @Parameters(index = "0", paramLabel = "FILE", description = "Output file; .xlsx writes a workbook, anything else CSV")
        Path file;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Statuses as of this date (yyyy-MM-dd or dd/MM/yyyy)")
        String asOf;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LocalDate date = null;
            if (asOf != null) {
                try {
                    date = Values.date(asOf);
                } catch (IllegalArgumentException e) {
                    err.println("--as-of: " + e.getMessage() + " (" + asOf + ")");
                    err.flush();
                    return 2;
                }
            }
            dbOption.refuseOutput(file);
            dbOption.requireDatabase(); // before the try: a refusal is exit 2, not a failure
            try (AppContext app = dbOption.open()) {
                LocalDate when = date != null ? date : app.asOf();
                int n = DossierExport.write(app.register(), file, when);
                out.println("dossiers: " + n + " exported to " + file + " (as of " + when + ")");
                out.flush();
                return 0;
            } catch (Exception e) {
                err.println("reformdesk export dossiers: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }

    @Command(name = "procedures", mixinStandardHelpOptions = true,
            description = {"Writes every procedure with the procedures.csv columns, supplement_rule, day_unit and cutoff included.",
                "Exit status: 0 done, 2 invalid arguments, 1 other failure."})
    static final class Procedures implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DbOption dbOption;

        @Parameters(index = "0", paramLabel = "FILE", description = "Output file; .xlsx writes a workbook, anything else CSV")
        Path file;

        @Override
        public Integer call() {
            dbOption.refuseOutput(file); // never onto the database or into its folder
            dbOption.requireDatabase();
            try (AppContext app = dbOption.open()) {
                int n = ProcedureExport.write(app.register().procedures(), file);
                spec.commandLine().getOut().println("procedures: " + n + " exported to " + file);
                spec.commandLine().getOut().flush();
                return 0;
            } catch (Exception e) {
                spec.commandLine().getErr().println("reformdesk export procedures: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
