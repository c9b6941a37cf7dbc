package vn.reformdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monday–Friday working days, minus holidays, plus swapped working weekend days. Immutable.
 * A holiday entry on a weekend or a workday entry on a weekday changes nothing (they are kept for display).
 */
public final class WorkingCalendar {
    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();

    public WorkingCalendar(Collection<CalendarDay> entries) {
        for (CalendarDay d : entries) days.put(d.date(), d);
    }

    /** The bare Monday–Friday calendar. */
    public static WorkingCalendar weekdaysOnly() { return new WorkingCalendar(List.of()); }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay entry = days.get(date);
        if (entry != null) return entry.kind() == DayKind.WORKDAY;
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) d = d.plusDays(1);
        return d;
    }

    /** {@code date} itself if it is a working day, else the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDayAfter(date);
    }

    /** The n-th working day after {@code date} (n = 0 gives {@code date} itself). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) throw new IllegalArgumentException("n must be >= 0");
        LocalDate d = date;
        for (int i = 0; i < n; i++) d = nextWorkingDayAfter(d);
        return d;
    }

    /** Number of working days d with {@code from} &lt; d ≤ {@code to}; 0 when {@code to} ≤ {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) count++;
        }
        return count;
    }

    /** Calendar entries (holidays and swapped days) with from ≤ date ≤ to, in date order. */
    public List<CalendarDay> entriesBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) return List.of();
        return new ArrayList<>(days.subMap(from, true, to, true).values());
    }

    public Map<LocalDate, CalendarDay> entries() { return Collections.unmodifiableMap(days); }
}
