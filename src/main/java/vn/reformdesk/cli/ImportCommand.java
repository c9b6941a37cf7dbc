package vn.reformdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.io.mapping.ColumnMapping;
import vn.reformdesk.io.mapping.MappingStore;
import vn.reformdesk.service.AppContext;

/** {@code reformdesk import KIND FILE [--db DIR] [--skip-invalid] [--mapping NAME]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a CSV or .xlsx file (calendar also .ics) into the register, all or nothing.",
            "Every problem is printed on stderr as FILE:LINE: column NAME: what is wrong (value); the summary on stdout.",
            "Exit status: 0 done, 2 invalid file or arguments (nothing written), 1 other failure."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "What the file holds: ${COMPLETION-CANDIDATES}")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import (.csv, .xlsx; calendar also .ics)")
    Path file;

    @Option(names = "--skip-invalid",
            description = "Import the valid rows and write the invalid ones to NAME.rejects.csv next to FILE")
    boolean skipInvalid;

    @Option(names = "--replace-years",
            description = "calendar only: each year the file has a day in holds exactly the file's days of it "
                    + "(its default days off and earlier entries no longer count); without it the days add to the defaults")
    boolean replaceYears;

    @Option(names = "--mapping", paramLabel = "NAME",
            description = "Read FILE through a column mapping saved on the import screen (dossiers, procedures): "
                    + "its heading row below title rows, its headings and its words")
    String mapping;

    /** The kinds, for help and completion. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ImportKind.values()).map(ImportKind::code).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportKind k;
        try {
            k = ImportKind.fromCode(kind);
        } catch (IllegalArgumentException e) {
            err.println("reformdesk import: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (replaceYears) {
            if (k != ImportKind.CALENDAR && k != ImportKind.CALENDAR_YEARS) {
                err.println("reformdesk import: --replace-years applies to calendar files only");
                err.flush();
                return 2;
            }
            k = ImportKind.CALENDAR_YEARS;
        }
        if (!Files.isRegularFile(file)) {
            err.println(file + ": file not found");
            err.flush();
            return 2;
        }
        try (AppContext app = dbOption.open()) {
            ColumnMapping m = null;
            if (mapping != null) {
                MappingStore store = new MappingStore(app.preferences().folder().resolve("mappings"));
                try {
                    m = store.load(mapping).orElse(null);
                } catch (IllegalArgumentException e) { // a hand-edited or foreign file in the mappings folder
                    err.println("reformdesk import: the mapping '" + mapping + "' cannot be read: " + e.getMessage());
                    err.flush();
                    return 2;
                }
                if (m == null || !m.kind().equals(k.code())) {
                    err.println("reformdesk import: no saved " + k.code() + " mapping named '" + mapping + "' (saved: "
                            + String.join(", ", store.all().stream().map(x -> x.name() + " (" + x.kind() + ")").toList())
                            + "; mappings are saved by the import screen in " + store.folder() + ")");
                    err.flush();
                    return 2;
                }
            }
            ImportReport report = Importer.run(app.database(), k, file, skipInvalid, m, null, null);
            for (String line : report.problemLines()) err.println(line); // at most 1,000, then "… and N more problems"
            if (report.rejectFile() != null) err.println("rejected rows written to " + report.rejectFile());
            err.flush();
            out.println(report.summary());
            out.flush();
            return report.ok() ? 0 : 2;
        } catch (RuntimeException | java.io.IOException e) {
            err.println("reformdesk import: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
