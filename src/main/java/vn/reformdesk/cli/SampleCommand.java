package vn.reformdesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.service.AppContext;

/** {@code reformdesk sample [--db DIR]}: loads the sample department into an empty database. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Loads the sample department (a provincial Department of Industry and Trade: 152 procedures,"
                + " the dossiers of 2024) into an empty database.",
                "Refuses (exit 2) a database that already has procedures or dossiers.",
                "The last line printed is the date the sample's figures hold on: as-of: yyyy-MM-dd"})
public final class SampleCommand implements Callable<Integer> {
    @Mixin
    DbOption dbOption;

    @picocli.CommandLine.Option(names = "--province", description = "A sample province instead: its departments,"
            + " districts and communes and wards as units, their 2024 scores and the communes' registers")
    boolean province;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (province) return province(out, err);
        try (AppContext ctx = dbOption.open()) {
            long t0 = System.nanoTime();
            SampleLoader.Result r;
            try {
                r = SampleLoader.load(ctx.database(), SampleLoader.Progress.NONE);
            } catch (SampleLoader.NotEmptyException e) {
                err.println("sample: " + e.getMessage() + " in " + dbOption.where()
                        + "; the sample loads only into an empty database (use --db with a new folder)");
                err.flush();
                return 2;
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            ServiceRates s = r.summary();
            out.println("Loaded " + SampleDepartment.UNIT_NAME + " (" + SampleDepartment.UNIT_CODE + ") into "
                    + dbOption.where());
            out.printf(Locale.ROOT, "procedures: %d; calendar days: %d (official 2024, preset 2025)%n", r.procedures(),
                    r.calendarDays());
            out.printf(Locale.ROOT, "dossiers: %d received in %d up to %s, %d online, %d direct, %d postal%n",
                    s.received(), r.asOf().getYear(), r.asOf(), s.channel(Channel.ONLINE), s.channel(Channel.DIRECT),
                    s.channel(Channel.POSTAL));
            out.printf(Locale.ROOT, "status: %d resolved early or on time, %d in process (not yet due), %d paused,"
                    + " %d overdue, %d late%n", s.early() + s.onTime(), s.pending(), s.paused(), s.overdue(), s.late());
            out.printf(Locale.ROOT, "time: %d ms (generated in %d ms, saved in %d ms in one transaction)%n", millis,
                    r.generateMillis(), r.saveMillis());
            out.println("as-of: " + r.asOf());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("sample: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private int province(PrintWriter out, PrintWriter err) {
        try (AppContext ctx = dbOption.open()) {
            vn.reformdesk.io.sample.SampleProvinceLoader.Result r;
            try {
                r = vn.reformdesk.io.sample.SampleProvinceLoader.load(ctx.database());
            } catch (SampleLoader.NotEmptyException e) {
                err.println("sample: " + e.getMessage() + " in " + dbOption.where()
                        + "; the sample loads only into an empty database (use --db with a new folder)");
                err.flush();
                return 2;
            }
            out.println("Loaded " + vn.reformdesk.io.sample.SampleProvince.NAME + " ("
                    + vn.reformdesk.io.sample.SampleProvince.CODE + ") into " + dbOption.where());
            out.printf(Locale.ROOT, "units: %d (20 departments, 12 districts, 75 communes and wards); scores: %d%n",
                    r.units() - 1, r.scores());
            out.printf(Locale.ROOT, "communes' registers: %d procedures, %d dossiers (illustrative)%n", r.procedures(),
                    r.dossiers());
            out.printf(Locale.ROOT, "time: %d ms%n", r.millis());
            out.println("as-of: " + vn.reformdesk.io.sample.SampleProvince.AS_OF);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("sample: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
