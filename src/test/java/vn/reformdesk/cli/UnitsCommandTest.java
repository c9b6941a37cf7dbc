package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.cli.SampleAndReportCommandTest.Run;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.io.sample.SampleProvince;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.service.UnitComparison;
import vn.reformdesk.store.Database;

/**
 * {@code sample --province} and {@code report --units} on a real database: the seed articles' averages, counts above
 * the average and first units through the CLI's JSON, and the computed rankings equal to each unit's own dashboard
 * figures.
 */
class UnitsCommandTest {
    @TempDir
    static Path dir;
    static Path db;
    static Run loaded;

    record Row(String code, String name, Double score, Integer rank) {}

    static Run run(String... args) { return SampleAndReportCommandTest.run(args); }

    @BeforeAll
    static void load() {
        db = dir.resolve("province");
        loaded = run("sample", "--province", "--db", db.toString());
    }

    static final Pattern UNIT = Pattern.compile("\"code\": \"([^\"]+)\",\\s*\"name\": \"([^\"]+)\",\\s*\"kind\": \"[a-z]+\","
            + "\\s*\"score\": ([^,]+),\\s*\"target\": [^,]+,\\s*\"rank\": ([0-9]+|null)");

    static List<Row> rows(String json) {
        List<Row> out = new ArrayList<>();
        Matcher m = UNIT.matcher(json);
        while (m.find()) {
            out.add(new Row(m.group(1), m.group(2), m.group(3).equals("null") ? null : Double.valueOf(m.group(3)),
                    m.group(4).equals("null") ? null : Integer.valueOf(m.group(4))));
        }
        return out;
    }

    static Run units(String... more) {
        List<String> args = new ArrayList<>(List.of("report", "--units", "--period", "2024", "--db", db.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void loadsTheProvinceOnceAndSaysItsDate() {
        assertThat(loaded.code()).as(loaded.err()).isZero();
        String[] lines = loaded.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).isEqualTo("as-of: 2024-12-20");
        Run again = run("sample", "--province", "--db", db.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void departmentsPar() {
        Run r = units("--kind", "department", "--framework", "par", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"framework\": \"par\"", "\"kind\": \"department\"", "\"average\": 89.05,",
                "\"above_average\": 9,");
        List<Row> rows = rows(r.out());
        assertThat(rows).hasSize(20);
        assertThat(rows.get(0)).isEqualTo(new Row("000.00.05.H15", "Sở Giao thông vận tải", 96.76, 1));
        // the defaults are departments and PAR
        assertThat(units().out()).isEqualTo(r.out());
    }

    @Test
    void departmentsSipas() {
        List<Row> rows = rows(units("--framework", "sipas").out());
        assertThat(units("--framework", "sipas").out()).contains("\"average\": 94.97,");
        assertThat(rows.stream().filter(x -> x.score() >= 90)).hasSize(19);
        assertThat(rows.get(0).name()).isEqualTo("Ban Dân tộc");
        assertThat(rows.get(0).score()).isEqualTo(98.49);
    }

    @Test
    void districtsPar() {
        Run r = units("--kind", "district");
        assertThat(r.out()).contains("\"average\": 87.82,");
        assertThat(rows(r.out()).get(0)).isEqualTo(new Row("000.31.00.H15", "Thành phố Sơn La", 91.34, 1));
    }

    @Test
    void computedPointsEqualEachCommunesOwnDashboardFigures() {
        Run r = units("--kind", "commune", "--framework", "computed");
        assertThat(r.code()).as(r.err()).isZero();
        List<Row> rows = rows(r.out());
        assertThat(rows).hasSize(75);
        Period year = Period.year(2024);
        LocalDate today = SampleProvince.AS_OF;
        try (Database d = Database.open(db)) {
            RegisterService register = new RegisterService(d);
            double sum = 0;
            java.util.Map<String, ServiceRates> dashboards = new java.util.HashMap<>();
            for (Row row : rows) {
                // the unit's dashboard: its stored period figures, as the dashboard narrowed to that unit reads them
                RegisterService.DashboardFigures f = register.dashboardFigures(UnitScope.of(row.code()), year, today);
                ServiceRates own = ServiceRates.of(year, year.reportAsOf(today), f.current(), f.procedures());
                dashboards.put(row.code(), own);
                Double points = UnitComparison.computedPoints(own);
                assertThat(row.score()).as(row.name()).isCloseTo(Math.round(points * 100) / 100.0, within(1e-9));
                sum += points;
            }
            assertThat(r.out()).contains("\"average\": " + Math.round(sum / rows.size() * 100) / 100.0 + ",");
            for (UnitMeasure m : List.of(UnitMeasure.ON_TIME_RATE, UnitMeasure.OVERDUE, UnitMeasure.ONLINE_RATE,
                    UnitMeasure.DIGITISED_RATE)) {
                UnitRanking ranking = UnitComparison.rank(register, d, year, today, UnitKind.COMMUNE, m);
                assertThat(ranking.ranked()).hasSize(75);
                for (UnitRanking.Entry e : ranking.entries()) {
                    ServiceRates own = dashboards.get(e.unit().code());
                    double expected = m == UnitMeasure.OVERDUE ? own.overdue() : own.rate(m.code()).value();
                    assertThat(e.value()).as(m + " " + e.unit().name()).isEqualTo(expected);
                }
            }
            // the communes' targets: on time ≥ 95 % for each
            UnitRanking onTime = UnitComparison.rank(register, d, year, today, UnitKind.COMMUNE, UnitMeasure.ON_TIME_RATE);
            assertThat(onTime.withTarget()).isEqualTo(75);
        }
    }

    @Test
    void xlsxAndPdfFilesAndBadArguments() throws Exception {
        Path xlsx = dir.resolve("u.xlsx");
        assertThat(units("--format", "xlsx", "--out", xlsx.toString()).code()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        Path pdf = dir.resolve("u.pdf");
        assertThat(units("--format", "pdf", "--out", pdf.toString(), "--lang", "en").code()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(units("--kind", "village").code()).isEqualTo(2);
        assertThat(units("--framework", "bogus").code()).isEqualTo(2);
        assertThat(units("--format", "png").code()).isEqualTo(2);
        assertThat(run("report", "--units", "--period", "2024-Q7", "--db", db.toString()).code()).isEqualTo(2);
        assertThat(run("report", "--period", "2024", "--framework", "par", "--db", db.toString()).code()).isEqualTo(2);
        assertThat(run("report", "--units", "--period", "2024", "--db", dir.resolve("none").toString()).code())
                .isEqualTo(2);
    }
}
