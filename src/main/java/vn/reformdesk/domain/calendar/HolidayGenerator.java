package vn.reformdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the default days off for a year (domain.md §2), for the officer to edit to match the year's
 * official announcement:
 * <ul>
 *   <li>1 January — "Tết Dương lịch";</li>
 *   <li>Tết — the last day of the lunar year and the first four days of the new one — "Tết Nguyên đán";</li>
 *   <li>10th day of the 3rd lunar month — "Giỗ Tổ Hùng Vương";</li>
 *   <li>30 April — "Ngày Giải phóng miền Nam"; 1 May — "Quốc tế Lao động";</li>
 *   <li>2 September — "Quốc khánh" — plus the day beside it: 1/9, or 3/9 when 1/9 falls on a Saturday or
 *       Sunday (the official days of 2023–2026 all follow this: 2023 1/9 with 4/9 in lieu of Saturday 2/9;
 *       2024 2–3/9; 2025 and 2026 1–2/9).</li>
 * </ul>
 * A default holiday on a Saturday or Sunday — or on a day that is already a holiday — gives the next
 * working day (Monday–Friday, not already off) off as a compensatory day named "Nghỉ bù &lt;name&gt;".
 * The weekend holiday itself is kept in the list for display (it changes nothing in {@link WorkingCalendar}).
 * No swapped working Saturdays are generated: those are only ever announced.
 */
public final class HolidayGenerator {
    public static final String NEW_YEAR = "Tết Dương lịch";
    public static final String TET = "Tết Nguyên đán";
    public static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    public static final String LIBERATION = "Ngày Giải phóng miền Nam";
    public static final String LABOUR = "Quốc tế Lao động";
    public static final String NATIONAL_DAY = "Quốc khánh";
    public static final String COMPENSATORY_PREFIX = "Nghỉ bù ";

    private HolidayGenerator() {}

    /** The default days off for Gregorian year {@code year}, in date order. */
    public static List<CalendarDay> defaultsFor(int year) {
        List<CalendarDay> base = new ArrayList<>();
        base.add(CalendarDay.holiday(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR));
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        for (int i = -1; i <= 3; i++) base.add(CalendarDay.holiday(tet.plusDays(i), TET));
        base.add(CalendarDay.holiday(VietnameseLunarCalendar.toSolar(10, 3, year), HUNG_KINGS));
        base.add(CalendarDay.holiday(LocalDate.of(year, Month.APRIL, 30), LIBERATION));
        base.add(CalendarDay.holiday(LocalDate.of(year, Month.MAY, 1), LABOUR));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        base.add(CalendarDay.holiday(nationalDay, NATIONAL_DAY));
        LocalDate before = nationalDay.minusDays(1);
        base.add(CalendarDay.holiday(isWeekend(before) ? nationalDay.plusDays(1) : before, NATIONAL_DAY));
        base.sort(Comparator.naturalOrder());

        // Place the days in date order; a weekend day or a clash carries a compensatory day forward.
        Map<LocalDate, CalendarDay> out = new LinkedHashMap<>();
        List<CalendarDay> compensations = new ArrayList<>();
        for (CalendarDay d : base) {
            if (out.containsKey(d.date())) {
                compensations.add(d); // clash (e.g. Hùng Vương on 30/4): the second holiday is compensated
                continue;
            }
            out.put(d.date(), d);
            if (isWeekend(d.date())) compensations.add(d);
        }
        for (CalendarDay d : compensations) {
            LocalDate c = d.date().plusDays(1);
            while (isWeekend(c) || out.containsKey(c)) c = c.plusDays(1);
            out.put(c, CalendarDay.holiday(c, COMPENSATORY_PREFIX + d.name()));
        }
        List<CalendarDay> result = new ArrayList<>(out.values());
        result.sort(Comparator.naturalOrder());
        return List.copyOf(result);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
