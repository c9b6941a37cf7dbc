package vn.reformdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.reformdesk.cli.bench.Bench;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ServerAddress;

/**
 * {@code reformdesk bench [--dossiers N] [--units N | --province] [--db DIR | --server URL]}: speed and memory on a
 * synthetic register; {@code bench --after-start [--bare | --no-warmup] --db DIR}: the first imports after a start on
 * the register an earlier run left in DIR.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates a deterministic synthetic register into a throw-away database and measures import,"
                + " due dates and statuses, the overdue board, period counters and export, each beside the same work"
                + " done bare (the floor), with peak heap.")
public final class BenchCommand implements Callable<Integer> {
    /** The seed province (domain.md): 20 departments and 75 communes and wards. */
    static final int PROVINCE_UNITS = 95;
    /** A province's register over the bench's three years: the 20 units × 100,000 dossiers. */
    static final int PROVINCE_DOSSIERS = 2_000_000;

    @Spec
    CommandSpec spec;
    @Option(names = "--dossiers", paramLabel = "N", description = "Dossiers to generate (default 100,000; "
            + "2,000,000 with --province)")
    Integer dossiers;
    @Option(names = "--units", paramLabel = "N", defaultValue = "1", description = "Units whose registers the dossiers"
            + " make up together (their codes carry the unit; default ${DEFAULT-VALUE})")
    int units;
    @Option(names = "--province", description = "A province's register: " + PROVINCE_UNITS + " units (20 departments,"
            + " 75 communes and wards), 2,000,000 dossiers unless --dossiers says otherwise")
    boolean province;
    @Option(names = "--db", paramLabel = "DIR", description = "Work folder (default: a temporary folder, deleted afterwards)")
    Path db;
    @Option(names = "--server", paramLabel = "URL", description = "Measure on a PostgreSQL server instead of H2:"
            + " postgresql://user@host:5432/database. The bench works in a throw-away schema of that database (the"
            + " login must be allowed to create one) and drops it afterwards. The password is read from "
            + DbOption.PASSWORD_VARIABLE + ", else asked at the console; never given on the command line.")
    String server;
    @Option(names = "--after-start", description = "On the register an earlier bench left in --db DIR: what the app"
            + " does at start, then three imports of 1,000 new dossiers, each timed (run it in a JVM of its own, with"
            + " the app's options: java -XX:TieredStopAtLevel=1 -jar …)")
    boolean afterStart;
    @Option(names = "--bare", description = "With --after-start: the three imports as bare batches into the register"
            + " (the engine alone; their rows deleted after each)")
    boolean bare;
    @Option(names = "--no-warmup", description = "With --after-start: without the rehearsed import the app's start does"
            + " (the first import then waits for the code to be compiled, as before the app rehearsed it)")
    boolean noWarmup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (afterStart || bare || noWarmup) return afterStart(out);
        int n = dossiers != null ? dossiers : province ? PROVINCE_DOSSIERS : 100_000;
        int unitCount = province ? PROVINCE_UNITS : units;
        if (n < 1 || n > 20_000_000) {
            spec.commandLine().getErr().println("--dossiers must be between 1 and 20,000,000");
            return 2;
        }
        if (unitCount < 1 || unitCount > 1_000) {
            spec.commandLine().getErr().println("--units must be between 1 and 1,000");
            return 2;
        }
        if (db != null && Files.exists(db.resolve("db"))) {
            spec.commandLine().getErr().println(db + " already holds a database; the bench needs a throw-away folder");
            return 2;
        }
        Function<Path, Database> open;
        if (server != null) {
            ServerAddress address;
            try {
                address = ServerAddress.parse(server, System.getProperty("user.name"));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            char[] password = DbOption.serverPassword(address);
            open = work -> Database.connectThrowAway(address, password);
        } else {
            open = work -> Database.open(work.resolve("db"));
        }
        Path work = db != null ? db : Files.createTempDirectory("reformdesk-bench");
        try {
            Bench bench = new Bench(work, n, unitCount, out, open);
            var steps = bench.run();
            out.println();
            out.print(Bench.table(steps, n));
            for (String note : bench.notes()) out.println(note);
            out.flush();
            return 0;
        } finally {
            if (db == null) Bench.deleteTree(work);
        }
    }

    private Integer afterStart(PrintWriter out) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!afterStart) {
            err.println((bare ? "--bare" : "--no-warmup") + " goes with --after-start");
            return 2;
        }
        if (server != null || dossiers != null || province || units != 1) {
            err.println("--after-start takes only --db DIR (an H2 register an earlier bench left there), --bare and"
                    + " --no-warmup");
            return 2;
        }
        if (db == null || !Database.exists(db.resolve("db"))) {
            err.println("--after-start needs --db DIR holding the register of an earlier bench --db DIR");
            return 2;
        }
        Bench.AfterStart measured;
        try {
            measured = new Bench(db, 0, out).runAfterStart(bare, !bare && !noWarmup);
        } catch (Bench.NotABenchRegister e) {
            err.println(e.getMessage());
            return 2;
        }
        out.println();
        out.print(Bench.table(measured.steps(), (int) measured.registerSize()));
        out.flush();
        return 0;
    }
}
