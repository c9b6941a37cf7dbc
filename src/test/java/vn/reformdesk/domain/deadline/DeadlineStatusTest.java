package vn.reformdesk.domain.deadline;

import static vn.reformdesk.domain.deadline.DeadlineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;

/** domain.md §2; dates are hand-worked, see {@link DeadlineFixtures}. */
class DeadlineStatusTest {
    // MON: received Mon 9 March, N = 3, due Thu 12 March.

    @Test
    void resolvedEarlyOnTimeLate() {
        assertThat(resolvedOn(d(3, 11)).status()).isEqualTo(DossierStatus.EARLY);   // Wed, a day early
        assertThat(resolvedOn(d(3, 12)).status()).isEqualTo(DossierStatus.ON_TIME); // Thu, the due date
        Deadline fri = resolvedOn(d(3, 13));                                          // Fri, a day late
        assertThat(fri.status()).isEqualTo(DossierStatus.LATE);
        assertThat(fri.workingDaysLate()).isEqualTo(1);
        // Tue 17: Fri 13, Mon 16, Tue 17 = 3 working days late.
        assertThat(resolvedOn(d(3, 17)).workingDaysLate()).isEqualTo(3);
        // Sat 14: no working day after Fri 13, but late all the same: counted as 1 (Fri 13).
        assertThat(resolvedOn(d(3, 14)).status()).isEqualTo(DossierStatus.LATE);
        assertThat(resolvedOn(d(3, 14)).workingDaysLate()).isEqualTo(1);
        assertThat(resolvedOn(d(3, 11)).workingDaysLate()).isZero();
    }

    private Deadline resolvedOn(LocalDate r) {
        return CALC.compute(MON.withResolution(r, Outcome.ISSUED), N3, d(3, 31));
    }

    @Test
    void unresolvedAroundTheDueDate() {
        // As of Mon 9: 3 working days left (Tue, Wed, Thu) > K = 2 -> pending.
        Deadline mon = CALC.compute(MON, N3, d(3, 9));
        assertThat(mon.status()).isEqualTo(DossierStatus.PENDING);
        assertThat(mon.workingDaysLeft()).isEqualTo(3);
        // As of Tue 10: 2 left -> due soon.
        assertThat(CALC.compute(MON, N3, d(3, 10)).status()).isEqualTo(DossierStatus.DUE_SOON);
        // As of Wed 11 (the day before): 1 left -> due soon.
        Deadline wed = CALC.compute(MON, N3, d(3, 11));
        assertThat(wed.status()).isEqualTo(DossierStatus.DUE_SOON);
        assertThat(wed.workingDaysLeft()).isEqualTo(1);
        // As of Thu 12 (the due date): 0 left -> still due soon, not overdue.
        Deadline thu = CALC.compute(MON, N3, d(3, 12));
        assertThat(thu.status()).isEqualTo(DossierStatus.DUE_SOON);
        assertThat(thu.workingDaysLeft()).isZero();
        // As of Fri 13 (the day after): overdue by 1.
        Deadline fri = CALC.compute(MON, N3, d(3, 13));
        assertThat(fri.status()).isEqualTo(DossierStatus.OVERDUE);
        assertThat(fri.workingDaysLate()).isEqualTo(1);
        assertThat(fri.workingDaysLeft()).isZero();
        // As of Mon 16: Fri 13, Mon 16 -> 2 working days overdue. As of Sat 14: still 1.
        assertThat(CALC.compute(MON, N3, d(3, 16)).workingDaysLate()).isEqualTo(2);
        assertThat(CALC.compute(MON, N3, d(3, 14)).workingDaysLate()).isEqualTo(1);
    }

    @Test
    void dueSoonThresholdIsConfigurable() {
        DeadlineCalculator k0 = new DeadlineCalculator(CAL, new DeadlineSettings(0, null));
        assertThat(k0.compute(MON, N3, d(3, 11)).status()).isEqualTo(DossierStatus.PENDING);  // 1 left > 0
        assertThat(k0.compute(MON, N3, d(3, 12)).status()).isEqualTo(DossierStatus.DUE_SOON); // 0 left
        DeadlineCalculator k3 = new DeadlineCalculator(CAL, new DeadlineSettings(3, null));
        assertThat(k3.compute(MON, N3, d(3, 9)).status()).isEqualTo(DossierStatus.DUE_SOON);  // 3 left
    }

    @Test
    void asOfBeforeResolutionIsNotResolved() {
        Dossier lateOne = MON.withResolution(d(3, 13), Outcome.ISSUED);
        // As of Thu 12 the Friday resolution is in the future: due today, not resolved, not late.
        Deadline thu = CALC.compute(lateOne, N3, d(3, 12));
        assertThat(thu.status()).isEqualTo(DossierStatus.DUE_SOON);
        assertThat(thu.status().resolved()).isFalse();
        // As of Fri 13 it is resolved, late.
        assertThat(CALC.compute(lateOne, N3, d(3, 13)).status()).isEqualTo(DossierStatus.LATE);
        // Resolved Wed 11, viewed as of Tue 10 (end of an earlier period): still due soon.
        assertThat(CALC.compute(MON.withResolution(d(3, 11), Outcome.ISSUED), N3, d(3, 10)).status())
                .isEqualTo(DossierStatus.DUE_SOON);
    }

    @Test
    void withdrawnAndRejectedEndTheClock() {
        assertThat(CALC.compute(MON.withResolution(d(3, 10), Outcome.WITHDRAWN), N3, d(3, 31)).status())
                .isEqualTo(DossierStatus.EARLY);
        assertThat(CALC.compute(MON.withResolution(d(3, 12), Outcome.REJECTED), N3, d(3, 31)).status())
                .isEqualTo(DossierStatus.ON_TIME);
        Deadline lateReject = CALC.compute(MON.withResolution(d(3, 16), Outcome.REJECTED), N3, d(3, 31));
        assertThat(lateReject.status()).isEqualTo(DossierStatus.LATE);
        assertThat(lateReject.workingDaysLate()).isEqualTo(2); // Fri 13, Mon 16
    }

    @Test
    void appliedDaysRunToTheResolutionOfALateDossier() {
        // Received Thu 23 Apr, N = 3: Fri 24, Tue 28, Wed 29 -> due Wed 29 Apr. Resolved Mon 4 May (late by
        // Mon 4 May only: 30/4 and 1/5 are holidays). appliedDays covers 23 Apr – 4 May.
        Deadline dl = CALC.compute(dossier(at(4, 23, 9, 0)).withResolution(d(5, 4), Outcome.ISSUED), N3, d(5, 31));
        assertThat(dl.dueOn()).isEqualTo(d(4, 29));
        assertThat(dl.status()).isEqualTo(DossierStatus.LATE);
        assertThat(dl.workingDaysLate()).isEqualTo(1);
        assertThat(dl.appliedDays()).extracting(CalendarDay::date)
                .containsExactly(d(4, 26), d(4, 27), d(4, 30), d(5, 1));
    }
}
