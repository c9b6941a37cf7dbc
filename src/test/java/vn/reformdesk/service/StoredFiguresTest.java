package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.Importer;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.service.PeriodTallies.Source;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.TallyRepository;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/**
 * The stored figures kept up to date write by write: after random saves, deletions, imports and calendar edits, every
 * stored figure (each period's tallies and the open dossiers' due dates, by unit) equals a recount from the dossiers;
 * a dossier write leaves them current, a calendar edit leaves them behind to be counted again.
 */
class StoredFiguresTest {
    @TempDir
    Path dir;

    private static final LocalDate TODAY = SampleDepartment.AS_OF; // Friday 20/12/2024
    /** '' keeps a dossier in its stored unit (a new one goes to the home unit); the others are communes. */
    private static final List<String> UNITS = List.of("", "UBND-A", "UBND-B");

    @BothEngines
    void everyStoredFigureEqualsARecountAfterRandomWritesDeletesImportsAndCalendarEdits(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            TallyRepository store = new TallyRepository(app.database());
            List<String> procedures = reg.procedures().findAll().stream().map(Procedure::code).toList();
            Random rnd = new Random(18);
            storeFigures(reg);
            // one unit, the home unit: the dashboard's 6 and the 12 months of 2024's rates
            assertThat(currentFigures(app.database(), store.dataVersion())).hasSize(18);
            assertCurrentFiguresEqualARecount(app.database(), reg);
            assertRatesByMonthsEqualARecount(reg, rnd);

            int imports = 0, calendarEdits = 0;
            for (int step = 0; step < 16; step++) {
                List<Dossier> all = reg.dossiers().findAll();
                Set<String> current = currentFigures(app.database(), store.dataVersion());
                int op = step == 3 ? 7 : step == 4 ? 8 : step == 5 ? 9 : rnd.nextInt(10);
                switch (op) {
                    case 0, 1, 2, 3 -> reg.dossiers().save(edited(all.get(rnd.nextInt(all.size())), rnd, procedures));
                    case 4, 5 -> reg.dossiers().save(edited(Dossier.received("NEW-" + step,
                            procedures.get(rnd.nextInt(procedures.size())), "Lê Văn " + step, Channel.ONLINE,
                            day(rnd).atTime(9 + rnd.nextInt(8), 15)), rnd, procedures));
                    case 6 -> reg.dossiers().delete(all.get(rnd.nextInt(all.size())).code());
                    case 7 -> {
                        Path csv = dir.resolve("import-" + step + ".csv");
                        StringBuilder rows = new StringBuilder(HEADER).append('\n');
                        for (int i = 0; i < 30; i++) {
                            String code = i % 3 == 0 ? all.get(rnd.nextInt(all.size())).code() : "IMP-" + step + "-" + i;
                            rows.append(csvRow(code, procedures.get(rnd.nextInt(procedures.size())), rnd)).append('\n');
                        }
                        Files.writeString(csv, rows, StandardCharsets.UTF_8);
                        var report = Importer.run(app.database(), ImportKind.DOSSIERS, csv, false);
                        assertThat(report.written()).as("import %s: %s", step, report.problems()).isTrue();
                        imports++;
                    }
                    case 8 -> {
                        // an import writes chunk by chunk in one transaction: each chunk carries the figures on
                        List<Dossier> first = new ArrayList<>(), second = new ArrayList<>();
                        Set<String> codes = new TreeSet<>();
                        for (int i = 0; i < 6; i++) {
                            Dossier d = all.get(rnd.nextInt(all.size()));
                            if (codes.add(d.code())) (i % 2 == 0 ? first : second).add(edited(d, rnd, procedures));
                        }
                        first.add(edited(Dossier.received("CHUNK-" + step, procedures.get(0), "Đỗ Văn " + step,
                                Channel.POSTAL, day(rnd).atTime(14, 0)), rnd, procedures));
                        vn.reformdesk.store.Transactions.inTransaction(app.database(), c -> {
                            reg.dossiers().saveAll(c, first);
                            reg.dossiers().saveAll(c, second);
                            return null;
                        });
                    }
                    default -> {
                        // a calendar edit changes due dates: the figures are left behind and counted again when asked
                        reg.calendar().save(CalendarDay.holiday(day(rnd), "Nghỉ bù " + step));
                        assertThat(currentFigures(app.database(), store.dataVersion())).as("after a calendar edit").isEmpty();
                        assertRatesByMonthsEqualARecount(reg, rnd); // counted again, months stored again
                        storeFigures(reg);
                        assertTheBoardEqualsACount(app.database(), reg, step);
                        calendarEdits++;
                        continue;
                    }
                }
                // a write of dossiers carries every current figure on: still current, and equal to a recount
                // (and a month made only of the written dossiers, a unit's first there, gets its settled tally)
                Set<String> now = currentFigures(app.database(), store.dataVersion());
                assertThat(now).as("step %s", step).containsAll(current);
                assertThat(now.stream().filter(f -> !current.contains(f)))
                        .allMatch(f -> f.matches(".* \\d{4}-\\d{2} settled"));
                assertCurrentFiguresEqualARecount(app.database(), reg);
                assertRatesByMonthsEqualARecount(reg, rnd);
                assertTheBoardEqualsACount(app.database(), reg, step);
            }
            assertThat(imports).isPositive();
            assertThat(calendarEdits).isPositive();

            // the dashboard reads them without counting the register again
            Period previous = Period.of(Period.Kind.QUARTER, TODAY).previous();
            String home = reg.units().homeCode();
            assertThat(reg.tallies().unitTally(home, previous, previous.end(), reg.proceduresByCode(),
                    reg.calculator(home)).source()).isEqualTo(Source.STORED_WHOLE);
        }
    }

    /**
     * A large import does not apply its rows to the stored figures one by one: it leaves them behind, in its own
     * transaction, and they are counted again once when next asked (as after a calendar edit), equal to a recount.
     */
    @BothEngines
    void aLargeImportLeavesTheFiguresToOneRecountThatEqualsTheDossiers(DbKind kind) throws Exception {
        long large = vn.reformdesk.store.LargeImports.fromRows(100);
        try (AppContext app = kind.context(dir)) {
            SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
            RegisterService reg = app.register();
            TallyRepository store = new TallyRepository(app.database());
            List<String> procedures = reg.procedures().findAll().stream().map(Procedure::code).toList();
            List<Dossier> all = reg.dossiers().findAll();
            storeFigures(reg);
            assertThat(currentFigures(app.database(), store.dataVersion())).isNotEmpty();

            Random rnd = new Random(1818);
            StringBuilder rows = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < 300; i++) { // new dossiers and changes of stored ones
                String code = i % 4 == 0 ? all.get(rnd.nextInt(all.size())).code() : "BULK-" + i;
                if (i % 4 == 0 && rows.indexOf("\n" + code + ",") >= 0) code = "BULK-" + i;
                rows.append(csvRow(code, procedures.get(rnd.nextInt(procedures.size())), rnd)).append('\n');
            }
            Path csv = Files.writeString(dir.resolve("large.csv"), rows, StandardCharsets.UTF_8);
            var report = Importer.run(app.database(), ImportKind.DOSSIERS, csv, false);
            assertThat(report.written()).as("%s", report.problems()).isTrue();

            assertThat(currentFigures(app.database(), store.dataVersion())).as("left behind by the import").isEmpty();
            storeFigures(reg); // the one recount
            assertThat(currentFigures(app.database(), store.dataVersion())).isNotEmpty();
            assertCurrentFiguresEqualARecount(app.database(), reg);
            assertTheBoardEqualsACount(app.database(), reg, 0);
        } finally {
            vn.reformdesk.store.LargeImports.fromRows(large);
        }
    }

    @BothEngines
    void aRegisterFilledByImportsHasItsMonthsStoredAndANewMonthsFirstDossierStartsItsOwn(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = app.register();
            for (Procedure p : SampleDepartment.build().procedures()) reg.procedures().save(p);
            List<String> procedures = reg.procedures().findAll().stream().map(Procedure::code).toList();
            Random rnd = new Random(766);
            Path csv = dir.resolve("new-register.csv");
            StringBuilder rows = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < 400; i++) {
                rows.append(csvRow("NEW-" + i, procedures.get(rnd.nextInt(procedures.size())), rnd)).append('\n');
            }
            Files.writeString(csv, rows, StandardCharsets.UTF_8);
            assertThat(Importer.run(app.database(), ImportKind.DOSSIERS, csv, false).written()).isTrue();
            Map<String, Procedure> byCode = reg.proceduresByCode();
            LocalDate later = LocalDate.of(2025, 3, 31); // every dossier of the file resolved by then, or still open
            for (String period : List.of("2024-H2", "2024-Q4", "2024-11", "2024-07")) {
                Period p = Period.parse(period);
                var found = reg.tallies().byMonths(UnitScope.ALL, p, later, byCode, reg.calculators());
                assertThat(found.source()).as(period).isEqualTo(Source.STORED_MONTHS);
                assertThat(found.tally()).as(period).isEqualTo(RateTally.of(p, later, reg.dossiers().findAll(), byCode::get,
                        reg.calculator()));
            }
            // the first dossier of a month no one has read yet: its settled tally starts with it
            String procedure = byCode.keySet().iterator().next();
            reg.dossiers().save(Dossier.received("FIRST-OF-MARCH", procedure, "Ngô Thị Hoa", Channel.ONLINE,
                    LocalDate.of(2025, 3, 3).atTime(9, 0)).withResolution(LocalDate.of(2025, 3, 4), Outcome.ISSUED));
            Period march = Period.parse("2025-03");
            var found = reg.tallies().byMonths(UnitScope.ALL, march, march.end(), byCode, reg.calculators());
            assertThat(found.source()).isEqualTo(Source.STORED_MONTHS);
            assertThat(found.tally().total(RateTally.Count.RECEIVED)).isEqualTo(1);
            assertThat(found.tally()).isEqualTo(RateTally.of(march, march.end(), reg.dossiers().findAll(), byCode::get,
                    reg.calculator()));
        }
    }

    /**
     * Issue 18: the figures stored on one day hold on the next days until an event; the first view of a later day
     * moves them to that day, so the day's first dossier is applied to them instead of ending them (at a million
     * dossiers the board was counted again, 13 s, after it). They still equal a count of every dossier.
     */
    @BothEngines
    void theFirstViewOfALaterDayMovesTheFiguresThereAndThatDaysWritesKeepThemCurrent(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = sampleWithFridaysFigures(app);
            var boards = new vn.reformdesk.store.BoardRepository(app.database());
            TallyRepository store = new TallyRepository(app.database());
            String home = reg.units().homeCode();
            LocalDate monday = TODAY.plusDays(3);
            var friday = boards.findStates(List.of(home), store.dataVersion()).get(home);
            assertThat(friday.asOf()).isEqualTo(TODAY);
            assertThat(friday.holdsOn(monday)).as("nothing happens after Friday in the sample").isTrue();
            assertThat(store.findOpenDueDates(store.dataVersion()).orElseThrow().asOf()).isEqualTo(TODAY);

            // Monday's first views: nothing counted (a stored row marked here shows as stored), both moved to Monday
            assertBoardsEqual(reg.overdueBoard(UnitScope.ALL, monday), reg.overdueBoardCounted(UnitScope.ALL, monday),
                    "Monday, first view");
            try (Connection c = app.database().connection(); var st = c.createStatement()) {
                assertThat(st.executeUpdate("UPDATE board_dossiers SET applicant = 'stored, not counted'")).isPositive();
            }
            OverdueBoard tuesday = reg.overdueBoard(UnitScope.ALL, monday.plusDays(1));
            List<DossierRow> listed = new ArrayList<>(tuesday.overdue());
            listed.addAll(tuesday.dueSoon());
            listed.addAll(tuesday.missingApology());
            assertThat(listed).extracting(r -> r.dossier().applicant()).isNotEmpty().containsOnly("stored, not counted");
            storeFigures(reg);
            reg.openCounts(TODAY);
            assertThat(boards.findStates(List.of(home), store.dataVersion()).get(home).asOf())
                    .as("a look back counts again").isEqualTo(TODAY);
            reg.overdueBoard(UnitScope.ALL, monday);
            reg.openCounts(monday);
            assertThat(boards.findStates(List.of(home), store.dataVersion()).get(home).asOf()).isEqualTo(monday);
            assertThat(store.findOpenDueDates(store.dataVersion()).orElseThrow().asOf()).isEqualTo(monday);

            // Monday's first dossier; and one on the board resolved on Monday
            String procedure = reg.procedures().findAll().get(0).code();
            reg.dossiers().save(Dossier.received("MON-1", procedure, "Trần Thị Hoa", Channel.ONLINE, monday.atTime(8, 30)));
            OverdueBoard before = reg.overdueBoardCounted(UnitScope.ALL, monday);
            Dossier open = reg.dossiers().findByCode((before.overdue().isEmpty() ? before.dueSoon() : before.overdue())
                    .get(0).dossier().code()).orElseThrow();
            reg.dossiers().save(open.withResolution(monday, Outcome.ISSUED));

            // still current, still Monday's, and equal to a count of every dossier
            long version = store.dataVersion();
            var state = boards.findStates(List.of(home), version).get(home);
            assertThat(state).as("the board's candidates are still current after Monday's writes").isNotNull();
            assertThat(state.holdsOn(monday)).isTrue();
            var due = store.findOpenDueDates(version).orElseThrow();
            assertThat(due.holdsOn(monday)).as("the open due dates are still current after Monday's writes").isTrue();
            OverdueBoard counted = reg.overdueBoardCounted(UnitScope.ALL, monday);
            assertBoardsEqual(reg, UnitScope.ALL, monday, 0);
            assertThat(reg.openCounts(monday)).containsExactly(counted.overdue().size(), counted.dueSoon().size());
            assertThat(counted.overdue()).extracting(r -> r.dossier().code()).doesNotContain(open.code());

            // a look back at Friday counts Friday again, and Monday's figures are counted again when next asked
            assertBoardsEqual(reg, UnitScope.ALL, TODAY, 1);
            assertBoardsEqual(reg, UnitScope.ALL, monday, 2);
        }
    }

    /**
     * Issue 18: a new day's resolution and supplement request written before any view of that day (an import from the
     * command line, another desk) move the figures to their day and are applied to them, as the day's first view would
     * have done: before, they ended them, and at a million dossiers the next board view counted every dossier again.
     */
    @BothEngines
    void aNewDaysResolutionWrittenBeforeAnyViewOfItMovesTheFiguresToItsDay(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = sampleWithFridaysFigures(app);
            var boards = new vn.reformdesk.store.BoardRepository(app.database());
            TallyRepository store = new TallyRepository(app.database());
            String home = reg.units().homeCode();
            LocalDate monday = TODAY.plusDays(3);

            // Monday's writes, no view of Monday before them: one dossier on the board resolved, another one paused
            OverdueBoard counted = reg.overdueBoardCounted(UnitScope.ALL, monday);
            List<DossierRow> open = new ArrayList<>(counted.overdue());
            open.addAll(counted.dueSoon());
            assertThat(open).hasSizeGreaterThan(1);
            Dossier resolved = reg.dossiers().findByCode(open.get(0).dossier().code()).orElseThrow();
            reg.dossiers().save(resolved.withResolution(monday, Outcome.ISSUED));
            Dossier paused = reg.dossiers().findByCode(open.get(1).dossier().code()).orElseThrow();
            List<SupplementCycle> cycles = new ArrayList<>(paused.supplements());
            cycles.add(new SupplementCycle(monday, null));
            reg.dossiers().save(paused.withSupplements(cycles));

            long version = store.dataVersion();
            var state = boards.findStates(List.of(home), version).get(home);
            assertThat(state).as("the board's candidates are still current after Monday's writes").isNotNull();
            assertThat(state.asOf()).isEqualTo(monday);
            var due = store.findOpenDueDates(version).orElseThrow(() ->
                    new AssertionError("the open due dates are still current after Monday's writes"));
            assertThat(due.asOf()).isEqualTo(monday);
            assertThat(due.holdsOn(monday)).isTrue();

            // equal to a count of every dossier on Monday, and read as stored (a marked row shows as stored)
            counted = reg.overdueBoardCounted(UnitScope.ALL, monday);
            assertThat(counted.overdue()).extracting(r -> r.dossier().code())
                    .doesNotContain(resolved.code(), paused.code());
            assertThat(reg.openCounts(monday)).containsExactly(counted.overdue().size(), counted.dueSoon().size());
            assertBoardsEqual(reg, UnitScope.ALL, monday, 0);
            try (Connection c = app.database().connection(); var st = c.createStatement()) {
                assertThat(st.executeUpdate("UPDATE board_dossiers SET applicant = 'stored, not counted'")).isPositive();
            }
            OverdueBoard read = reg.overdueBoard(UnitScope.ALL, monday);
            List<DossierRow> listed = new ArrayList<>(read.overdue());
            listed.addAll(read.dueSoon());
            listed.addAll(read.missingApology());
            assertThat(listed).extracting(r -> r.dossier().applicant()).allMatch("stored, not counted"::equals);
            try (Connection c = app.database().connection(); var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM board_dossiers"
                         + " WHERE applicant IS NULL OR applicant <> 'stored, not counted'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("no candidate counted again").isZero();
            }
            assertThat(boards.findStates(List.of(home), version).get(home)).isEqualTo(state);
        }
    }

    /**
     * Issue 18: a write of what the figures are not counted from (a target, a unit) keeps every current figure current
     * (it left them all behind: at a million dossiers the next board view counted every dossier again), and an import
     * whose every row is stored already writes nothing at all, not even the data version.
     */
    @BothEngines
    void aTargetAUnitOrAnUnchangedImportLeavesEveryFigureCurrent(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = sampleWithFridaysFigures(app);
            TallyRepository store = new TallyRepository(app.database());
            Set<String> current = currentFigures(app.database(), store.dataVersion());
            assertThat(current).hasSizeGreaterThan(2);

            long before = store.dataVersion();
            new vn.reformdesk.store.ScoreRepository(app.database()).saveTarget(new vn.reformdesk.domain.index.Target(
                    vn.reformdesk.domain.index.Target.Kind.RATE, "on_time_rate", "2024", 0.95,
                    vn.reformdesk.domain.index.Direction.HIGHER, null));
            assertThat(store.dataVersion()).as("a write all the same: closing backs it up").isGreaterThan(before);
            assertThat(currentFigures(app.database(), store.dataVersion())).as("after a target").isEqualTo(current);
            reg.units().upsert(new vn.reformdesk.domain.unit.Unit("UBND-X", "Xã X",
                    vn.reformdesk.domain.unit.UnitKind.COMMUNE, reg.units().homeCode()));
            assertThat(currentFigures(app.database(), store.dataVersion())).as("after a unit").isEqualTo(current);

            Path again = dir.resolve("again.csv");
            vn.reformdesk.io.DossierExport.write(reg, again, TODAY);
            before = store.dataVersion();
            var report = Importer.run(app.database(), ImportKind.DOSSIERS, again, false);
            assertThat(report.written()).isTrue();
            assertThat(report.added() + report.updated()).as("%s", report.problems()).isZero();
            assertThat(report.unchanged()).isPositive();
            assertThat(store.dataVersion()).as("nothing written").isEqualTo(before);
            assertThat(currentFigures(app.database(), store.dataVersion())).as("after the same file").isEqualTo(current);

            assertCurrentFiguresEqualARecount(app.database(), reg);
            assertBoardsEqual(reg, UnitScope.ALL, TODAY, 0);
        }
    }

    /**
     * Issue 18: the rehearsed import of the app's start (ImportWarmup) writes its rows and applies them to the figures
     * as a real import does, in the import's transaction, then rolls it back: every table reads as before it, the
     * figures stay current and equal a recount, and the next real import is applied to them as usual. On a server it
     * does nothing (the engine's code is compiled there).
     */
    @BothEngines
    void theStartsRehearsedImportLeavesEveryTableAsItWas(DbKind kind) throws Exception {
        try (AppContext app = kind.context(dir)) {
            RegisterService reg = sampleWithFridaysFigures(app);
            Database db = app.database();
            TallyRepository store = new TallyRepository(db);
            long version = store.dataVersion();
            Set<String> current = currentFigures(db, version);
            List<String> before = everyRow(db);

            int rehearsed = vn.reformdesk.io.ImportWarmup.run(db, TODAY);
            assertThat(rehearsed).isEqualTo(kind == DbKind.H2 ? 300 : 0);
            assertThat(everyRow(db)).isEqualTo(before);
            assertThat(store.dataVersion()).isEqualTo(version);
            assertThat(currentFigures(db, version)).isEqualTo(current);
            assertCurrentFiguresEqualARecount(db, reg);
            assertBoardsEqual(reg, UnitScope.ALL, TODAY, 0);

            Path file = dir.resolve("after-rehearsal.csv");
            Random rnd = new Random(18);
            List<Procedure> procedures = reg.procedures().findAll();
            StringBuilder csv = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < 40; i++) csv.append(csvRow("AFTER-" + i, procedures.get(i % 5).code(), rnd)).append('\n');
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            var report = Importer.run(db, ImportKind.DOSSIERS, file, false);
            assertThat(report.added()).as("%s", report.problems()).isEqualTo(40);
            assertThat(currentFigures(db, store.dataVersion())).as("carried on by the import").isEqualTo(current);
            assertCurrentFiguresEqualARecount(db, reg);
            assertBoardsEqual(reg, UnitScope.ALL, TODAY, 1);
        }
    }

    /** Every row of every table of the register's schema, as text, sorted (on either engine). */
    private static List<String> everyRow(Database db) throws Exception {
        List<String> tables = new ArrayList<>();
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); var st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertThat(tables).hasSizeGreaterThan(10);
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) row.append('|').append(rs.getString(i));
                        out.add(row.toString());
                    }
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    @org.junit.jupiter.api.Test
    void aRegisterFromBeforeTheStoredBoardFillsItOnTheBoardsFirstView() throws Exception {
        Path folder = dir.resolve("v11");
        Files.createDirectories(folder);
        var old = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + folder.toAbsolutePath()
                .resolve(Database.FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        org.flywaydb.core.Flyway.configure().dataSource(old).locations("classpath:db/migration")
                .placeholders(Map.of("generated_stored", "")).target("11").load().migrate();
        try (Connection c = old.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO procedures (code, name, admin_level, processing_days, online_level)"
                    + " VALUES ('P5', 'Cấp phép', 'province', 5, 'full')");
            String home = "(SELECT code FROM units WHERE home = TRUE)";
            st.execute("INSERT INTO dossiers (code, procedure_id, channel, received_at, resolved_on, outcome, apology_on,"
                    + " unit_code) VALUES"
                    + " ('OVERDUE', 1, 'online', TIMESTAMP '2024-11-04 09:00:00', NULL, NULL, NULL, " + home + "),"
                    + " ('SOON', 1, 'online', TIMESTAMP '2024-12-17 09:00:00', NULL, NULL, NULL, " + home + "),"
                    + " ('LATE', 1, 'direct', TIMESTAMP '2024-10-01 09:00:00', DATE '2024-10-30', 'issued', NULL, " + home + "),"
                    + " ('EXCUSED', 1, 'direct', TIMESTAMP '2024-10-01 09:00:00', DATE '2024-10-30', 'issued',"
                    + " DATE '2024-10-07', " + home + "),"
                    + " ('WAITING', 1, 'postal', TIMESTAMP '2024-11-04 09:00:00', NULL, NULL, NULL, " + home + ")");
            st.execute("INSERT INTO supplement_cycles (dossier_id, cycle_no, requested_on, received_on)"
                    + " SELECT id, 1, DATE '2024-11-05', NULL FROM dossiers WHERE code = 'WAITING'");
            st.execute("SHUTDOWN");
        }
        old.dispose();
        try (Database db = Database.open(folder)) {
            RegisterService reg = new RegisterService(db);
            OverdueBoard board = reg.overdueBoard(UnitScope.ALL, TODAY);
            assertThat(board.overdue()).extracting(r -> r.dossier().code()).containsExactly("OVERDUE");
            assertThat(board.dueSoon()).extracting(r -> r.dossier().code()).containsExactly("SOON");
            assertThat(board.missingApology()).extracting(r -> r.dossier().code()).containsExactly("LATE", "OVERDUE");
            assertBoardsEqual(board, reg.overdueBoardCounted(UnitScope.ALL, TODAY), "first view");
            // stored on that first view, and read from then on
            var boards = new vn.reformdesk.store.BoardRepository(db);
            assertThat(boards.findStates(reg.unitCodes(UnitScope.ALL), db.dataVersion())).hasSize(1);
            assertThat(boards.all(reg.units().homeCode())).extracting(k -> k.resolved()).containsExactly(false, false, true);
            assertBoardsEqual(reg.overdueBoard(UnitScope.ALL, TODAY.plusDays(3)),
                    reg.overdueBoardCounted(UnitScope.ALL, TODAY.plusDays(3)), "read as stored");
        }
    }

    /** The sample department, with the figures of {@link #TODAY} (a Friday) stored and the open due dates counted. */
    private static RegisterService sampleWithFridaysFigures(AppContext app) {
        SampleLoader.load(app.database(), SampleLoader.Progress.NONE);
        RegisterService reg = app.register();
        storeFigures(reg);
        reg.openCounts(TODAY);
        return reg;
    }

    /** What the dashboard stores on {@link #TODAY} (both quarters, the open due dates), and a year and a month. */
    private static void storeFigures(RegisterService reg) {
        reg.storeDashboardFigures(TODAY);
        reg.overdueBoard(UnitScope.ALL, TODAY); // the board's candidates of every unit
        var byCode = reg.proceduresByCode();
        reg.tallies().tally(UnitScope.ALL, Period.parse("2024"), TODAY, byCode, reg.calculators());
        reg.tallies().tally(UnitScope.ALL, Period.parse("2024-06"), Period.parse("2024-06").end(), byCode,
                reg.calculators());
        reg.serviceRates(Period.parse("2024"), TODAY); // the months' settled tallies (the report's rates)
    }

    private static final List<String> RATE_PERIODS = List.of("2024", "2024-Q3", "2024-Q4", "2024-H2", "2024-9M",
            "2024-11", "2025-Q1");

    /**
     * A period's rates summed from its months' stored tallies and the open dossiers equal a count of every dossier,
     * for random periods and dates (before the period's end, at it, after it), for each unit and for all units.
     */
    private static void assertRatesByMonthsEqualARecount(RegisterService reg, Random rnd) {
        Map<String, Procedure> byCode = reg.proceduresByCode();
        var calcOf = reg.calculators();
        List<Dossier> all = reg.dossiers().findAll();
        for (int i = 0; i < 3; i++) {
            Period p = Period.parse(RATE_PERIODS.get(rnd.nextInt(RATE_PERIODS.size())));
            List<LocalDate> dates = List.of(p.start().plusDays(rnd.nextInt(80)), p.end(), TODAY,
                    p.end().plusDays(1 + rnd.nextInt(60)));
            LocalDate asOf = dates.get(rnd.nextInt(dates.size()));
            List<UnitScope> scopes = new ArrayList<>(List.of(UnitScope.ALL));
            for (String unit : reg.unitCodes(UnitScope.ALL)) scopes.add(UnitScope.of(unit));
            for (UnitScope scope : scopes) {
                RateTally expected = new RateTally();
                for (String unit : reg.unitCodes(scope)) {
                    expected = expected.plus(RateTally.of(p, asOf, all.stream().filter(d -> unit.equals(d.unitCode()))
                            .toList(), byCode::get, calcOf.apply(unit)));
                }
                for (int k = 0; k < 2; k++) { // counted (and stored), then read back
                    var found = reg.tallies().byMonths(scope, p, asOf, byCode, calcOf);
                    assertThat(found.tally()).as("%s as of %s, %s (%s)", p, asOf, scope, found.source()).isEqualTo(expected);
                }
                assertThat(reg.serviceRates(scope, p, asOf)).isEqualTo(vn.reformdesk.domain.index.ServiceRates.of(p, asOf,
                        expected, byCode.values()));
            }
        }
    }

    /** A random change of a dossier: its resolution, a supplement, its unit, procedure, receipt or flags. */
    private static Dossier edited(Dossier d, Random rnd, List<String> procedures) {
        LocalDate received = d.receivedOn();
        Dossier e = switch (rnd.nextInt(7)) {
            case 0 -> d.withResolution(received.plusDays(rnd.nextInt(40)), Outcome.values()[rnd.nextInt(3)]);
            case 1 -> d.withResolution(null, null);
            case 2 -> d.withSupplements(List.of(new SupplementCycle(received.plusDays(1 + rnd.nextInt(5)),
                    rnd.nextBoolean() ? null : received.plusDays(7 + rnd.nextInt(5)))));
            case 3 -> new Dossier(d.id(), d.code(), procedures.get(rnd.nextInt(procedures.size())), d.applicant(),
                    d.channel(), d.receivedAt(), d.supplements(), d.resolvedOn(), d.outcome(), d.paidOnline(),
                    d.inputsDigitised(), d.electronicResult(), d.resultDigitised(), d.reusedData(), d.rating(),
                    d.complaint(), d.apologyOn(), d.newAppointmentOn(), d.unitCode());
            case 4 -> new Dossier(d.id(), d.code(), d.procedureCode(), d.applicant(), Channel.DIRECT,
                    day(rnd).atTime(10, 0), List.of(), null, null, d.paidOnline(), d.inputsDigitised(),
                    d.electronicResult(), d.resultDigitised(), d.reusedData(), d.rating(), d.complaint(), null, null,
                    d.unitCode());
            case 5 -> d.withFacts(rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(),
                    rnd.nextBoolean(), Rating.values()[rnd.nextInt(Rating.values().length)], rnd.nextInt(4) == 0);
            default -> d;
        };
        String unit = UNITS.get(rnd.nextInt(UNITS.size()));
        return new Dossier(e.id(), e.code(), e.procedureCode(), e.applicant(), e.channel(), e.receivedAt(),
                e.supplements(), e.resolvedOn(), e.outcome(), e.paidOnline(), e.inputsDigitised(), e.electronicResult(),
                e.resultDigitised(), e.reusedData(), e.rating(), e.complaint(), e.apologyOn(), e.newAppointmentOn(),
                unit.isEmpty() ? null : unit);
    }

    /** A day from the middle of 2024 to a few days after {@link #TODAY}. */
    private static LocalDate day(Random rnd) {
        return LocalDate.of(2024, 6, 1).plusDays(rnd.nextInt(210));
    }

    private static final String HEADER = "code,procedure_code,applicant,channel,received_at,supplement_requested_on,"
            + "supplement_received_on,resolved_on,outcome,paid_online,inputs_digitised,electronic_result,rating,complaint,"
            + "apology_on";

    private static String csvRow(String code, String procedure, Random rnd) {
        LocalDate received = day(rnd);
        boolean resolved = rnd.nextBoolean();
        boolean supplement = rnd.nextInt(4) == 0;
        return code + "," + procedure + ",Phạm Thị " + code + "," + (rnd.nextBoolean() ? "online" : "direct") + ","
                + received + " 08:30," + (supplement ? received.plusDays(1) + "," + received.plusDays(3) : ",") + ","
                + (resolved ? received.plusDays(rnd.nextInt(30)) + ",issued" : ",") + ",true,yes,1,satisfied,no,";
    }

    /** The stored figures (period tallies and the due dates) current at {@code version}. */
    private static Set<String> currentFigures(Database db, long version) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT unit_code, period_code, settled_only FROM period_tallies"
                     + " WHERE data_version = ? UNION ALL SELECT unit_code, 'open', FALSE FROM open_due_dates_state"
                     + " WHERE data_version = ? UNION ALL SELECT unit_code, 'board', FALSE FROM board_state"
                     + " WHERE data_version = ?")) {
            ps.setLong(1, version);
            ps.setLong(2, version);
            ps.setLong(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? " settled" : ""));
            }
        }
        return out;
    }

    /** Every current stored figure, unit by unit, equals the count of the unit's dossiers on its own calendar. */
    private static void assertCurrentFiguresEqualARecount(Database db, RegisterService reg) throws Exception {
        TallyRepository store = new TallyRepository(db);
        long version = store.dataVersion();
        Map<String, Procedure> byCode = reg.proceduresByCode();
        Map<String, List<Dossier>> byUnit = new HashMap<>();
        for (Dossier d : reg.dossiers().findAll()) byUnit.computeIfAbsent(d.unitCode(), u -> new ArrayList<>()).add(d);

        List<Object[]> tallies = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT unit_code, period_code, settled_only, as_of"
                     + " FROM period_tallies WHERE data_version = ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.add(new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, LocalDate.class)});
                }
            }
        }
        for (Object[] t : tallies) {
            String unit = (String) t[0];
            Period p = Period.parse((String) t[1]);
            boolean settled = (Boolean) t[2];
            LocalDate asOf = (LocalDate) t[3];
            DeadlineCalculator calc = reg.calculator(unit);
            RateTally expected = new RateTally();
            for (Dossier d : byUnit.getOrDefault(unit, List.of())) {
                boolean inPeriod = !d.receivedOn().isBefore(p.start()) && !d.receivedOn().isAfter(p.end());
                if (settled) {
                    if (!inPeriod || d.resolvedOn() == null) continue;
                    assertThat(RateTally.settledOn(d)).as("settled tally of %s valid from %s", p, asOf)
                            .isBeforeOrEqualTo(asOf);
                    expected.add(d, byCode::get, calc, asOf);
                } else if (inPeriod && !d.receivedOn().isAfter(p.reportAsOf(asOf))) {
                    expected.add(d, byCode::get, calc, asOf);
                }
            }
            RateTally stored = store.forUnit(unit).find(p, settled, version).orElseThrow().tally();
            assertThat(stored).as("%s %s as of %s, unit %s", p, settled ? "settled" : "whole", asOf, unit)
                    .isEqualTo(expected);
        }

        List<String> openUnits = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT unit_code FROM open_due_dates_state WHERE data_version = ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) openUnits.add(rs.getString(1));
            }
        }
        for (String unit : openUnits) {
            var open = store.forUnit(unit).findOpenDueDates(version).orElseThrow();
            LocalDate asOf = open.asOf();
            DeadlineCalculator calc = reg.calculator(unit);
            SortedMap<LocalDate, Integer> expected = new TreeMap<>();
            for (Dossier d : byUnit.getOrDefault(unit, List.of())) {
                if (d.receivedOn().isAfter(asOf)) {
                    assertThat(open.validUntil()).as("a receipt after the due dates' day ends them").isNotNull()
                            .isBeforeOrEqualTo(d.receivedOn());
                    continue;
                }
                if (d.resolvedOn() != null && !d.resolvedOn().isAfter(asOf)) continue;
                Set<LocalDate> events = new TreeSet<>();
                if (d.resolvedOn() != null) events.add(d.resolvedOn());
                for (SupplementCycle cycle : d.supplements()) {
                    events.add(cycle.requestedOn());
                    if (cycle.receivedOn() != null) events.add(cycle.receivedOn());
                }
                for (LocalDate e : events) {
                    if (e.isAfter(asOf)) assertThat(open.validUntil()).isNotNull().isBeforeOrEqualTo(e);
                }
                Deadline deadline = calc.compute(d, byCode.get(d.procedureCode()), asOf);
                if (deadline.status() != DossierStatus.PAUSED) expected.merge(deadline.dueOn(), 1, Integer::sum);
            }
            assertThat(open.dueDates()).as("the open dossiers' due dates of unit %s as of %s", unit, asOf)
                    .isEqualTo(expected);
        }

        // the board's candidates: each unit's stored rows are what a count of its dossiers gives on the stored day
        vn.reformdesk.store.BoardRepository board = new vn.reformdesk.store.BoardRepository(db);
        for (var e : board.findStates(reg.unitCodes(UnitScope.ALL), version).entrySet()) {
            String unit = e.getKey();
            LocalDate asOf = e.getValue().asOf();
            DeadlineCalculator calc = reg.calculator(unit);
            List<vn.reformdesk.store.BoardRepository.Candidate> expected = new ArrayList<>();
            for (Dossier d : byUnit.getOrDefault(unit, List.of())) {
                var k = vn.reformdesk.store.BoardRepository.candidate(d, d.id(), byCode.get(d.procedureCode()), calc, asOf);
                if (k != null) expected.add(k);
                boolean openThen = !d.receivedOn().isAfter(asOf) && (d.resolvedOn() == null || d.resolvedOn().isAfter(asOf));
                if (k != null || openThen || d.receivedOn().isAfter(asOf)) {
                    LocalDate next = vn.reformdesk.store.BoardRepository.nextEvent(d, asOf, null);
                    if (next != null) {
                        assertThat(e.getValue().validUntil()).as("board of %s: an event after its day ends it", unit)
                                .isNotNull().isBeforeOrEqualTo(next);
                    }
                }
            }
            expected.sort(java.util.Comparator.comparing(vn.reformdesk.store.BoardRepository.Candidate::dossierId));
            assertThat(board.all(unit)).as("the board's candidates of unit %s as of %s", unit, asOf)
                    .isEqualTo(expected);
        }
    }

    /**
     * The board read from its stored candidates equals the board counted from every open dossier, for all units and
     * for each unit: on the days its candidates hold (read without counting again: their day stays), then on days
     * before and after them (counted again and stored).
     */
    private static void assertTheBoardEqualsACount(Database db, RegisterService reg, int step) throws Exception {
        vn.reformdesk.store.BoardRepository board = new vn.reformdesk.store.BoardRepository(db);
        List<String> units = reg.unitCodes(UnitScope.ALL);
        Map<String, vn.reformdesk.store.BoardRepository.State> states = board.findStates(units,
                new TallyRepository(db).dataVersion());
        Set<LocalDate> holding = new TreeSet<>();
        for (var state : states.values()) {
            for (LocalDate d : List.of(state.asOf(), state.asOf().plusDays(1), state.asOf().plusDays(4),
                    state.validUntil() == null ? state.asOf().plusDays(30) : state.validUntil().minusDays(1))) {
                if (states.values().stream().allMatch(s -> s.holdsOn(d))) holding.add(d);
            }
        }
        for (LocalDate day : holding) {
            assertBoardsEqual(reg, UnitScope.ALL, day, step);
            // a unit new since (its first dossier just written) is counted; the others are read as stored, and
            // moved to the day read (the days are read in order): their end stays
            Map<String, vn.reformdesk.store.BoardRepository.State> moved = new HashMap<>();
            states.forEach((unit, s) -> moved.put(unit, new vn.reformdesk.store.BoardRepository.State(day, s.validUntil())));
            assertThat(board.findStates(units, new TallyRepository(db).dataVersion())).as("read, not counted again")
                    .containsAllEntriesOf(moved);
        }
        for (LocalDate day : List.of(TODAY.minusDays(45), TODAY.plusDays(9))) assertBoardsEqual(reg, UnitScope.ALL, day, step);
        for (String unit : units) assertBoardsEqual(reg, UnitScope.of(unit), TODAY, step);
        assertBoardsEqual(reg, UnitScope.ALL, TODAY, step);
    }

    private static void assertBoardsEqual(RegisterService reg, UnitScope scope, LocalDate day, int step) {
        OverdueBoard counted = reg.overdueBoardCounted(scope, day);
        String what = "step " + step + ", " + scope + " as of " + day;
        assertBoardsEqual(reg.overdueBoard(scope, day), counted, what);
        // and read by pages (issue 18), as the screen does
        BoardPages pages = reg.overdueBoardPages(scope, day);
        for (BoardPages.Kind kind : BoardPages.Kind.values()) {
            List<DossierRow> expected = new ArrayList<>(switch (kind) {
                case OVERDUE -> counted.overdue();
                case DUE_SOON -> counted.dueSoon();
                case MISSING_APOLOGY -> counted.missingApology();
            });
            expected.sort(BoardPages.ORDER);
            List<DossierRow> read = new ArrayList<>();
            for (BoardPages.Page p = pages.first(kind, 7); ; p = pages.next(kind, p.next(), 7)) {
                read.addAll(p.rows());
                if (p.last()) break;
            }
            assertThat(pages.count(kind)).as("%s count, %s", kind, what).isEqualTo(expected.size());
            assertThat(shown(read)).as("%s by pages, %s", kind, what).isEqualTo(shown(expected));
        }
    }

    /** The same lists, row by row: what the board shows of each dossier and its whole deadline. */
    static void assertBoardsEqual(OverdueBoard stored, OverdueBoard counted, String what) {
        assertThat(shown(stored.overdue())).as("overdue, %s", what).isEqualTo(shown(counted.overdue()));
        assertThat(shown(stored.dueSoon())).as("due soon, %s", what).isEqualTo(shown(counted.dueSoon()));
        assertThat(shown(stored.missingApology())).as("missing apology, %s", what)
                .isEqualTo(shown(counted.missingApology()));
    }

    private static List<List<Object>> shown(List<DossierRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (DossierRow r : rows) {
            Dossier d = r.dossier();
            out.add(java.util.Arrays.asList(d.id(), d.code(), d.procedureCode(), d.applicant(), d.channel(), d.receivedAt(),
                    d.resolvedOn(), d.outcome(), d.apologyOn(), d.newAppointmentOn(), d.unitCode(), r.procedure(),
                    r.deadline()));
        }
        return out;
    }
}
