package vn.reformdesk;

import picocli.CommandLine;
import vn.reformdesk.cli.RootCommand;

/**
 * The single entry point of the jar: with no command it opens the desktop app, otherwise it runs a command
 * (import, export, report, sample, bench). A separate class from the JavaFX Application, so a plain
 * classpath jar can start.
 */
public final class Launcher {
    /** Held so the setting is not garbage-collected with the logger. */
    private static java.util.logging.Logger flyway;

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            // java -jar: the app in a second JVM that maps a class archive of its start (ClassArchive says when)
            var relaunched = vn.reformdesk.ClassArchive.relaunch();
            if (relaunched.isPresent()) System.exit(relaunched.get());
        }
        // Migration chatter is not for officers: standard error carries the commands' own messages (formats.md).
        flyway = java.util.logging.Logger.getLogger("org.flywaydb");
        flyway.setLevel(java.util.logging.Level.WARNING);
        if (args.length == 0) {
            // The desktop shortcut: straight to the window, without building the command line of every command
            // (picocli reflects over all of them, a few hundred ms before JavaFX could even start).
            RootCommand.startApp(null);
            return;
        }
        int code = RootCommand.commandLine().execute(args);
        if (code != 0 || args.length > 0) System.exit(code);
    }
}
