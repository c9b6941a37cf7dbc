package vn.reformdesk.domain.deadline;

import static vn.reformdesk.domain.deadline.DeadlineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.Procedure;

/** domain.md §2; dates are hand-worked, see {@link DeadlineFixtures}. */
class DeadlineDueDateTest {
    @Test
    void receivedMondayNThreeIsDueThursday() {
        // Tue 10 (1), Wed 11 (2), Thu 12 (3).
        Deadline dl = CALC.compute(MON, N3, d(3, 9));
        assertThat(dl.effectiveReceivedOn()).isEqualTo(d(3, 9));
        assertThat(dl.dueOn()).isEqualTo(d(3, 12));
    }

    @Test
    void nZeroIsDueTheSameDay() {
        Deadline dl = CALC.compute(MON, proc(0), d(3, 9));
        assertThat(dl.dueOn()).isEqualTo(d(3, 9));
        assertThat(dl.status()).isEqualTo(DossierStatus.DUE_SOON);
    }

    @Test
    void filedOnlineOnSaturdayCountsFromMonday() {
        // Sat 7 March 22:00 -> effective Mon 9; +3 -> Thu 12.
        Deadline dl = CALC.compute(dossier(at(3, 7, 22, 0)), N3, d(3, 9));
        assertThat(dl.effectiveReceivedOn()).isEqualTo(d(3, 9));
        assertThat(dl.dueOn()).isEqualTo(d(3, 12));
        // N = 0 on a Sunday: due the Monday.
        assertThat(CALC.compute(dossier(at(3, 8, 10, 0)), proc(0), d(3, 9)).dueOn()).isEqualTo(d(3, 9));
    }

    @Test
    void cutoffIsOffByDefault() {
        assertThat(CALC.effectiveReceivedOn(at(3, 9, 23, 59), N3)).isEqualTo(d(3, 9));
    }

    @Test
    void globalCutoff() {
        DeadlineCalculator c = new DeadlineCalculator(CAL, new DeadlineSettings(2, LocalTime.of(15, 0)));
        // Mon 16:30 is after 15:00 -> Tue 10; exactly 15:00 is not after -> Mon 9.
        assertThat(c.effectiveReceivedOn(at(3, 9, 16, 30), N3)).isEqualTo(d(3, 10));
        assertThat(c.effectiveReceivedOn(at(3, 9, 15, 0), N3)).isEqualTo(d(3, 9));
        // Fri 13 at 15:01 -> Mon 16 (weekend skipped); the due date N = 3 is then Thu 19.
        assertThat(c.compute(dossier(at(3, 13, 15, 1)), N3, d(3, 13)).dueOn()).isEqualTo(d(3, 19));
        // Sat 14 at 16:00 -> Mon 16 (same as without a cut-off).
        assertThat(c.effectiveReceivedOn(at(3, 14, 16, 0), N3)).isEqualTo(d(3, 16));
    }

    @Test
    void perProcedureCutoffOverridesTheGlobalOne() {
        Procedure p15 = N3.withCutoff(LocalTime.of(15, 0));
        // No global cut-off: the procedure's 15:00 applies. Mon 16:00 -> Tue 10 -> due Fri 13.
        assertThat(CALC.effectiveReceivedOn(at(3, 9, 16, 0), p15)).isEqualTo(d(3, 10));
        assertThat(CALC.compute(dossier(at(3, 9, 16, 0)), p15, d(3, 10)).dueOn()).isEqualTo(d(3, 13));
        // Global 12:00 but procedure 15:00: received 13:00 stays Monday (the procedure's own hour wins).
        DeadlineCalculator noon = new DeadlineCalculator(CAL, new DeadlineSettings(2, LocalTime.of(12, 0)));
        assertThat(noon.effectiveReceivedOn(at(3, 9, 13, 0), p15)).isEqualTo(d(3, 9));
        assertThat(noon.effectiveReceivedOn(at(3, 9, 13, 0), N3)).isEqualTo(d(3, 10));
    }

    @Test
    void calendarDayUnit() {
        Procedure cal10 = proc(10).withDayUnit(DayUnit.CALENDAR);
        // Mon 9 + 10 calendar days = Thu 19 (a working day).
        assertThat(CALC.compute(MON, cal10, d(3, 9)).dueOn()).isEqualTo(d(3, 19));
        // Mon 9 + 12 calendar days = Sat 21 -> next working day Mon 23.
        assertThat(CALC.compute(MON, proc(12).withDayUnit(DayUnit.CALENDAR), d(3, 9)).dueOn()).isEqualTo(d(3, 23));
        // Wed 11 Feb + 5 calendar days = Mon 16 Feb, a Tết holiday -> Mon 23 Feb.
        assertThat(CALC.compute(dossier(at(2, 11, 9, 0)), proc(5).withDayUnit(DayUnit.CALENDAR), d(2, 11)).dueOn())
                .isEqualTo(d(2, 23));
    }
}
