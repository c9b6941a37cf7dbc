package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/** The units of a province in one register (V10): the home unit, the units file, per-unit records and figures. */
class UnitsTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseOfOneUnitOpensAsThatUnitAndFollowsTheSettings() {
        try (Database db = Database.open(dir.resolve("one"))) {
            UnitRepository units = new UnitRepository(db);
            assertThat(units.all()).containsExactly(new Unit("home", "Đơn vị", UnitKind.DEPARTMENT, null));
            new ProcedureRepository(db).save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 5, OnlineLevel.FULL));
            new DossierRepository(db).save(Dossier.received("D1", "P1", null, Channel.ONLINE,
                    LocalDateTime.of(2026, 5, 4, 9, 0)));
            new ScoreRepository(db).saveTarget(Target.rate("on_time_rate", "2026", 0.9, Direction.HIGHER));

            SettingsRepository settings = new SettingsRepository(db);
            settings.put(SettingsRepository.UNIT_CODE, "000.00.20.H15");
            settings.put(SettingsRepository.UNIT_NAME, "Sở Công Thương");
            // the home unit takes the settings' code and name, and its records follow it
            assertThat(units.home()).isEqualTo(new Unit("000.00.20.H15", "Sở Công Thương", UnitKind.DEPARTMENT, null));
            assertThat(units.all()).hasSize(1);
            assertThat(new DossierRepository(db).findByCode("D1")).get().extracting(Dossier::unitCode)
                    .isEqualTo("000.00.20.H15");
            assertThat(new ScoreRepository(db).targets()).hasSize(1);
            assertThat(AuditLog.find(db, UnitScope.of("000.00.20.H15"), null, null, 10)).hasSize(3);
        }
    }

    @Test
    void anOlderDatabaseBecomesItsUnitWithItsCommunesDossiersInTheirOwnUnits() throws Exception {
        Path folder = dir.resolve("v9");
        Files.createDirectories(folder);
        JdbcConnectionPool old = JdbcConnectionPool.create("jdbc:h2:file:" + folder.toAbsolutePath()
                .resolve(Database.FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("9").load().migrate();
        try (Connection c = old.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO app_setting (name, setting_value) VALUES ('unit.code', 'H15.20'), ('unit.name', 'Sở Y tế')");
            st.execute("INSERT INTO procedures (code, name, admin_level, processing_days, online_level)"
                    + " VALUES ('P1', 'Cấp phép', 'province', 5, 'full')");
            st.execute("INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code) VALUES"
                    + " ('D1', 1, 'online', TIMESTAMP '2024-03-04 09:00:00', NULL),"
                    + " ('X1', 1, 'online', TIMESTAMP '2024-03-05 09:00:00', 'H15.20.07')");
            st.execute("INSERT INTO trusted_units (unit_code, unit_name, public_key, registered_at)"
                    + " VALUES ('H15.20.07', 'Xã Chiềng Mung', 'k', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO targets (kind, subject, period, target_value) VALUES ('rate', 'on_time_rate', '2024', 0.95)");
            st.execute("INSERT INTO calendar_days (day_date, kind, name) VALUES (DATE '2024-09-03', 'holiday', 'Nghỉ')");
            st.execute("SHUTDOWN");
        }
        old.dispose();
        try (Database db = Database.open(folder)) {
            UnitRepository units = new UnitRepository(db);
            assertThat(units.all()).containsExactly(new Unit("H15.20", "Sở Y tế", UnitKind.DEPARTMENT, null),
                    new Unit("H15.20.07", "Xã Chiềng Mung", UnitKind.COMMUNE, "H15.20"));
            assertThat(units.home().code()).isEqualTo("H15.20");
            DossierRepository dossiers = new DossierRepository(db);
            assertThat(dossiers.findAll(UnitScope.of("H15.20"))).extracting(Dossier::code).containsExactly("D1");
            assertThat(dossiers.findAll(UnitScope.of("H15.20.07"))).extracting(Dossier::code).containsExactly("X1");
            assertThat(dossiers.findAll()).hasSize(2);
            assertThat(new ScoreRepository(db).targets()).hasSize(1);
            assertThat(new ScoreRepository(db, "H15.20.07").targets()).isEmpty();
            // the commune has no calendar of its own: it uses its department's
            assertThat(new CalendarRepository(db, "H15.20.07").findAll()).extracting(CalendarDay::date)
                    .containsExactly(LocalDate.of(2024, 9, 3));
        }
    }

    @BothEngines
    void eachUnitHasItsOwnScoresTargetsAndCalendarAndTheFiguresOfAllAreTheSumOfEachUnits(DbKind kind) {
        try (Database db = kind.open(dir)) {
            UnitRepository units = new UnitRepository(db);
            units.upsert(new Unit("H15", "Tỉnh", UnitKind.PROVINCE, null));
            units.upsert(new Unit("A", "Sở A", UnitKind.DEPARTMENT, "H15"));
            units.upsert(new Unit("B", "Sở B", UnitKind.DEPARTMENT, "H15"));

            // scores: the same framework, period and component, one per unit
            new ScoreRepository(db, "A").saveSheet("par", "2024", List.of(Score.of("par", "2024", "total", 96.76)));
            new ScoreRepository(db, "B").saveSheet("par", "2024", List.of(Score.of("par", "2024", "total", 88.1)));
            assertThat(new ScoreRepository(db, "A").find("par", "2024")).extracting(Score::official).containsExactly(96.76);
            assertThat(new ScoreRepository(db, "B").find("par", "2024")).extracting(Score::official).containsExactly(88.1);
            new ScoreRepository(db, "A").saveTarget(Target.rate("on_time_rate", "2024", 0.95, Direction.HIGHER));
            assertThat(new ScoreRepository(db, "B").targets()).isEmpty();

            // calendar: the province's day off holds for its units until a unit changes its own
            new CalendarRepository(db, "H15").save(CalendarDay.holiday(LocalDate.of(2024, 3, 11), "Ngày của tỉnh"));
            assertThat(new CalendarRepository(db, "A").workingCalendar().isWorkingDay(LocalDate.of(2024, 3, 11))).isFalse();
            new CalendarRepository(db, "B").save(CalendarDay.holiday(LocalDate.of(2024, 3, 12), "Ngày của sở B"));
            assertThat(new CalendarRepository(db, "B").findAll()).extracting(CalendarDay::date)
                    .containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12)); // the province's copied
            assertThat(new CalendarRepository(db, "A").workingCalendar().isWorkingDay(LocalDate.of(2024, 3, 12))).isTrue();

            // dossiers of two units; each deadline on its unit's calendar
            new ProcedureRepository(db).save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 2, OnlineLevel.FULL));
            DossierRepository dossiers = new DossierRepository(db);
            LocalDateTime friday = LocalDateTime.of(2024, 3, 8, 9, 0);
            dossiers.save(Dossier.received("A-1", "P1", "An", Channel.ONLINE, friday).withUnit("A")
                    .withResolution(LocalDate.of(2024, 3, 13), Outcome.ISSUED));
            dossiers.save(Dossier.received("B-1", "P1", "Bình", Channel.DIRECT, friday).withUnit("B")
                    .withResolution(LocalDate.of(2024, 3, 13), Outcome.ISSUED));
            dossiers.save(Dossier.received("B-2", "P1", "Chi", Channel.ONLINE, friday.plusDays(3)).withUnit("B"));
            RegisterService register = new RegisterService(db);
            // A: Fri + 2 working days (Mon 11 is the province's day off) = Wed 13: on time; B: Mon 11 and Tue 12 off,
            // so Fri + 2 = Thu 14: early
            assertThat(register.row(dossiers.findByCode("A-1").orElseThrow(), LocalDate.of(2024, 3, 31)).deadline()
                    .dueOn()).isEqualTo(LocalDate.of(2024, 3, 13));
            assertThat(register.row(dossiers.findByCode("B-1").orElseThrow(), LocalDate.of(2024, 3, 31)).deadline()
                    .dueOn()).isEqualTo(LocalDate.of(2024, 3, 14));

            Period q1 = Period.of(Period.Kind.QUARTER, LocalDate.of(2024, 3, 1));
            LocalDate asOf = LocalDate.of(2024, 3, 31);
            var all = register.serviceRates(UnitScope.ALL, q1, asOf);
            var a = register.serviceRates(UnitScope.of("A"), q1, asOf);
            var b = register.serviceRates(UnitScope.of("B"), q1, asOf);
            assertThat(a.received()).isEqualTo(1);
            assertThat(b.received()).isEqualTo(2);
            assertThat(all.received()).isEqualTo(3);
            RateTally allTally = register.dashboardFigures(UnitScope.ALL, q1, asOf).current();
            RateTally sum = register.dashboardFigures(UnitScope.of("A"), q1, asOf).current()
                    .plus(register.dashboardFigures(UnitScope.of("B"), q1, asOf).current());
            assertThat(allTally).isEqualTo(sum);
            assertThat(register.dashboardFigures(UnitScope.ALL, q1, asOf).current()).isEqualTo(sum); // stored, same
            assertThat(register.rowsAsOf(UnitScope.of("B"), asOf)).extracting(r -> r.dossier().code())
                    .containsExactly("B-1", "B-2");
            assertThat(register.overdueBoard(UnitScope.of("A"), LocalDate.of(2024, 4, 30)).overdue()).isEmpty();
            assertThat(register.overdueBoard(UnitScope.ALL, LocalDate.of(2024, 4, 30)).overdue())
                    .extracting(r -> r.dossier().code()).containsExactly("B-2");
            assertThat(register.openCounts(UnitScope.of("B"), LocalDate.of(2024, 4, 30))[0]).isEqualTo(1);
            assertThat(register.openCounts(UnitScope.of("A"), LocalDate.of(2024, 4, 30))[0]).isZero();
        }
    }

    @Test
    void theUnitsFileIsCheckedInWordsAndImportedAllOrNothing() throws Exception {
        try (Database db = Database.open(dir.resolve("db"))) {
            Path bad = dir.resolve("units.csv");
            Files.writeString(bad, "code,name,kind,parent_code\n"
                    + "H15,Tỉnh Sơn La,province,\n"
                    + "000.00.31.H15,Sở Giao thông vận tải,department,H15\n"
                    + "2001,Xã Chiềng Mung,ward,H15\n"
                    + "2002,Xã Mường Bon,commune,H99\n"
                    + "2003,,commune,2003\n");
            ImportReport r = Importer.run(db, ImportKind.UNITS, bad, false);
            assertThat(r.ok()).isFalse();
            assertThat(r.problems()).extracting(Object::toString).containsExactly(
                    "units.csv:4: column kind: expected one of province, department, district, commune (ward)",
                    "units.csv:5: column parent_code: no unit with this code in the register or on an earlier line"
                            + " (list a parent before its units) (H99)",
                    "units.csv:6: column name: required value is empty",
                    "units.csv:6: column parent_code: a unit cannot be its own parent (2003)");
            assertThat(new UnitRepository(db).all()).hasSize(1); // nothing written

            Path good = dir.resolve("units-good.csv");
            Files.writeString(good, "code,name,kind,parent_code\n"
                    + "H15,Tỉnh Sơn La,province,\n"
                    + "000.00.31.H15,Sở Giao thông vận tải,department,H15\n"
                    + "2001,Xã Chiềng Mung,commune,H15\n");
            assertThat(Importer.run(db, ImportKind.UNITS, good, false).summary()).startsWith("units: 3 added, 0 updated");
            assertThat(Importer.run(db, ImportKind.UNITS, good, false).summary()).startsWith("units: 0 added, 0 updated, 3 unchanged");
            assertThat(new UnitRepository(db).find("2001")).contains(new Unit("2001", "Xã Chiềng Mung", UnitKind.COMMUNE, "H15"));
        }
    }
}
