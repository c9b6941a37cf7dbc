package vn.reformdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformdesk.domain.calendar.CalendarDay.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class HolidayGeneratorTest {

    private static LocalDate d(int y, int m, int day) { return LocalDate.of(y, m, day); }

    @Test
    void defaults2026() {
        // 1/1/2026 is a Thursday. Tết Bính Ngọ = Tue 17 Feb, so 29 Tết (Mon 16) + mùng 1–4 (17–20): all weekdays, no
        // compensation. Giỗ Tổ 10/3 = Sun 26 Apr -> Mon 27 Apr off. 30/4 Thu, 1/5 Fri. 2/9 Wed; the day before, Tue
        // 1/9, is a weekday so it is the default day beside it (the official 2026 days are 1–2/9 too).
        assertThat(HolidayGenerator.defaultsFor(2026)).containsExactly(
                holiday(d(2026, 1, 1), "Tết Dương lịch"),
                holiday(d(2026, 2, 16), "Tết Nguyên đán"),
                holiday(d(2026, 2, 17), "Tết Nguyên đán"),
                holiday(d(2026, 2, 18), "Tết Nguyên đán"),
                holiday(d(2026, 2, 19), "Tết Nguyên đán"),
                holiday(d(2026, 2, 20), "Tết Nguyên đán"),
                holiday(d(2026, 4, 26), "Giỗ Tổ Hùng Vương"),
                holiday(d(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"),
                holiday(d(2026, 4, 30), "Ngày Giải phóng miền Nam"),
                holiday(d(2026, 5, 1), "Quốc tế Lao động"),
                holiday(d(2026, 9, 1), "Quốc khánh"),
                holiday(d(2026, 9, 2), "Quốc khánh"));
    }

    @Test
    void tet2026IsNineDaysAwayFromTheOffice() {
        // domain.md: defaults 16–20 Feb 2026, with the weekends around them nine days away (Sat 14 – Sun 22).
        WorkingCalendar cal = new WorkingCalendar(HolidayGenerator.defaultsFor(2026));
        for (LocalDate x = d(2026, 2, 14); !x.isAfter(d(2026, 2, 22)); x = x.plusDays(1)) {
            assertThat(cal.isWorkingDay(x)).as("%s", x).isFalse();
        }
        assertThat(cal.isWorkingDay(d(2026, 2, 13))).isTrue();
        assertThat(cal.isWorkingDay(d(2026, 2, 23))).isTrue();
    }

    @Test
    void defaults2023CompensateWeekendHolidaysOnTheNextFreeWorkingDay() {
        // 1/1/2023 Sunday -> Mon 2/1 off.
        // Tết Quý Mão Sun 22 Jan: 30 Tết = Sat 21, mùng 1–4 = Sun 22 – Wed 25. Sat 21 -> first free weekday after it is
        // Thu 26 (Mon–Wed are Tết); Sun 22 -> Fri 27.
        // Giỗ Tổ = Sat 29 Apr, 30/4 Sunday, 1/5 Monday: Giỗ Tổ -> Tue 2/5 (Mon is 1/5); 30/4 -> Wed 3/5.
        // (This is exactly the official 2023 calendar for April–May: 29/4–3/5 off.)
        // 2/9 Saturday: 3/9 is a Sunday, so the adjacent day is Fri 1/9; Sat 2/9 -> Mon 4/9 (official 2023: 1–4 Sep).
        List<CalendarDay> days = HolidayGenerator.defaultsFor(2023);
        assertThat(days).contains(
                holiday(d(2023, 1, 1), "Tết Dương lịch"),
                holiday(d(2023, 1, 2), "Nghỉ bù Tết Dương lịch"),
                holiday(d(2023, 1, 21), "Tết Nguyên đán"),
                holiday(d(2023, 1, 25), "Tết Nguyên đán"),
                holiday(d(2023, 1, 26), "Nghỉ bù Tết Nguyên đán"),
                holiday(d(2023, 1, 27), "Nghỉ bù Tết Nguyên đán"),
                holiday(d(2023, 4, 29), "Giỗ Tổ Hùng Vương"),
                holiday(d(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương"),
                holiday(d(2023, 5, 3), "Nghỉ bù Ngày Giải phóng miền Nam"),
                holiday(d(2023, 9, 1), "Quốc khánh"),
                holiday(d(2023, 9, 2), "Quốc khánh"),
                holiday(d(2023, 9, 4), "Nghỉ bù Quốc khánh"));
        assertThat(days).hasSize(17);
        assertThat(days).extracting(CalendarDay::date).doesNotContain(d(2023, 9, 3));
    }

    @Test
    void nationalDayAdjacentDayDefaults() {
        // The day beside 2/9 is 1/9, or 3/9 when 1/9 is a weekend day; a weekend 2/9 gives the next working day off.
        // 2023: 1/9 Friday; 2/9 Saturday -> Monday 4/9 (official 2023: 1/9 and 4/9 in lieu of 2/9).
        assertThat(nationalDays(2023)).containsExactly(d(2023, 9, 1), d(2023, 9, 2), d(2023, 9, 4));
        // 2024: 1/9 Sunday -> 3/9 Tuesday (official 2024: 2–3 Sep).
        assertThat(nationalDays(2024)).containsExactly(d(2024, 9, 2), d(2024, 9, 3));
        // 2025: 1/9 Monday (official 2025: 1–2 Sep).
        assertThat(nationalDays(2025)).containsExactly(d(2025, 9, 1), d(2025, 9, 2));
        // 2026: 1/9 Tuesday (official 2026: 1–2 Sep, plus 31/8 swapped with Saturday 22/8: in the preset only).
        assertThat(nationalDays(2026)).containsExactly(d(2026, 9, 1), d(2026, 9, 2));
        // 2022: 2/9 Friday, 1/9 Thursday (official 2022: 1–2 Sep).
        assertThat(nationalDays(2022)).containsExactly(d(2022, 9, 1), d(2022, 9, 2));
        // 2029: 1/9 Saturday -> 3/9 Monday, and Sunday 2/9 is compensated on Tuesday 4/9.
        assertThat(nationalDays(2029)).containsExactly(d(2029, 9, 2), d(2029, 9, 3), d(2029, 9, 4));
    }

    @Test
    void tetAndHungKingsDays2023To2030() {
        // Lunar New Year (UTC+7) and the 10th day of the 3rd lunar month. 2030: the new moon is at 23:07 on 2 Feb in
        // Vietnam, so Tết is 2 Feb (3 Feb in China, UTC+8).
        String[][] known = {{"2023-01-22", "2023-04-29"}, {"2024-02-10", "2024-04-18"}, {"2025-01-29", "2025-04-07"},
            {"2026-02-17", "2026-04-26"}, {"2027-02-06", "2027-04-16"}, {"2028-01-26", "2028-04-04"},
            {"2029-02-13", "2029-04-23"}, {"2030-02-02", "2030-04-12"}};
        for (int y = 2023; y <= 2030; y++) {
            List<CalendarDay> days = HolidayGenerator.defaultsFor(y);
            LocalDate tet = LocalDate.parse(known[y - 2023][0]);
            assertThat(days).as("Tết %d", y).filteredOn(x -> x.name().equals("Tết Nguyên đán")).extracting(CalendarDay::date)
                    .containsExactly(tet.minusDays(1), tet, tet.plusDays(1), tet.plusDays(2), tet.plusDays(3));
            assertThat(days).as("Hùng Kings %d", y).contains(holiday(LocalDate.parse(known[y - 2023][1]), "Giỗ Tổ Hùng Vương"));
        }
    }

    @Test
    void defaults2022MatchTheOfficialSpringDays() {
        // Giỗ Tổ 2022 = Sun 10 Apr -> Mon 11 Apr. 30/4 Sat -> Mon 2/5; 1/5 Sun -> Tue 3/5 (all as announced for 2022).
        List<CalendarDay> days = HolidayGenerator.defaultsFor(2022);
        assertThat(days).contains(
                holiday(d(2022, 4, 10), "Giỗ Tổ Hùng Vương"),
                holiday(d(2022, 4, 11), "Nghỉ bù Giỗ Tổ Hùng Vương"),
                holiday(d(2022, 5, 2), "Nghỉ bù Ngày Giải phóng miền Nam"),
                holiday(d(2022, 5, 3), "Nghỉ bù Quốc tế Lao động"));
    }

    @Test
    void everyYearGivesElevenWeekdaysOff() {
        // 1/1 + 5 Tết + Giỗ Tổ + 30/4 + 1/5 + 2 Quốc khánh = 11 days; each is a weekday itself or is compensated on
        // a weekday, so each year has exactly 11 weekdays off, all distinct, and Tết contains mùng 1.
        for (int y = 1990; y <= 2100; y++) {
            List<CalendarDay> days = HolidayGenerator.defaultsFor(y);
            assertThat(days).extracting(CalendarDay::date).doesNotHaveDuplicates().isSorted();
            assertThat(days).allMatch(x -> x.kind() == DayKind.HOLIDAY);
            long weekdays = days.stream().filter(x -> x.date().getDayOfWeek().getValue() <= 5).count();
            assertThat(weekdays).as("weekdays off in %d", y).isEqualTo(11);
            assertThat(days).filteredOn(x -> x.name().startsWith("Nghỉ bù"))
                    .allMatch(x -> x.date().getDayOfWeek() != DayOfWeek.SATURDAY && x.date().getDayOfWeek() != DayOfWeek.SUNDAY);
            LocalDate tet = VietnameseLunarCalendar.newYear(y);
            assertThat(days).filteredOn(x -> x.name().equals("Tết Nguyên đán")).extracting(CalendarDay::date)
                    .containsExactly(tet.minusDays(1), tet, tet.plusDays(1), tet.plusDays(2), tet.plusDays(3));
        }
    }

    private static List<LocalDate> nationalDays(int year) {
        return HolidayGenerator.defaultsFor(year).stream().filter(x -> x.name().contains("Quốc khánh"))
                .map(CalendarDay::date).collect(Collectors.toList());
    }
}
