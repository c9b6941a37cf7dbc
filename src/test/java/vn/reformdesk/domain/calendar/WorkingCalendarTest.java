package vn.reformdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    // March 2026: Mon 2, ..., Fri 6, Sat 7, Sun 8, Mon 9 ... (no public holiday in March).
    private static LocalDate mar(int day) { return LocalDate.of(2026, 3, day); }

    private final WorkingCalendar plain = WorkingCalendar.weekdaysOnly();

    @Test
    void weekdaysWorkWeekendsDoNot() {
        assertThat(plain.isWorkingDay(mar(2))).isTrue();  // Monday
        assertThat(plain.isWorkingDay(mar(6))).isTrue();  // Friday
        assertThat(plain.isWorkingDay(mar(7))).isFalse(); // Saturday
        assertThat(plain.isWorkingDay(mar(8))).isFalse(); // Sunday
    }

    @Test
    void holidaysAndSwappedDays() {
        WorkingCalendar cal = new WorkingCalendar(List.of(
                CalendarDay.holiday(mar(4), "test holiday"),        // Wednesday off
                CalendarDay.workday(mar(7), "test swapped Saturday"), // Saturday worked
                CalendarDay.holiday(mar(8), "holiday on a Sunday"),  // no effect
                CalendarDay.workday(mar(10), "workday on a Tuesday"))); // no effect
        assertThat(cal.isWorkingDay(mar(4))).isFalse();
        assertThat(cal.isWorkingDay(mar(7))).isTrue();
        assertThat(cal.isWorkingDay(mar(8))).isFalse();
        assertThat(cal.isWorkingDay(mar(10))).isTrue();
        // From Tue 3: Wed 4 is off -> Thu 5; then Fri 6, Sat 7 (worked), Mon 9.
        assertThat(cal.nextWorkingDayAfter(mar(3))).isEqualTo(mar(5));
        assertThat(cal.plusWorkingDays(mar(3), 3)).isEqualTo(mar(7));
        assertThat(cal.plusWorkingDays(mar(3), 4)).isEqualTo(mar(9));
        // Working days d with 2 < d <= 9: Tue 3, Thu 5, Fri 6, Sat 7, Mon 9 = 5.
        assertThat(cal.workingDaysBetween(mar(2), mar(9))).isEqualTo(5);
        assertThat(cal.entriesBetween(mar(4), mar(8))).extracting(CalendarDay::date)
                .containsExactly(mar(4), mar(7), mar(8));
    }

    @Test
    void nextAndOnOrNext() {
        assertThat(plain.nextWorkingDayAfter(mar(6))).isEqualTo(mar(9));  // Fri -> Mon
        assertThat(plain.onOrNextWorkingDay(mar(6))).isEqualTo(mar(6));   // Fri itself
        assertThat(plain.onOrNextWorkingDay(mar(7))).isEqualTo(mar(9));   // Sat -> Mon
        assertThat(plain.onOrNextWorkingDay(mar(8))).isEqualTo(mar(9));   // Sun -> Mon
    }

    @Test
    void plusWorkingDays() {
        assertThat(plain.plusWorkingDays(mar(9), 0)).isEqualTo(mar(9));
        assertThat(plain.plusWorkingDays(mar(9), 3)).isEqualTo(mar(12));  // Mon + 3 = Thu
        assertThat(plain.plusWorkingDays(mar(12), 3)).isEqualTo(mar(17)); // Thu + 3 = Fri, Mon, Tue
        assertThat(plain.plusWorkingDays(mar(7), 1)).isEqualTo(mar(9));   // from a Saturday: Mon is the 1st
        assertThatThrownBy(() -> plain.plusWorkingDays(mar(9), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenIsExclusiveInclusive() {
        assertThat(plain.workingDaysBetween(mar(9), mar(9))).isZero();
        assertThat(plain.workingDaysBetween(mar(9), mar(10))).isEqualTo(1);
        assertThat(plain.workingDaysBetween(mar(6), mar(8))).isZero();     // Sat, Sun
        assertThat(plain.workingDaysBetween(mar(6), mar(9))).isEqualTo(1); // Mon
        assertThat(plain.workingDaysBetween(mar(12), mar(9))).isZero();    // reversed
        assertThat(plain.entriesBetween(mar(12), mar(9))).isEmpty();
    }

    @Test
    void tet2026WithTheOfficialPreset() {
        WorkingCalendar cal = new WorkingCalendar(CalendarPresets.official2026());
        // Fri 13 Feb + 1 working day: 16–20 off, 21–22 weekend -> Mon 23 Feb.
        assertThat(cal.nextWorkingDayAfter(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(cal.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23))).isEqualTo(1);
    }
}
