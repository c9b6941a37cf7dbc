package vn.reformdesk.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/** Shipped calendars: the official civil-servant calendar where the app knows it, else generated defaults. */
public final class CalendarPresets {
    private CalendarPresets() {}

    /**
     * The official 2026 calendar for civil servants (domain.md §2): 1 Jan; Tết Bính Ngọ 14–22 Feb with the
     * weekdays 16–20 Feb off; Giỗ Tổ Hùng Vương on Sunday 26 Apr compensated by Monday 27 Apr; 30 Apr and
     * 1 May; Quốc khánh 1–2 Sep plus Monday 31 Aug, with Saturday 22 Aug worked in exchange.
     * Weekend entries (26 Apr) are kept for display only.
     */
    public static List<CalendarDay> official2026() {
        return List.of(
                CalendarDay.holiday(LocalDate.of(2026, 1, 1), HolidayGenerator.NEW_YEAR),
                CalendarDay.holiday(LocalDate.of(2026, 2, 16), HolidayGenerator.TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 17), HolidayGenerator.TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 18), HolidayGenerator.TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 19), HolidayGenerator.TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 20), HolidayGenerator.TET),
                CalendarDay.holiday(LocalDate.of(2026, 4, 26), HolidayGenerator.HUNG_KINGS),
                CalendarDay.holiday(LocalDate.of(2026, 4, 27),
                        HolidayGenerator.COMPENSATORY_PREFIX + HolidayGenerator.HUNG_KINGS),
                CalendarDay.holiday(LocalDate.of(2026, 4, 30), HolidayGenerator.LIBERATION),
                CalendarDay.holiday(LocalDate.of(2026, 5, 1), HolidayGenerator.LABOUR),
                CalendarDay.workday(LocalDate.of(2026, 8, 22), "Làm bù cho ngày nghỉ 31/8 (" + HolidayGenerator.NATIONAL_DAY + ")"),
                CalendarDay.holiday(LocalDate.of(2026, 8, 31), HolidayGenerator.NATIONAL_DAY + " (hoán đổi với 22/8)"),
                CalendarDay.holiday(LocalDate.of(2026, 9, 1), HolidayGenerator.NATIONAL_DAY),
                CalendarDay.holiday(LocalDate.of(2026, 9, 2), HolidayGenerator.NATIONAL_DAY));
    }

    /** The preset for a year: {@link #official2026()} for 2026, else {@link HolidayGenerator#defaultsFor(int)}. */
    public static List<CalendarDay> forYear(int year) {
        return year == 2026 ? official2026() : HolidayGenerator.defaultsFor(year);
    }
}
