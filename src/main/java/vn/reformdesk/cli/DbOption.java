package vn.reformdesk.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.AppPaths;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ServerAddress;

/**
 * The {@code --db DIR} or {@code --server URL} option shared by every command (a picocli mixin), and the password:
 * from the REFORMDESK_PASSWORD environment variable, else asked on the console (a protected database file, or a
 * server login). Never an option, so it stays out of the shell history and the process list.
 */
public final class DbOption {
    public static final String PASSWORD_VARIABLE = "REFORMDESK_PASSWORD";

    @Option(names = "--db", paramLabel = "DIR", description = "Database folder (default: the user's data folder)."
            + " A protected database's password comes from the REFORMDESK_PASSWORD environment variable or a prompt.")
    Path db;

    @Option(names = "--server", paramLabel = "URL", description = "A shared PostgreSQL register instead of a folder:"
            + " postgresql://user@host:5432/database. The password is read from the environment variable "
            + PASSWORD_VARIABLE + ", else asked at the console; never given on the command line.")
    String server;

    public Path folder() { return db != null ? db : AppPaths.defaultDatabase(); }

    /** Whether the register is on a server. */
    public boolean onServer() { return server != null; }

    /** The folder or the server address, for messages. */
    public String where() { return onServer() ? address().toString() : folder().toString(); }

    /** The server's address; without a login in it, the operating system's user name. */
    public ServerAddress address() {
        if (db != null) throw new Refused("--db and --server name two registers: give one");
        return ServerAddress.parse(server, System.getProperty("user.name"));
    }

    /**
     * The file password: REFORMDESK_PASSWORD when set (a new database is then created protected with it), else a
     * prompt when the database is protected; null for an unprotected one.
     */
    char[] password() {
        if (System.getenv(PASSWORD_VARIABLE) == null && !Database.isEncrypted(folder())) return null;
        return secret(true, "the database in " + folder() + " is protected with a password",
                "Password of the database in " + folder() + ": ");
    }

    /**
     * The variable when set, else a prompt at the console; without a console, null (a server login without one:
     * trust or a .pgpass file) or, when {@code required}, refused in words.
     */
    private static char[] secret(boolean required, String why, String prompt) {
        String env = System.getenv(PASSWORD_VARIABLE);
        if (env != null && !env.isEmpty()) return env.toCharArray();
        Console console = System.console();
        if (console == null) {
            if (!required) return null;
            throw new Refused(why + ": set the " + PASSWORD_VARIABLE + " environment variable, or run the command"
                    + " in a terminal to be asked");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (required && (typed == null || typed.length == 0)) throw new Refused("no password given");
        return typed;
    }

    /** Opens (creating if need be) the database, migrating it: the folder's H2 file, or the server. */
    public Database database() {
        if (!onServer()) return Database.open(folder(), password());
        ServerAddress address = address();
        return Database.connect(address, serverPassword(address));
    }

    /** A server login's password: REFORMDESK_PASSWORD, else asked at the console; null without either. */
    static char[] serverPassword(ServerAddress address) {
        return secret(false, null, "Password of " + address.user() + " on " + address.host() + ": ");
    }

    /** Opens the database and the context around it. */
    public AppContext open() { return new AppContext(database(), UserPreferences.load(db)); }

    /** For read commands, before anything opens: refuses a folder that holds no database instead of creating one. */
    public void requireDatabase() {
        if (!onServer() && !Database.exists(folder())) {
            throw new Refused("there is no ReformDesk database in " + folder().toAbsolutePath()
                    + " (check --db)");
        }
    }

    /** Refuses an output file that is a database file, or lies in the database folder (it would be overwritten or mixed in). */
    public void refuseOutput(Path file) {
        if (file == null) return;
        Path out = real(file.toAbsolutePath().normalize());
        if (out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mv.db")) {
            throw new Refused(file + ": an output file may not be a database file; choose another name");
        }
        if (onServer()) return;
        Path folder = real(folder().toAbsolutePath().normalize());
        if (out.startsWith(folder)) {
            throw new Refused(file + ": the output file would be written into the database folder " + folder
                    + "; choose a file outside it");
        }
    }

    /** The path with its existing part resolved (symbolic links), so a link into the database folder is seen. */
    private static Path real(Path p) {
        Path existing = p;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return p;
        try {
            Path r = existing.toRealPath();
            return rest == null ? r : r.resolve(rest);
        } catch (java.io.IOException e) {
            return p;
        }
    }
}
