package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.calendar.DaySource;
import vn.reformdesk.domain.calendar.SourcedDay;
import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.support.TestDb;

/** The officer's calendar changes as stored (migration V7), read back over the defaults. */
class CalendarRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    CalendarRepository repo;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        repo = new CalendarRepository(db);
    }

    @AfterEach
    void close() { db.close(); }

    static LocalDate d(int y, int m, int day) { return LocalDate.of(y, m, day); }

    @Test
    void aFreshDatabaseHasEveryYearsDefaults() {
        WorkingCalendar cal = repo.workingCalendar();
        assertThat(cal.isWorkingDay(d(2026, 2, 16))).isFalse();
        assertThat(cal.isWorkingDay(d(2027, 2, 8))).isFalse();
        assertThat(repo.findAll()).isEmpty();
    }

    @Test
    void aRemovedDefaultDayStaysRemovedUntilAddedAgainOrRestored() {
        repo.remove(d(2026, 8, 31));
        assertThat(repo.workingCalendar().isWorkingDay(d(2026, 8, 31))).isTrue();
        assertThat(repo.overrides().removed()).containsExactly(d(2026, 8, 31));
        assertThat(AuditLog.find(db, CalendarRepository.ENTITY, "2026-08-31", 10)).hasSize(1);

        repo.save(CalendarDay.holiday(d(2026, 8, 31), "Nghỉ lễ"));
        assertThat(repo.overrides().removed()).isEmpty();
        assertThat(repo.workingCalendar().isWorkingDay(d(2026, 8, 31))).isFalse();

        repo.remove(d(2026, 8, 31)); // an entered day over a default: both go
        assertThat(repo.findAll()).isEmpty();
        assertThat(repo.workingCalendar().isWorkingDay(d(2026, 8, 31))).isTrue();
        repo.restoreDefaults(2026);
        assertThat(repo.overrides().year(2026)).extracting(SourcedDay::day).containsExactlyElementsOf(CalendarPresets.official2026());
    }

    @Test
    void anImportAddsToTheDefaultsOrReplacesItsYearsWhole() throws IOException {
        Path province = Files.writeString(dir.resolve("calendar.csv"), "date,kind,name\n2027-03-10,holiday,Ngày của tỉnh\n");
        assertThat(Importer.run(db, ImportKind.CALENDAR, province, false).ok()).isTrue();
        WorkingCalendar cal = repo.workingCalendar();
        assertThat(cal.isWorkingDay(d(2027, 3, 10))).isFalse();
        assertThat(cal.isWorkingDay(d(2027, 2, 8))).as("Tết 2027 still off").isFalse();

        repo.remove(d(2027, 2, 11));
        Path announcement = Files.writeString(dir.resolve("2027.csv"), "date,kind,name\n"
                + "2027-02-04,holiday,Tết\n2027-02-05,holiday,Tết\n2027-02-08,holiday,Tết\n2027-02-09,holiday,Tết\n"
                + "2027-02-10,holiday,Tết\n2027-02-20,workday,Làm bù\n");
        ImportReport r = Importer.run(db, ImportKind.CALENDAR_YEARS, announcement, false);
        assertThat(r.ok()).isTrue();
        assertThat(r.added()).isEqualTo(6);
        cal = repo.workingCalendar();
        assertThat(cal.isWorkingDay(d(2027, 2, 4))).isFalse();
        assertThat(cal.isWorkingDay(d(2027, 2, 11))).isTrue();
        assertThat(cal.isWorkingDay(d(2027, 2, 20))).isTrue();
        assertThat(cal.isWorkingDay(d(2027, 3, 10))).as("the earlier entry of the year is replaced too").isTrue();
        assertThat(cal.isWorkingDay(d(2027, 1, 1))).as("not in the announcement").isTrue();
        assertThat(cal.isWorkingDay(d(2026, 2, 16))).as("2026 untouched").isFalse();
        assertThat(repo.overrides().year(2027)).hasSize(6).extracting(SourcedDay::source).containsOnly(DaySource.OFFICER);
        assertThat(repo.overrides().removed()).isEmpty();

        // importing the same announcement again changes nothing in the calendar
        assertThat(Importer.run(db, ImportKind.CALENDAR_YEARS, announcement, false).ok()).isTrue();
        assertThat(repo.overrides().year(2027)).hasSize(6);

        repo.restoreDefaults(2027);
        assertThat(repo.workingCalendar().isWorkingDay(d(2027, 2, 11))).isFalse();
        assertThat(repo.overrides().replacedYears()).isEmpty();
    }
}
