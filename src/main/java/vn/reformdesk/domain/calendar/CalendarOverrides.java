package vn.reformdesk.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The unit's calendar: every year's default days off ({@link CalendarPresets#forYear}) with the officer's changes on
 * top, so a year nobody edited still has its holidays.
 * <ul>
 *   <li>{@code entered}: days the officer typed or imported; each adds to the defaults or replaces the default of
 *       its date (a province's own day off, a worked Saturday, a renamed day);</li>
 *   <li>{@code removed}: default days the officer took out; they stay out;</li>
 *   <li>{@code replacedYears}: years an import replaced whole (the year's official announcement): there only the
 *       entered days count, no default.</li>
 * </ul>
 */
public record CalendarOverrides(List<CalendarDay> entered, Set<LocalDate> removed, Set<Integer> replacedYears) {
    /** Defaults are laid over the years {@link WorkingCalendar} indexes. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    public CalendarOverrides {
        entered = List.copyOf(entered);
        removed = Set.copyOf(removed);
        replacedYears = Set.copyOf(replacedYears);
    }

    /** No change by the officer: the defaults of every year. */
    public static CalendarOverrides none() { return new CalendarOverrides(List.of(), Set.of(), Set.of()); }

    /** The source of a year's defaults: the shipped official calendar, else the lunar-calendar rule. */
    public static DaySource defaultSource(int year) {
        return CalendarPresets.hasOfficial(year) ? DaySource.OFFICIAL : DaySource.GENERATED;
    }

    /** The days of {@code year}, each with its source, in date order. */
    public List<SourcedDay> year(int year) {
        return new ArrayList<>(year(year, enteredByYear().getOrDefault(year, List.of())).values());
    }

    /** The default day of {@code date} in a year not replaced whole, if any (removing it must be remembered). */
    public Optional<CalendarDay> defaultDay(LocalDate date) {
        int y = date.getYear();
        if (replacedYears.contains(y)) return Optional.empty();
        return CalendarPresets.forYear(y).stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** Every day of every year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}, plus entered days outside them. */
    public List<CalendarDay> days() {
        Map<Integer, List<CalendarDay>> byYear = enteredByYear();
        List<CalendarDay> out = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            for (SourcedDay d : year(y, byYear.getOrDefault(y, List.of())).values()) out.add(d.day());
        }
        for (CalendarDay d : entered) {
            if (d.date().getYear() < FIRST_YEAR || d.date().getYear() > LAST_YEAR) out.add(d);
        }
        return out;
    }

    public WorkingCalendar workingCalendar() { return new WorkingCalendar(days()); }

    private TreeMap<LocalDate, SourcedDay> year(int year, List<CalendarDay> enteredInYear) {
        TreeMap<LocalDate, SourcedDay> out = new TreeMap<>();
        if (!replacedYears.contains(year)) {
            DaySource source = defaultSource(year);
            for (CalendarDay d : CalendarPresets.forYear(year)) {
                if (!removed.contains(d.date())) out.put(d.date(), new SourcedDay(d, source));
            }
        }
        for (CalendarDay d : enteredInYear) out.put(d.date(), new SourcedDay(d, DaySource.OFFICER));
        return out;
    }

    private Map<Integer, List<CalendarDay>> enteredByYear() {
        Map<Integer, List<CalendarDay>> out = new HashMap<>();
        for (CalendarDay d : entered) out.computeIfAbsent(d.date().getYear(), k -> new ArrayList<>()).add(d);
        return out;
    }
}
