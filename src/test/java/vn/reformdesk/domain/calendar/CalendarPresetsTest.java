package vn.reformdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarPresetsTest {
    private final WorkingCalendar cal = new WorkingCalendar(CalendarPresets.official2026());

    private static LocalDate d(int m, int day) { return LocalDate.of(2026, m, day); }

    @Test
    void official2026DaysOff() {
        // 1 Jan (Thu); Tết 14–22 Feb with weekdays 16–20 off; Mon 27 Apr (Giỗ Tổ on Sun 26 Apr); Thu 30 Apr, Fri 1 May;
        // Mon 31 Aug, Tue 1 Sep, Wed 2 Sep.
        for (LocalDate off : new LocalDate[] {d(1, 1), d(2, 14), d(2, 15), d(2, 16), d(2, 17), d(2, 18), d(2, 19),
                d(2, 20), d(2, 21), d(2, 22), d(4, 26), d(4, 27), d(4, 30), d(5, 1), d(8, 31), d(9, 1), d(9, 2)}) {
            assertThat(cal.isWorkingDay(off)).as("%s off", off).isFalse();
        }
        for (LocalDate on : new LocalDate[] {d(1, 2), d(2, 13), d(2, 23), d(4, 24), d(4, 28), d(4, 29), d(5, 4),
                d(8, 21), d(8, 24), d(9, 3)}) {
            assertThat(cal.isWorkingDay(on)).as("%s worked", on).isTrue();
        }
    }

    @Test
    void saturday22August2026IsWorked() {
        assertThat(LocalDate.of(2026, 8, 22).getDayOfWeek().getValue()).isEqualTo(6);
        assertThat(cal.isWorkingDay(d(8, 22))).isTrue();
        assertThat(cal.entries().get(d(8, 22)).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(cal.isWorkingDay(d(8, 29))).isFalse(); // an ordinary Saturday
    }

    @Test
    void official2026HasTwelveWeekdaysOffAndOneWorkedSaturday() {
        // 1/1, 16–20/2 (5), 27/4, 30/4, 1/5, 31/8, 1/9, 2/9 = 12 weekdays; Sat 22/8 worked in exchange for 31/8.
        long weekdaysOff = CalendarPresets.official2026().stream()
                .filter(x -> x.kind() == DayKind.HOLIDAY && x.date().getDayOfWeek().getValue() <= 5).count();
        assertThat(weekdaysOff).isEqualTo(12);
        assertThat(CalendarPresets.official2026()).filteredOn(x -> x.kind() == DayKind.WORKDAY)
                .extracting(CalendarDay::date).containsExactly(d(8, 22));
        // The year's working-day total: the weekdays of 2026 (261) − 12 + 1.
        assertThat(cal.workingDaysBetween(LocalDate.of(2025, 12, 31), d(12, 31))).isEqualTo(261 - 12 + 1);
    }

    @Test
    void forYear() {
        assertThat(CalendarPresets.forYear(2026)).isEqualTo(CalendarPresets.official2026());
        assertThat(CalendarPresets.forYear(2027)).isEqualTo(HolidayGenerator.defaultsFor(2027));
        assertThat(CalendarPresets.forYear(2025)).isEqualTo(CalendarPresets.official2025());
        assertThat(CalendarPresets.forYear(2024)).isEqualTo(CalendarPresets.official2024());
        assertThat(CalendarPresets.hasOfficial(2023)).isFalse();
        assertThat(CalendarPresets.hasOfficial(2027)).isFalse();
    }
}
