package vn.reformdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The indexed working-day arithmetic agrees with a plain day-by-day walk, inside and outside the index. */
class WorkingCalendarIndexTest {
    private static boolean naiveWorking(List<CalendarDay> entries, LocalDate d) {
        for (CalendarDay e : entries) if (e.date().equals(d)) return e.kind() == DayKind.WORKDAY;
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void agreesWithADayByDayWalk() {
        List<CalendarDay> entries = new ArrayList<>(CalendarPresets.official2026());
        entries.addAll(HolidayGenerator.defaultsFor(2025));
        entries.add(CalendarDay.holiday(LocalDate.of(1990, 1, 1), "first indexed day"));
        entries.add(CalendarDay.holiday(LocalDate.of(2100, 12, 31), "last indexed day"));
        WorkingCalendar cal = new WorkingCalendar(entries);
        Random r = new Random(42);
        for (int i = 0; i < 3000; i++) {
            // dates around 2025–2026 (holidays), at the index edges and outside it
            LocalDate d = switch (i % 4) {
                case 0 -> LocalDate.of(2025, 1, 1).plusDays(r.nextInt(730));
                case 1 -> LocalDate.of(1989, 12, 20).plusDays(r.nextInt(30));
                case 2 -> LocalDate.of(2100, 12, 15).plusDays(r.nextInt(30));
                default -> LocalDate.of(1900, 1, 1).plusDays(r.nextInt(80_000));
            };
            int n = r.nextInt(40);
            LocalDate walk = d;
            for (int k = 0; k < n; k++) {
                do walk = walk.plusDays(1); while (!naiveWorking(entries, walk));
            }
            assertThat(cal.plusWorkingDays(d, n)).as("plusWorkingDays(%s, %d)", d, n).isEqualTo(walk);
            assertThat(cal.isWorkingDay(d)).as("isWorkingDay(%s)", d).isEqualTo(naiveWorking(entries, d));
            LocalDate to = d.plusDays(r.nextInt(60) - 10);
            int count = 0;
            for (LocalDate x = d.plusDays(1); !x.isAfter(to); x = x.plusDays(1)) if (naiveWorking(entries, x)) count++;
            assertThat(cal.workingDaysBetween(d, to)).as("between(%s, %s)", d, to).isEqualTo(count);
            LocalDate next = d.plusDays(1);
            while (!naiveWorking(entries, next)) next = next.plusDays(1);
            assertThat(cal.nextWorkingDayAfter(d)).isEqualTo(next);
        }
    }
}
