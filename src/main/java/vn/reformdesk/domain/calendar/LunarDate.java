package vn.reformdesk.domain.calendar;

/**
 * A date in the Vietnamese lunar calendar (âm lịch).
 *
 * @param day       1–30
 * @param month     1–12
 * @param year      the lunar year, numbered by the Gregorian year in which its first month begins
 *                  (Tết Bính Ngọ, 17 Feb 2026, is 1/1/2026)
 * @param leapMonth true for the intercalary month that repeats {@code month} (tháng nhuận)
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {
    public LunarDate {
        if (day < 1 || day > 30) throw new IllegalArgumentException("lunar day must be 1-30: " + day);
        if (month < 1 || month > 12) throw new IllegalArgumentException("lunar month must be 1-12: " + month);
    }

    public static LunarDate of(int day, int month, int year) { return new LunarDate(day, month, year, false); }

    @Override
    public String toString() { return day + "/" + month + (leapMonth ? "n" : "") + "/" + year; }
}
