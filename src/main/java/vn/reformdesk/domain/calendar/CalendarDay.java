package vn.reformdesk.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of the working calendar: a holiday (weekday off) or a swapped working weekend day. */
public record CalendarDay(LocalDate date, DayKind kind, String name) implements Comparable<CalendarDay> {
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public static CalendarDay holiday(LocalDate date, String name) { return new CalendarDay(date, DayKind.HOLIDAY, name); }

    public static CalendarDay workday(LocalDate date, String name) { return new CalendarDay(date, DayKind.WORKDAY, name); }

    @Override
    public int compareTo(CalendarDay o) { return date.compareTo(o.date); }
}
