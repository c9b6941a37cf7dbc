package vn.reformdesk.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.AppPaths;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ServerAddress;

/** The {@code --db DIR} or {@code --server URL} option shared by every command (a picocli mixin). */
public final class DbOption {
    /** Where the password of a server login is read from (never the command line: shell history, process list). */
    public static final String PASSWORD_VARIABLE = "REFORMDESK_PASSWORD";

    @Option(names = "--db", paramLabel = "DIR", description = "Database folder (default: the user's data folder)")
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
        if (db != null) throw new IllegalArgumentException("--db and --server name two registers: give one");
        return ServerAddress.parse(server, System.getProperty("user.name"));
    }

    /** Opens the database (migrating it) and the context around it. */
    public AppContext open() { return new AppContext(openDatabase(), UserPreferences.load()); }

    /** Opens the database alone: the folder's H2 file, or the server with the login's password. */
    public Database openDatabase() {
        if (!onServer()) return Database.open(folder());
        ServerAddress address = address();
        return Database.connect(address, password(address));
    }

    private static char[] password(ServerAddress address) {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) return fromEnvironment.toCharArray();
        java.io.Console console = System.console();
        if (console == null) return null; // a login without a password (trust or a .pgpass file on the server)
        return console.readPassword("Password of %s on %s: ", address.user(), address.host());
    }
}
