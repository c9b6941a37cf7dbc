package vn.reformdesk.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default days off of a year: the official civil-servant calendar where the app ships it (2024–2026), else
 * the days generated from the lunar calendar ({@link HolidayGenerator}). Weekend entries are kept for display.
 */
public final class CalendarPresets {
    private static final String TET = HolidayGenerator.TET;
    private static final String NATIONAL_DAY = HolidayGenerator.NATIONAL_DAY;
    // Generated years are pure functions of the year; every calculator build asks for 111 of them.
    private static final Map<Integer, List<CalendarDay>> GENERATED = new ConcurrentHashMap<>();

    private CalendarPresets() {}

    /**
     * The official 2024 calendar: 1 Jan; Tết Giáp Thìn 8–14 Feb; Hùng Kings' day Thursday 18 Apr; 30 Apr and
     * 1 May bridged by Monday 29 Apr with Saturday 4 May worked in exchange; National Day Monday 2 and Tuesday 3 Sep.
     */
    public static List<CalendarDay> official2024() {
        return List.of(
                CalendarDay.holiday(LocalDate.of(2024, 1, 1), HolidayGenerator.NEW_YEAR),
                CalendarDay.holiday(LocalDate.of(2024, 2, 8), TET),
                CalendarDay.holiday(LocalDate.of(2024, 2, 9), TET),
                CalendarDay.holiday(LocalDate.of(2024, 2, 10), TET),
                CalendarDay.holiday(LocalDate.of(2024, 2, 11), TET),
                CalendarDay.holiday(LocalDate.of(2024, 2, 12), TET),
                CalendarDay.holiday(LocalDate.of(2024, 2, 13), TET),
                CalendarDay.holiday(LocalDate.of(2024, 2, 14), TET),
                CalendarDay.holiday(LocalDate.of(2024, 4, 18), HolidayGenerator.HUNG_KINGS),
                CalendarDay.holiday(LocalDate.of(2024, 4, 29), HolidayGenerator.LIBERATION + " (hoán đổi với 4/5)"),
                CalendarDay.holiday(LocalDate.of(2024, 4, 30), HolidayGenerator.LIBERATION),
                CalendarDay.holiday(LocalDate.of(2024, 5, 1), HolidayGenerator.LABOUR),
                CalendarDay.workday(LocalDate.of(2024, 5, 4), "Làm bù cho ngày nghỉ 29/4"),
                CalendarDay.holiday(LocalDate.of(2024, 9, 2), NATIONAL_DAY),
                CalendarDay.holiday(LocalDate.of(2024, 9, 3), NATIONAL_DAY));
    }

    /**
     * The official 2025 calendar: 1 Jan; Tết Ất Tỵ 25 Jan–2 Feb with the weekdays 27–31 Jan off; Hùng Kings' day
     * Monday 7 Apr; 30 Apr, 1 May and Friday 2 May with Saturday 26 Apr worked in exchange; Monday 1 and Tuesday 2 Sep.
     */
    public static List<CalendarDay> official2025() {
        return List.of(
                CalendarDay.holiday(LocalDate.of(2025, 1, 1), HolidayGenerator.NEW_YEAR),
                CalendarDay.holiday(LocalDate.of(2025, 1, 27), TET),
                CalendarDay.holiday(LocalDate.of(2025, 1, 28), TET),
                CalendarDay.holiday(LocalDate.of(2025, 1, 29), TET),
                CalendarDay.holiday(LocalDate.of(2025, 1, 30), TET),
                CalendarDay.holiday(LocalDate.of(2025, 1, 31), TET),
                CalendarDay.holiday(LocalDate.of(2025, 4, 7), HolidayGenerator.HUNG_KINGS),
                CalendarDay.workday(LocalDate.of(2025, 4, 26), "Làm bù cho ngày nghỉ 2/5"),
                CalendarDay.holiday(LocalDate.of(2025, 4, 30), HolidayGenerator.LIBERATION),
                CalendarDay.holiday(LocalDate.of(2025, 5, 1), HolidayGenerator.LABOUR),
                CalendarDay.holiday(LocalDate.of(2025, 5, 2), HolidayGenerator.LABOUR + " (hoán đổi với 26/4)"),
                CalendarDay.holiday(LocalDate.of(2025, 9, 1), NATIONAL_DAY),
                CalendarDay.holiday(LocalDate.of(2025, 9, 2), NATIONAL_DAY));
    }

    /**
     * The official 2026 calendar for civil servants (domain.md §2): 1 Jan; Tết Bính Ngọ 14–22 Feb with the
     * weekdays 16–20 Feb off; Giỗ Tổ Hùng Vương on Sunday 26 Apr compensated by Monday 27 Apr; 30 Apr and
     * 1 May; Quốc khánh 1–2 Sep plus Monday 31 Aug, with Saturday 22 Aug worked in exchange.
     */
    public static List<CalendarDay> official2026() {
        return List.of(
                CalendarDay.holiday(LocalDate.of(2026, 1, 1), HolidayGenerator.NEW_YEAR),
                CalendarDay.holiday(LocalDate.of(2026, 2, 16), TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 17), TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 18), TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 19), TET),
                CalendarDay.holiday(LocalDate.of(2026, 2, 20), TET),
                CalendarDay.holiday(LocalDate.of(2026, 4, 26), HolidayGenerator.HUNG_KINGS),
                CalendarDay.holiday(LocalDate.of(2026, 4, 27),
                        HolidayGenerator.COMPENSATORY_PREFIX + HolidayGenerator.HUNG_KINGS),
                CalendarDay.holiday(LocalDate.of(2026, 4, 30), HolidayGenerator.LIBERATION),
                CalendarDay.holiday(LocalDate.of(2026, 5, 1), HolidayGenerator.LABOUR),
                CalendarDay.workday(LocalDate.of(2026, 8, 22), "Làm bù cho ngày nghỉ 31/8 (" + NATIONAL_DAY + ")"),
                CalendarDay.holiday(LocalDate.of(2026, 8, 31), NATIONAL_DAY + " (hoán đổi với 22/8)"),
                CalendarDay.holiday(LocalDate.of(2026, 9, 1), NATIONAL_DAY),
                CalendarDay.holiday(LocalDate.of(2026, 9, 2), NATIONAL_DAY));
    }

    /** The official calendar the app ships for {@code year}, if any. */
    public static Optional<List<CalendarDay>> official(int year) {
        return switch (year) {
            case 2024 -> Optional.of(official2024());
            case 2025 -> Optional.of(official2025());
            case 2026 -> Optional.of(official2026());
            default -> Optional.empty();
        };
    }

    /** Whether the app ships the official calendar of {@code year} (else its defaults are generated). */
    public static boolean hasOfficial(int year) { return year >= 2024 && year <= 2026; }

    /** The default days off of a year: its official calendar, else {@link HolidayGenerator#defaultsFor(int)}. */
    public static List<CalendarDay> forYear(int year) {
        return official(year).orElseGet(() -> GENERATED.computeIfAbsent(year, HolidayGenerator::defaultsFor));
    }
}
