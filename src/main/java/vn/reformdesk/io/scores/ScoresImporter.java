package vn.reformdesk.io.scores;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.PeriodText;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ScoreCheck;
import vn.reformdesk.domain.index.ScoreIssue;
import vn.reformdesk.domain.index.SumWarning;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.ProblemList;
import vn.reformdesk.io.table.TableReader;
import vn.reformdesk.io.table.TableRow;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DatabaseException;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.Transactions;

/**
 * Imports scores.csv (formats.md): framework, period, component, score, self_score, target, rank, of_units. Rows are
 * keyed by (framework, period, component); all or nothing unless skip-invalid, every problem reported with its line
 * and column. A column absent from the header keeps what the database has; a column present with an empty cell clears
 * the value (empty = unknown).
 */
public final class ScoresImporter {
    public static final List<String> REQUIRED = List.of("framework", "period", "component");
    public static final List<String> COLUMNS = List.of("framework", "period", "component", "score", "self_score", "target",
            "rank", "of_units");

    private ScoresImporter() {}

    /** Runs the import; a file that cannot be read as a table at all throws (TableFormatException). */
    public static ScoresImportReport run(Database db, Path file, boolean skipInvalid) throws IOException {
        FrameworkRepository frameworks = new FrameworkRepository(db);
        ScoreRepository scores = new ScoreRepository(db);
        frameworks.installTemplatesIfMissing();
        String name = file.getFileName().toString();

        List<TableRow> rows = new ArrayList<>();
        List<String> header = TableReader.read(file, rows::add);
        ProblemList problems = new ProblemList();
        for (String col : REQUIRED) {
            if (!header.contains(col)) problems.add(new ImportProblem(name, 1, col, "required column missing", null));
        }
        // as the other kinds (TableImport): a header alone is a mistake worth telling, not "0 added"
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(name, 2, null, "the file has a header but no data rows", null));
        }
        if (!problems.isEmpty()) {
            return new ScoresImportReport(false, 0, 0, 0, rows.size(), problems.kept(), List.of(), null, problems.more());
        }
        Set<String> present = new HashSet<>(header);

        Map<String, Optional<Framework>> fwCache = new HashMap<>();
        Map<String, FrameworkVersion> versionCache = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<Parsed> valid = new ArrayList<>();
        List<TableRow> invalid = new ArrayList<>();
        Map<TableRow, List<ImportProblem>> rowProblems = new LinkedHashMap<>();
        try (Connection c = db.connection()) {
            for (TableRow row : rows) {
                List<ImportProblem> p = new ArrayList<>(row.problems()); // a filled cell beyond the header
                Parsed parsed = p.isEmpty() ? parse(c, name, row, present, frameworks, scores, fwCache, versionCache, p)
                        : null;
                if (parsed != null && p.isEmpty()) {
                    String key = parsed.framework.code() + "|" + parsed.score.period() + "|" + parsed.score.component();
                    Long first = seen.putIfAbsent(key, row.line());
                    if (first != null) {
                        p.add(new ImportProblem(name, row.line(), "component", "the same framework, period and component is"
                                + " already on line " + first, parsed.score.component()));
                    }
                }
                if (p.isEmpty()) {
                    valid.add(parsed);
                } else {
                    invalid.add(row);
                    rowProblems.put(row, p);
                    problems.addAll(p);
                }
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
        if (!problems.isEmpty() && !skipInvalid) {
            return new ScoresImportReport(false, 0, 0, 0, invalid.size(), problems.kept(), List.of(), null, problems.more());
        }
        int[] counts = new int[3];
        Set<String> periodsTouched = new LinkedHashSet<>();
        Transactions.inTransactionKeepingFigures(db, c -> {
            for (Parsed p : valid) {
                FrameworkVersion v = scores.versionFor(c, p.framework, p.score.period());
                Score merged = merge(scores.findOne(c, p.framework.id(), p.score.period(), p.score.component()), p.score, present);
                switch (scores.upsert(c, p.framework, v, merged)) {
                    case ADDED -> counts[0]++;
                    case UPDATED -> counts[1]++;
                    case UNCHANGED -> counts[2]++;
                }
                periodsTouched.add(p.framework.code() + "|" + p.score.period());
            }
            return null;
        });
        List<String> warnings = new ArrayList<>();
        for (String fp : periodsTouched) {
            String[] parts = fp.split("\\|");
            Framework f = fwCache.get(parts[0]).orElseThrow();
            for (SumWarning w : ScoreCheck.sums(scores.find(parts[0], parts[1]), scores.versionFor(parts[0], parts[1]), f.aggregation())) {
                warnings.add(parts[0] + " " + parts[1] + ": " + w);
            }
        }
        Path rejectFile = invalid.isEmpty() ? null : writeRejects(file, header, invalid, rowProblems);
        return new ScoresImportReport(true, counts[0], counts[1], counts[2], invalid.size(), problems.kept(), warnings,
                rejectFile, problems.more());
    }

    /**
     * The command-line contract in one call, for {@code reformdesk import scores FILE [--skip-invalid]}: prints the
     * problems on {@code err} and the summary and warnings on {@code out}; returns the exit status (0 done, 2 invalid
     * input and nothing written, 1 other failure).
     */
    public static int runCli(Database db, Path file, boolean skipInvalid, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return 2;
        }
        try {
            ScoresImportReport r = run(db, file, skipInvalid);
            r.problems().forEach(err::println);
            if (r.moreProblems() > 0) err.println(ProblemList.moreLine(r.moreProblems()));
            if (!r.written()) {
                err.println("nothing imported: " + (r.problems().size() + r.moreProblems()) + " problem(s)");
                return 2;
            }
            out.println(r.summary());
            r.warnings().forEach(w -> out.println("warning: " + w));
            if (r.rejectFile() != null) out.println("rejected rows written to " + r.rejectFile());
            return 0;
        } catch (vn.reformdesk.io.table.TableFormatException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("import failed: " + e.getMessage());
            return 1;
        }
    }

    private record Parsed(Framework framework, Score score) {}

    private static Parsed parse(Connection c, String file, TableRow row, Set<String> present, FrameworkRepository frameworks,
                                ScoreRepository scores, Map<String, Optional<Framework>> fwCache,
                                Map<String, FrameworkVersion> versionCache, List<ImportProblem> p) throws SQLException {
        long line = row.line();
        String fwCode = row.get("framework");
        String periodText = row.get("period");
        String component = row.get("component");
        Framework f = null;
        if (fwCode == null) {
            p.add(new ImportProblem(file, line, "framework", "required", null));
        } else {
            String key = fwCode.toLowerCase(java.util.Locale.ROOT);
            Optional<Framework> found = fwCache.get(key);
            if (found == null) {
                found = frameworks.find(c, key);
                fwCache.put(key, found);
            }
            if (found.isEmpty()) p.add(new ImportProblem(file, line, "framework", "no such framework (par, sipas, service766 or"
                    + " a framework made in the app)", fwCode));
            else f = found.get();
        }
        String period = null;
        if (periodText == null) p.add(new ImportProblem(file, line, "period", "required", null));
        else if (!PeriodText.isValid(periodText)) {
            p.add(new ImportProblem(file, line, "period", "not a period (use 2024, 2024-Q3 or 2024-09)", periodText));
        } else period = PeriodText.normalise(periodText);
        if (component == null) p.add(new ImportProblem(file, line, "component", "required", null));

        Double score = decimal(file, row, "score", p);
        Double self = decimal(file, row, "self_score", p);
        Double target = decimal(file, row, "target", p);
        Integer rank = whole(file, row, "rank", p);
        Integer ofUnits = whole(file, row, "of_units", p);
        if (f == null || period == null || component == null) return null;

        String vKey = f.code() + "|" + period;
        FrameworkVersion v = versionCache.get(vKey);
        if (v == null) {
            v = scores.versionFor(c, f, period);
            versionCache.put(vKey, v);
        }
        String comp = component.equalsIgnoreCase(Component.TOTAL) ? Component.TOTAL : component;
        if (!comp.equals(Component.TOTAL) && v.find(comp).isEmpty()) {
            p.add(new ImportProblem(file, line, "component", "no such component in " + f.code() + " (version " + v.number()
                    + "); use a component code or total", component));
            return null;
        }
        Double max = v.maxOf(comp, f.unit(), f.aggregation()).orElse(null);
        checkValue(file, line, "score", comp, score, max, f, p);
        checkValue(file, line, "self_score", comp, self, max, f, p);
        checkValue(file, line, "target", comp, target, max, f, p);
        ScoreCheck.rank(comp, rank, ofUnits).ifPresent(issue -> p.add(new ImportProblem(file, line,
                issue.kind() == ScoreIssue.Kind.UNITS_BELOW_ONE ? "of_units" : "rank", issue.message(),
                issue.kind() == ScoreIssue.Kind.UNITS_BELOW_ONE ? row.get("of_units") : row.get("rank"))));
        return new Parsed(f, new Score(f.code(), period, comp, score, self, target, null, rank, ofUnits, null));
    }

    private static void checkValue(String file, long line, String column, String comp, Double value, Double max, Framework f,
                                   List<ImportProblem> p) {
        ScoreCheck.value(comp, value, max, f.unit()).ifPresent(issue ->
                p.add(new ImportProblem(file, line, column, issue.message(), ScoreCheck.plain(value))));
    }

    private static Double decimal(String file, TableRow row, String column, List<ImportProblem> p) {
        String v = row.get(column);
        if (v == null) return null;
        try {
            return Values.decimal(v.replace("%", ""));
        } catch (IllegalArgumentException e) {
            p.add(new ImportProblem(file, row.line(), column, e.getMessage(), v));
            return null;
        }
    }

    private static Integer whole(String file, TableRow row, String column, List<ImportProblem> p) {
        String v = row.get(column);
        if (v == null) return null;
        try {
            return Values.nonNegativeInt(v);
        } catch (IllegalArgumentException e) {
            p.add(new ImportProblem(file, row.line(), column, e.getMessage(), v));
            return null;
        }
    }

    /** Columns missing from the file keep the stored values; the direction and note always stay. */
    private static Score merge(Optional<Score> existing, Score in, Set<String> present) {
        if (existing.isEmpty()) return in;
        Score e = existing.get();
        return new Score(in.framework(), in.period(), in.component(),
                present.contains("score") ? in.official() : e.official(),
                present.contains("self_score") ? in.self() : e.self(),
                present.contains("target") ? in.target() : e.target(),
                e.direction(),
                present.contains("rank") ? in.rank() : e.rank(),
                present.contains("of_units") ? in.ofUnits() : e.ofUnits(),
                e.note());
    }

    private static Path writeRejects(Path file, List<String> header, List<TableRow> invalid,
                                     Map<TableRow, List<ImportProblem>> problems) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.(csv|xlsx)$", "");
        Path out = file.resolveSibling(base + ".rejected.csv");
        List<String> cols = new ArrayList<>(header);
        cols.add("problem");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\uFEFF');
            printer.printRecord(cols);
            for (TableRow row : invalid) {
                List<String> values = new ArrayList<>();
                for (String h : header) values.add(row.raw(h) == null ? "" : row.raw(h));
                values.add(String.join("; ", problems.get(row).stream().map(ImportProblem::toString).toList()));
                printer.printRecord(values);
            }
        }
        return out;
    }
}
