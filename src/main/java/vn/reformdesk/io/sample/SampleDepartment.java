package vn.reformdesk.io.sample;

import java.time.LocalDate;
import java.util.List;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * The sample department of domain.md §2: a provincial Department of Industry and Trade with 152 procedures and the
 * dossiers of 2024 up to {@link #AS_OF}, the date its figures hold on (10,732 received, 10,714 online, 10,724
 * resolved early or on time, 8 in process and not yet due). Everything is generated from {@link #SEED}.
 *
 * @param procedures the 152 procedures
 * @param calendar   the official 2024 calendar and the 2025 preset
 * @param dossiers   the dossiers, in order of receipt
 */
public record SampleDepartment(List<Procedure> procedures, List<CalendarDay> calendar, List<Dossier> dossiers) {
    public static final String UNIT_NAME = "Sở Công Thương (đơn vị mẫu)";
    public static final String UNIT_CODE = "000.00.20.H15";
    /**
     * 20 Dec 2024, a Friday: "part of 2024" (domain.md), late enough to show a whole year's pattern and to leave
     * a few dossiers received that week still in process.
     */
    public static final LocalDate AS_OF = LocalDate.of(2024, 12, 20);
    public static final long SEED = 7_662_024L;

    /** Builds the sample in memory with the default deadline settings (due soon = 2 working days, no cut-off). */
    public static SampleDepartment build() {
        List<SampleProcedures.Entry> entries = SampleProcedures.all();
        List<CalendarDay> calendar = SampleCalendar.entries();
        // The calendar every database has by default (no officer entry), as the loaded sample will be read.
        DeadlineCalculator calc = new DeadlineCalculator(CalendarOverrides.none().workingCalendar(), DeadlineSettings.DEFAULT);
        List<Dossier> dossiers = SampleDossiers.generate(entries, calc, AS_OF, SEED, UNIT_CODE);
        return new SampleDepartment(entries.stream().map(SampleProcedures.Entry::procedure).toList(), calendar,
                dossiers);
    }
}
