package vn.reformdesk.domain.deadline;

import static vn.reformdesk.domain.deadline.DeadlineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;

/** domain.md §2; dates are hand-worked, see {@link DeadlineFixtures}. */
class DeadlineHolidaysTest {
    @Test
    void dossierSpanningTet2026() {
        // Received Fri 13 Feb, N = 5: 16–20 Feb are Tết, 21–22 weekend; Mon 23 (1), Tue 24 (2), Wed 25 (3),
        // Thu 26 (4), Fri 27 (5).
        Dossier tet = dossier(at(2, 13, 10, 0));
        Deadline dl = CALC.compute(tet, proc(5), d(2, 13));
        assertThat(dl.dueOn()).isEqualTo(d(2, 27));
        assertThat(dl.status()).isEqualTo(DossierStatus.PENDING);
        assertThat(dl.workingDaysLeft()).isEqualTo(5);
        // appliedDays lists the five Tết holidays between receipt and the due date.
        assertThat(dl.appliedDays()).extracting(CalendarDay::date)
                .containsExactly(d(2, 16), d(2, 17), d(2, 18), d(2, 19), d(2, 20));
        assertThat(dl.appliedDays()).extracting(CalendarDay::name).containsOnly("Tết Nguyên đán");
        // Filed online on mùng 1 Tết (Tue 17 Feb): counts from Mon 23 Feb; N = 5 -> Mon 2 Mar.
        Deadline during = CALC.compute(dossier(at(2, 17, 8, 0)), proc(5), d(2, 17));
        assertThat(during.effectiveReceivedOn()).isEqualTo(d(2, 23));
        assertThat(during.dueOn()).isEqualTo(d(3, 2));
    }

    @Test
    void hungKingsAndMayDaysAreListed() {
        // Received Thu 23 Apr, N = 5: Fri 24 (1), [Sun 26 Giỗ Tổ, Mon 27 compensated], Tue 28 (2), Wed 29 (3),
        // [Thu 30/4, Fri 1/5], Mon 4 May (4), Tue 5 May (5).
        Deadline dl = CALC.compute(dossier(at(4, 23, 9, 0)), proc(5), d(4, 23));
        assertThat(dl.dueOn()).isEqualTo(d(5, 5));
        assertThat(dl.appliedDays()).extracting(CalendarDay::date)
                .containsExactly(d(4, 26), d(4, 27), d(4, 30), d(5, 1));
    }

    @Test
    void swappedWorkingSaturdayShortensTheCount() {
        // Received Thu 20 Aug, N = 3: Fri 21 (1), Sat 22 worked (2), Mon 24 (3) -> due Mon 24 Aug.
        // Without the swap it would be Fri 21, Mon 24, Tue 25.
        Dossier aug = dossier(at(8, 20, 9, 0));
        Deadline dl = CALC.compute(aug, N3, d(8, 20));
        assertThat(dl.dueOn()).isEqualTo(d(8, 24));
        assertThat(new DeadlineCalculator(WorkingCalendar.weekdaysOnly(), DeadlineSettings.DEFAULT)
                .compute(aug, N3, d(8, 20)).dueOn()).isEqualTo(d(8, 25));
        assertThat(dl.appliedDays()).extracting(CalendarDay::date).containsExactly(d(8, 22));
        // Filed on the worked Saturday itself: it is a working day, so it counts from that day.
        assertThat(CALC.effectiveReceivedOn(at(8, 22, 10, 0), N3)).isEqualTo(d(8, 22));
    }

    @Test
    void nationalDayBreak() {
        // Received Thu 27 Aug, N = 3: Fri 28 (1), weekend, Mon 31 Aug – Wed 2 Sep off, Thu 3 (2), Fri 4 (3).
        Deadline dl = CALC.compute(dossier(at(8, 27, 9, 0)), N3, d(8, 27));
        assertThat(dl.dueOn()).isEqualTo(d(9, 4));
        assertThat(dl.appliedDays()).extracting(CalendarDay::date).containsExactly(d(8, 31), d(9, 1), d(9, 2));
    }
}
