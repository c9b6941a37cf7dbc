package vn.reformdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.reformdesk.cli.bench.Bench;

/** {@code reformdesk bench [--dossiers N] [--db DIR]}: speed and memory on a synthetic register. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates a deterministic synthetic register into a throw-away database and measures import,"
                + " due dates and statuses, the overdue board, period counters and export, each beside the same work"
                + " done bare (the floor), with peak heap.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--dossiers", paramLabel = "N", defaultValue = "100000", description = "Dossiers to generate (default ${DEFAULT-VALUE})")
    int dossiers;
    @Option(names = "--db", paramLabel = "DIR", description = "Work folder (default: a temporary folder, deleted afterwards)")
    Path db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (dossiers < 1 || dossiers > 20_000_000) {
            spec.commandLine().getErr().println("--dossiers must be between 1 and 20,000,000");
            return 2;
        }
        if (db != null && Files.exists(db.resolve("db"))) {
            spec.commandLine().getErr().println(db + " already holds a database; the bench needs a throw-away folder");
            return 2;
        }
        Path work = db != null ? db : Files.createTempDirectory("reformdesk-bench");
        try {
            var steps = new Bench(work, dossiers, out).run();
            out.println();
            out.print(Bench.table(steps, dossiers));
            out.flush();
            return 0;
        } finally {
            if (db == null) {
                try (var walk = Files.walk(work)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
