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
    // Working days are indexed once for 1990–2100 so counting is arithmetic, not a walk day by day
    // (a million dossiers need a million due dates on every screen refresh). Outside the range: the walk.
    private static final long FIRST = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2100, 12, 31).toEpochDay();

    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
    /** cumulative[i] = working days in [FIRST, FIRST + i]. */
    private final int[] cumulative;
    /** workingDays[k] = epoch day of the (k+1)-th working day from FIRST. */
    private final long[] workingDays;

    public WorkingCalendar(Collection<CalendarDay> entries) {
        for (CalendarDay d : entries) days.put(d.date(), d);
        int span = (int) (LAST - FIRST + 1);
        cumulative = new int[span];
        long[] list = new long[span];
        int count = 0;
        for (int i = 0; i < span; i++) {
            long epoch = FIRST + i;
            if (computeWorking(LocalDate.ofEpochDay(epoch))) list[count++] = epoch;
            cumulative[i] = count;
        }
        workingDays = java.util.Arrays.copyOf(list, count);
    }

    private boolean computeWorking(LocalDate date) {
        CalendarDay entry = days.get(date);
        if (entry != null) return entry.kind() == DayKind.WORKDAY;
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private static boolean indexed(LocalDate d) {
        long e = d.toEpochDay();
        return e >= FIRST && e <= LAST;
    }

    /** The bare Monday–Friday calendar. */
    public static WorkingCalendar weekdaysOnly() { return new WorkingCalendar(List.of()); }

    public boolean isWorkingDay(LocalDate date) {
        if (!indexed(date)) return computeWorking(date);
        int i = (int) (date.toEpochDay() - FIRST);
        return cumulative[i] > (i == 0 ? 0 : cumulative[i - 1]);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        if (indexed(date)) {
            int k = cumulative[(int) (date.toEpochDay() - FIRST)]; // working days up to date = index of the next one
            if (k < workingDays.length) return LocalDate.ofEpochDay(workingDays[k]);
        }
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
        if (n == 0) return date;
        if (indexed(date)) {
            int k = cumulative[(int) (date.toEpochDay() - FIRST)] + n - 1;
            if (k < workingDays.length) return LocalDate.ofEpochDay(workingDays[k]);
        }
        LocalDate d = date;
        for (int i = 0; i < n; i++) d = nextWorkingDayAfter(d);
        return d;
    }

    /** Number of working days d with {@code from} &lt; d ≤ {@code to}; 0 when {@code to} ≤ {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) return 0;
        if (indexed(from) && indexed(to)) {
            return cumulative[(int) (to.toEpochDay() - FIRST)] - cumulative[(int) (from.toEpochDay() - FIRST)];
        }
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
