package vn.reformdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The per-user log (data folder/logs, 5 rotating files of 1 MB): what went wrong on an office PC with no IT
 * support can be sent to the provincial helpdesk. Uncaught errors are logged, never lost.
 */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("vn.reformdesk");

    private AppLog() {}

    public static Logger get(Class<?> type) { return Logger.getLogger(type.getName()); }

    /** Starts writing the log file; harmless to call twice, silent when the folder is not writable. */
    public static synchronized void start() { start(null); }

    /** The same for the register in {@code databaseFolder}: its logs stay with it (null: the data folder's). */
    public static synchronized void start(Path databaseFolder) {
        if (ROOT.getHandlers().length > 0) return;
        Path folder = AppPaths.logs(databaseFolder);
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("reformdesk-%g.log").toString(), 1_000_000, 5, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            ROOT.addHandler(file);
            ROOT.setLevel(Level.INFO);
        } catch (IOException | SecurityException e) {
            System.err.println("ReformDesk: cannot write logs to " + folder + ": " + e.getMessage());
        }
        Thread.setDefaultUncaughtExceptionHandler((t, e) ->
                ROOT.log(Level.SEVERE, "Uncaught error in thread " + t.getName(), e));
    }
}
