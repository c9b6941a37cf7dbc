package vn.reformdesk.domain.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * domain.md §2 with hand-worked dates. The calendar is the official 2026 preset throughout; March and October 2026
 * have no public holidays, so they behave as plain Monday–Friday months.
 * March 2026: Mon 2, 9, 16, 23, 30. October 2026: Mon 5, 12, 19, 26.
 */
final class DeadlineFixtures {
    private DeadlineFixtures() {}

    static final WorkingCalendar CAL = new WorkingCalendar(CalendarPresets.official2026());
    static final DeadlineCalculator CALC = new DeadlineCalculator(CAL, DeadlineSettings.DEFAULT);

    static LocalDate d(int m, int day) { return LocalDate.of(2026, m, day); }

    static LocalDateTime at(int m, int day, int hour, int minute) { return LocalDateTime.of(2026, m, day, hour, minute); }

    static Procedure proc(int days) {
        return Procedure.of("1.000001", "Cấp giấy phép thử", AdminLevel.PROVINCE, days, OnlineLevel.FULL);
    }

    static Dossier dossier(LocalDateTime receivedAt) {
        return Dossier.received("H15-260309-0001", "1.000001", "Nguyễn Văn A", Channel.ONLINE, receivedAt);
    }

    /** Received Monday 9 March 2026 at 09:00, N = 3: due Thursday 12 March. */
    static final Dossier MON = dossier(at(3, 9, 9, 0));
    static final Procedure N3 = proc(3);

}
