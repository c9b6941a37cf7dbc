package vn.reformdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The unit's calendar = every year's default days off with the officer's changes on top (hand-worked dates). */
class CalendarOverridesTest {
    static LocalDate d(int y, int m, int day) { return LocalDate.of(y, m, day); }

    @Test
    void aYearNobodyEditedUsesItsOfficialOrGeneratedDays() {
        WorkingCalendar cal = CalendarOverrides.none().workingCalendar();
        // 2024 official: Tết 8–14 Feb, Saturday 4 May worked, 2–3 Sep
        assertThat(cal.isWorkingDay(d(2024, 2, 8))).isFalse();
        assertThat(cal.isWorkingDay(d(2024, 2, 15))).isTrue();
        assertThat(cal.isWorkingDay(d(2024, 5, 4))).isTrue();
        assertThat(cal.isWorkingDay(d(2024, 9, 3))).isFalse();
        // 2025 official: weekdays 27–31 Jan, Friday 2 May off with Saturday 26 Apr worked, 1–2 Sep
        for (int day = 27; day <= 31; day++) assertThat(cal.isWorkingDay(d(2025, 1, day))).isFalse();
        assertThat(cal.isWorkingDay(d(2025, 2, 3))).as("the generated rule would give Monday 3 Feb off").isTrue();
        assertThat(cal.isWorkingDay(d(2025, 4, 7))).isFalse();
        assertThat(cal.isWorkingDay(d(2025, 4, 26))).isTrue();
        assertThat(cal.isWorkingDay(d(2025, 5, 2))).isFalse();
        assertThat(cal.isWorkingDay(d(2025, 9, 1))).isFalse();
        assertThat(cal.isWorkingDay(d(2025, 9, 3))).isTrue();
        // 2026 official: Saturday 22 Aug worked for Monday 31 Aug
        assertThat(cal.isWorkingDay(d(2026, 8, 22))).isTrue();
        assertThat(cal.isWorkingDay(d(2026, 8, 31))).isFalse();
        // 2027 generated: Tết 6 Feb (Saturday) → Fri 5, Mon 8, Tue 9 and the compensatory Wed 10, Thu 11 off
        for (LocalDate off : List.of(d(2027, 2, 5), d(2027, 2, 8), d(2027, 2, 9), d(2027, 2, 10), d(2027, 2, 11))) {
            assertThat(cal.isWorkingDay(off)).as(off.toString()).isFalse();
        }
        assertThat(cal.isWorkingDay(d(2027, 2, 12))).isTrue();
        assertThat(CalendarOverrides.none().year(2027)).extracting(SourcedDay::source).containsOnly(DaySource.GENERATED);
        assertThat(CalendarOverrides.none().year(2025)).extracting(SourcedDay::source).containsOnly(DaySource.OFFICIAL);
    }

    @Test
    void anImportedDayAddsToTheDefaults() {
        CalendarDay province = CalendarDay.holiday(d(2027, 3, 10), "Ngày của tỉnh");
        CalendarOverrides o = new CalendarOverrides(List.of(province), Set.of(), Set.of());
        WorkingCalendar cal = o.workingCalendar();
        assertThat(cal.isWorkingDay(d(2027, 3, 10))).isFalse();
        assertThat(cal.isWorkingDay(d(2027, 2, 8))).as("Tết still off").isFalse();
        assertThat(o.year(2027)).hasSize(CalendarPresets.forYear(2027).size() + 1)
                .contains(new SourcedDay(province, DaySource.OFFICER));
        // Tue 9 Mar 2027, N = 2: [Wed 10 off], Thu 11 (1), Fri 12 (2)
        assertThat(cal.plusWorkingDays(d(2027, 3, 9), 2)).isEqualTo(d(2027, 3, 12));
    }

    @Test
    void aRemovedDefaultDayStaysRemoved() {
        CalendarOverrides o = new CalendarOverrides(List.of(), Set.of(d(2027, 2, 11)), Set.of());
        WorkingCalendar cal = o.workingCalendar();
        assertThat(cal.isWorkingDay(d(2027, 2, 11))).isTrue();
        assertThat(cal.isWorkingDay(d(2027, 2, 10))).isFalse();
        assertThat(o.year(2027)).extracting(SourcedDay::date).doesNotContain(d(2027, 2, 11));
        assertThat(o.defaultDay(d(2027, 2, 11))).isPresent();
    }

    @Test
    void aYearReplacedWholeHoldsOnlyTheImportedDays() {
        // The announcement of 2027 (as imported): Tết Thu 4 – Wed 10 Feb weekdays; nothing else given in the file.
        List<CalendarDay> file = List.of(CalendarDay.holiday(d(2027, 2, 4), "Tết"), CalendarDay.holiday(d(2027, 2, 5), "Tết"),
                CalendarDay.holiday(d(2027, 2, 8), "Tết"), CalendarDay.holiday(d(2027, 2, 9), "Tết"),
                CalendarDay.holiday(d(2027, 2, 10), "Tết"));
        CalendarOverrides o = new CalendarOverrides(file, Set.of(), Set.of(2027));
        WorkingCalendar cal = o.workingCalendar();
        assertThat(cal.isWorkingDay(d(2027, 2, 4))).isFalse();
        assertThat(cal.isWorkingDay(d(2027, 2, 11))).as("a default no longer").isTrue();
        assertThat(cal.isWorkingDay(d(2027, 1, 1))).as("not in the file: worked").isTrue();
        assertThat(cal.isWorkingDay(d(2028, 1, 26))).as("other years keep their defaults: Tết 2028").isFalse();
        assertThat(cal.isWorkingDay(d(2026, 2, 16))).isFalse();
        assertThat(o.year(2027)).hasSize(5).extracting(SourcedDay::source).containsOnly(DaySource.OFFICER);
        assertThat(o.defaultDay(d(2027, 2, 11))).isEmpty();
    }
}
