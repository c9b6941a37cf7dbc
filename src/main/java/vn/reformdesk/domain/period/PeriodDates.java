package vn.reformdesk.domain.period;

import java.time.LocalDate;

/**
 * Which dates a period covers. {@link #CALENDAR}: its calendar days (the dashboard's periods). {@link #OFFICIAL}: the
 * data cut of periodic reports (Decree 09/2019/NĐ-CP, art. 12), from the 15th of the month before the period to the
 * 14th of its last month — Q1 2026 = 15/12/2025–14/03/2026, a year 15/12 of the year before to 14/12. Consecutive
 * official months, quarters and years follow each other without a gap, as the calendar ones do.
 */
public enum PeriodDates {
    OFFICIAL, CALENDAR;

    /** The first day (inclusive). */
    public LocalDate start(Period p) {
        return this == CALENDAR ? p.start() : p.start().minusMonths(1).withDayOfMonth(15);
    }

    /** The last day (inclusive). */
    public LocalDate end(Period p) {
        return this == CALENDAR ? p.end() : p.end().withDayOfMonth(14);
    }

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
