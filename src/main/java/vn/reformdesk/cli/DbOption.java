package vn.reformdesk.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.AppPaths;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;

/** The {@code --db DIR} option shared by every command (a picocli mixin). */
public final class DbOption {
    @Option(names = "--db", paramLabel = "DIR", description = "Database folder (default: the user's data folder)")
    Path db;

    public Path folder() { return db != null ? db : AppPaths.defaultDatabase(); }

    /** Opens the database (migrating it) and the context around it. */
    public AppContext open() { return new AppContext(Database.open(folder()), UserPreferences.load(db)); }
}
