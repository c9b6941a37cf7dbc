package vn.reformdesk.io.sample;

import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarPresets;

/**
 * The sample department's years, 2024 and 2025: the official calendars the app ships ({@link CalendarPresets}),
 * which every database uses by default, so loading the sample writes no calendar entry.
 */
public final class SampleCalendar {
    private SampleCalendar() {}

    /** The days off and worked Saturdays of 2024 and 2025. */
    public static List<CalendarDay> entries() {
        List<CalendarDay> out = new ArrayList<>(CalendarPresets.forYear(2024));
        out.addAll(CalendarPresets.forYear(2025));
        return out;
    }
}
