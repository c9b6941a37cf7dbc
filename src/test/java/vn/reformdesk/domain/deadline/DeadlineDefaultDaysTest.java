package vn.reformdesk.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;

/** Due dates on a database nobody edited the calendar of: the default days off apply (hand-worked). */
class DeadlineDefaultDaysTest {
    static final DeadlineCalculator CALC =
            new DeadlineCalculator(CalendarOverrides.none().workingCalendar(), DeadlineSettings.DEFAULT);

    static LocalDate d(int y, int m, int day) { return LocalDate.of(y, m, day); }

    static LocalDate due(LocalDate received, int n) {
        Dossier dossier = Dossier.received("H-1", "1.000001", "A", Channel.ONLINE, LocalDateTime.of(received, java.time.LocalTime.of(9, 0)));
        return CALC.compute(dossier, proc(n), received).dueOn();
    }

    static Procedure proc(int n) { return Procedure.of("1.000001", "Thử", AdminLevel.PROVINCE, n, OnlineLevel.FULL); }

    @Test
    void theIssuesExampleFriday13February2026() {
        // Friday 13/2, N = 2: Tết 16–20 Feb off, 21–22 weekend; Mon 23 (1), Tue 24 (2). Resolved on 24/2: on time.
        Dossier dossier = Dossier.received("H-1", "1.000001", "A", Channel.ONLINE, LocalDateTime.of(2026, 2, 13, 10, 0))
                .withResolution(d(2026, 2, 24), Outcome.ISSUED);
        Deadline dl = CALC.compute(dossier, proc(2), d(2026, 3, 1));
        assertThat(dl.dueOn()).isEqualTo(d(2026, 2, 24));
        assertThat(dl.status()).isEqualTo(DossierStatus.ON_TIME);
        assertThat(dl.workingDaysLate()).isZero();
        assertThat(dl.appliedDays()).extracting(CalendarDay::date)
                .containsExactly(d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19), d(2026, 2, 20));
    }

    @Test
    void tet2025() {
        // Official: weekdays 27–31 Jan off, 25–26 Jan and 1–2 Feb weekends.
        // Fri 24 Jan, N = 3: Mon 3 (1), Tue 4 (2), Wed 5 Feb (3).
        assertThat(due(d(2025, 1, 24), 3)).isEqualTo(d(2025, 2, 5));
        // Filed on Mon 27 Jan (first weekday off): counts from Mon 3 Feb; N = 3: Tue 4, Wed 5, Thu 6.
        assertThat(due(d(2025, 1, 27), 3)).isEqualTo(d(2025, 2, 6));
        // Wed 22 Jan, N = 5: Thu 23 (1), Fri 24 (2), Mon 3 (3), Tue 4 (4), Wed 5 Feb (5).
        assertThat(due(d(2025, 1, 22), 5)).isEqualTo(d(2025, 2, 5));
    }

    @Test
    void tet2027Generated() {
        // Tết 6 Feb 2027 (Saturday): Fri 5, Sat 6, Sun 7, Mon 8, Tue 9; Sat 6 and Sun 7 compensated by Wed 10, Thu 11.
        // Thu 4 Feb, N = 3: Fri 12 (1), Mon 15 (2), Tue 16 (3).
        assertThat(due(d(2027, 2, 4), 3)).isEqualTo(d(2027, 2, 16));
        // Filed on Fri 5 Feb (first day off): counts from Fri 12; N = 3: Mon 15, Tue 16, Wed 17.
        assertThat(due(d(2027, 2, 5), 3)).isEqualTo(d(2027, 2, 17));
        // Wed 3 Feb, N = 5: Thu 4 (1), Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17 (5).
        assertThat(due(d(2027, 2, 3), 5)).isEqualTo(d(2027, 2, 17));
    }

    @Test
    void tet2030Generated() {
        // Tết 2 Feb 2030 (Saturday, UTC+7): Fri 1, Sat 2, Sun 3, Mon 4, Tue 5; compensated by Wed 6, Thu 7.
        // Thu 31 Jan, N = 3: Fri 8 (1), Mon 11 (2), Tue 12 (3).
        assertThat(due(d(2030, 1, 31), 3)).isEqualTo(d(2030, 2, 12));
        // Filed on Fri 1 Feb (first day off): counts from Fri 8; N = 3: Mon 11, Tue 12, Wed 13.
        assertThat(due(d(2030, 2, 1), 3)).isEqualTo(d(2030, 2, 13));
        // Tue 29 Jan, N = 5: Wed 30 (1), Thu 31 (2), Fri 8 (3), Mon 11 (4), Tue 12 (5).
        assertThat(due(d(2030, 1, 29), 5)).isEqualTo(d(2030, 2, 12));
    }

    @Test
    void aHolidayOnASaturdayGivesACompensatoryDay() {
        // 2023 (generated): Fri 1/9 and Sat 2/9 Quốc khánh, compensated on Mon 4/9.
        // Thu 31 Aug, N = 2: Tue 5 (1), Wed 6 Sep (2).
        assertThat(due(d(2023, 8, 31), 2)).isEqualTo(d(2023, 9, 6));
        assertThat(CALC.calendar().isWorkingDay(d(2023, 9, 4))).isFalse();
        // 2027: Sat 1 May compensated on Mon 3 May. Thu 29 Apr, N = 2: [Fri 30/4, Mon 3/5 off] Tue 4 (1), Wed 5 (2).
        assertThat(due(d(2027, 4, 29), 2)).isEqualTo(d(2027, 5, 5));
    }
}
