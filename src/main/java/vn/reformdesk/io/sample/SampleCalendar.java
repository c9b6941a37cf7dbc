package vn.reformdesk.io.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.calendar.HolidayGenerator;

/**
 * The sample department's working calendar: the official 2024 calendar for civil servants as announced, and the
 * shipped preset ({@link CalendarPresets#forYear(int)}) for 2025.
 *
 * <p>2024 is written out rather than generated because the announcement differs from the default rule, as an
 * officer would have edited it: Tết Giáp Thìn was 8–14 Feb (the default rule gives 9 and 12–15 Feb); Hùng
 * Kings' day Thu 18 Apr; 30 Apr and 1 May bridged by Mon 29 Apr with Sat 4 May worked in exchange; National
 * Day Mon 2 and Tue 3 Sep (31 Aug–1 Sep being a weekend).
 */
public final class SampleCalendar {
    private SampleCalendar() {}

    public static List<CalendarDay> official2024() {
        String tet = HolidayGenerator.TET;
        return List.of(
                CalendarDay.holiday(LocalDate.of(2024, 1, 1), HolidayGenerator.NEW_YEAR),
                CalendarDay.holiday(LocalDate.of(2024, 2, 8), tet),
                CalendarDay.holiday(LocalDate.of(2024, 2, 9), tet),
                CalendarDay.holiday(LocalDate.of(2024, 2, 10), tet),
                CalendarDay.holiday(LocalDate.of(2024, 2, 11), tet),
                CalendarDay.holiday(LocalDate.of(2024, 2, 12), tet),
                CalendarDay.holiday(LocalDate.of(2024, 2, 13), tet),
                CalendarDay.holiday(LocalDate.of(2024, 2, 14), tet),
                CalendarDay.holiday(LocalDate.of(2024, 4, 18), HolidayGenerator.HUNG_KINGS),
                CalendarDay.holiday(LocalDate.of(2024, 4, 29), HolidayGenerator.LIBERATION + " (hoán đổi với 4/5)"),
                CalendarDay.holiday(LocalDate.of(2024, 4, 30), HolidayGenerator.LIBERATION),
                CalendarDay.holiday(LocalDate.of(2024, 5, 1), HolidayGenerator.LABOUR),
                CalendarDay.workday(LocalDate.of(2024, 5, 4), "Làm bù cho ngày nghỉ 29/4"),
                CalendarDay.holiday(LocalDate.of(2024, 9, 2), HolidayGenerator.NATIONAL_DAY),
                CalendarDay.holiday(LocalDate.of(2024, 9, 3), HolidayGenerator.NATIONAL_DAY));
    }

    /** Every entry the sample loads: official 2024 plus the 2025 preset. */
    public static List<CalendarDay> entries() {
        List<CalendarDay> out = new ArrayList<>(official2024());
        out.addAll(CalendarPresets.forYear(2025));
        return out;
    }
}
