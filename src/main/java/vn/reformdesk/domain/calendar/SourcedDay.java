package vn.reformdesk.domain.calendar;

import java.time.LocalDate;

/** A day of the unit's calendar with where it comes from. */
public record SourcedDay(CalendarDay day, DaySource source) {
    public LocalDate date() { return day.date(); }
}
