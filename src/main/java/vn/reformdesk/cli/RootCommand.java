package vn.reformdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.reformdesk.service.AppLog;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.PasswordRequiredException;
import vn.reformdesk.store.WrongPasswordException;
import vn.reformdesk.ui.shell.ReformDeskApp;

/** {@code reformdesk}: the desktop app, or one of its commands. */
@Command(name = "reformdesk", mixinStandardHelpOptions = true, version = "ReformDesk 0.1.0",
        description = "Administrative reform register, deadlines and indices. Without a command, opens the desktop app.",
        subcommands = {})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "Database folder (default: the user's data folder)")
    Path db;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        Commands.register(cl);
        // Refusals and password problems are told in words with exit 2, never as a stack trace
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof Refused || e instanceof PasswordRequiredException || e instanceof WrongPasswordException) {
                String message = e instanceof PasswordRequiredException ? e.getMessage() + " Set the "
                        + DbOption.PASSWORD_VARIABLE + " environment variable, or run the command in a terminal." : e.getMessage();
                cmd.getErr().println("reformdesk " + cmd.getCommandName() + ": " + message + (message.endsWith(".") ? "" : ".")
                        + " Nothing was changed.");
                cmd.getErr().flush();
                return 2;
            }
            if (e instanceof DatabaseException) {
                cmd.getErr().println("reformdesk " + cmd.getCommandName() + ": " + e.getMessage());
                cmd.getErr().flush();
                return 1;
            }
            throw e;
        });
        cl.setExecutionStrategy(parsed -> {
            carryFolder(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }

    /**
     * {@code reformdesk --db DIR import …}: a folder named before the command is the command's. Left to the desktop
     * app, as picocli would, the command worked on the user's data folder without a word. Two different folders, or
     * a command without one, are refused through the handler above.
     */
    private static void carryFolder(CommandLine.ParseResult parsed) {
        if (!parsed.hasMatchedOption("--db") || !parsed.hasSubcommand()) return;
        Path folder = parsed.matchedOptionValue("--db", null);
        CommandLine.ParseResult command = parsed;
        while (command.hasSubcommand()) command = command.subcommand();
        CommandLine.Model.OptionSpec own = command.commandSpec().findOption("--db");
        String refused = null;
        if (own == null) refused = "--db before the command: this command works on no database folder";
        else if (!command.hasMatchedOption("--db")) own.setValue(folder);
        else if (!folder.equals(command.matchedOptionValue("--db", null))) {
            refused = "--db names two folders (" + folder + " before the command, "
                    + command.matchedOptionValue("--db", null) + " after it): give one";
        }
        if (refused != null) {
            throw new CommandLine.ExecutionException(command.commandSpec().commandLine(), refused, new Refused(refused));
        }
    }

    @Override
    public Integer call() {
        startApp(db);
        return 0;
    }

    /** Opens the desktop app on {@code db} (null = the user's data folder); returns when its window closes. */
    public static void startApp(Path db) {
        AppLog.start(db);
        AppLog.get(RootCommand.class).info("ReformDesk starting, database " + (db == null ? "default" : db));
        ReformDeskApp.launchOn(db);
    }
}
