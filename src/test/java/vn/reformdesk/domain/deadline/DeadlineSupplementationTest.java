package vn.reformdesk.domain.deadline;

import static vn.reformdesk.domain.deadline.DeadlineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;

/** domain.md §2; dates are hand-worked, see {@link DeadlineFixtures}. */
class DeadlineSupplementationTest {
    /** Received Mon 5 Oct, N = 10: Tue 6 … Mon 19 (10th working day) is the unpaused due date. */
    final Dossier oct = dossier(at(10, 5, 9, 0));
    final Procedure n10 = proc(10);
    /** Cycle 1: requested Wed 7, received Mon 12. Cycle 2: requested Wed 14, received Fri 16. */
    final List<SupplementCycle> twoCycles = List.of(new SupplementCycle(d(10, 7), d(10, 12)),
            new SupplementCycle(d(10, 14), d(10, 16)));

    @Test
    void noSupplement() {
        assertThat(CALC.compute(oct, n10, d(10, 5)).dueOn()).isEqualTo(d(10, 19));
    }

    @Test
    void pauseTwoCycles() {
        // Cycle 1: d with Wed 7 < d <= Mon 12 = Thu 8, Fri 9, Mon 12 = 3 -> Mon 19 + 3 = Thu 22.
        Deadline one = CALC.compute(oct.withSupplements(twoCycles.subList(0, 1)), n10, d(10, 13));
        assertThat(one.dueOn()).isEqualTo(d(10, 22));
        assertThat(one.supplementCycles()).isEqualTo(1);
        assertThat(one.multipleSupplements()).isFalse();
        // Cycle 2: d with Wed 14 < d <= Fri 16 = Thu 15, Fri 16 = 2 -> Thu 22 + 2 = Fri 23, Mon 26.
        Deadline two = CALC.compute(oct.withSupplements(twoCycles), n10, d(10, 20));
        assertThat(two.dueOn()).isEqualTo(d(10, 26));
        assertThat(two.supplementCycles()).isEqualTo(2);
        assertThat(two.multipleSupplements()).isTrue();
        // Resolved on Mon 26: on time, though the portal would count it as overdue for its own index (warning).
        Deadline done = CALC.compute(oct.withSupplements(twoCycles).withResolution(d(10, 26), Outcome.ISSUED), n10,
                d(10, 30));
        assertThat(done.status()).isEqualTo(DossierStatus.ON_TIME);
        assertThat(done.multipleSupplements()).isTrue();
    }

    @Test
    void pauseOverAWeekend() {
        // Requested Wed 7, supplement arrives Sat 10: d in (7, 10] = Thu 8, Fri 9 = 2 -> Mon 19 + 2 = Wed 21.
        Dossier x = oct.withSupplements(List.of(new SupplementCycle(d(10, 7), d(10, 10))));
        assertThat(CALC.compute(x, n10, d(10, 12)).dueOn()).isEqualTo(d(10, 21));
    }

    @Test
    void restartTwoCycles() {
        Procedure restart = n10.withSupplementRule(SupplementRule.RESTART);
        // Cycle 1 ends Mon 12: count 10 from Mon 12 -> Tue 13 … Mon 26.
        assertThat(CALC.compute(oct.withSupplements(twoCycles.subList(0, 1)), restart, d(10, 13)).dueOn())
                .isEqualTo(d(10, 26));
        // Cycle 2 ends Fri 16: count 10 from Fri 16 -> Mon 19 (1) … Fri 30 (10).
        assertThat(CALC.compute(oct.withSupplements(twoCycles), restart, d(10, 20)).dueOn()).isEqualTo(d(10, 30));
        // A supplement arriving on Saturday 10 counts from Monday 12 -> Mon 26.
        Dossier sat = oct.withSupplements(List.of(new SupplementCycle(d(10, 7), d(10, 10))));
        assertThat(CALC.compute(sat, restart, d(10, 12)).dueOn()).isEqualTo(d(10, 26));
    }

    @Test
    void multipleSupplementsDoesNotChangeTheDueDate() {
        // Two cycles that each requested and received on the same day pause nothing (no d with R < d <= R):
        // the due date stays Mon 19 although the warning is raised.
        Dossier x = oct.withSupplements(List.of(new SupplementCycle(d(10, 7), d(10, 7)),
                new SupplementCycle(d(10, 8), d(10, 8))));
        Deadline dl = CALC.compute(x, n10, d(10, 9));
        assertThat(dl.dueOn()).isEqualTo(d(10, 19));
        assertThat(dl.multipleSupplements()).isTrue();
        assertThat(dl.status()).isEqualTo(DossierStatus.PENDING);
    }

    @Test
    void openSupplementIsPaused() {
        Dossier open = oct.withSupplements(List.of(new SupplementCycle(d(10, 7), null)));
        // As of Mon 19 (the unpaused due date) and of Fri 30 (well past it): paused, never due soon or overdue,
        // and no apology is asked for.
        for (LocalDate asOf : List.of(d(10, 8), d(10, 19), d(10, 30))) {
            Deadline dl = CALC.compute(open, n10, asOf);
            assertThat(dl.status()).as("as of %s", asOf).isEqualTo(DossierStatus.PAUSED);
            assertThat(dl.apologyMissing()).isFalse();
            assertThat(dl.workingDaysLate()).isZero();
        }
        // Under RESTART too.
        assertThat(CALC.compute(open, n10.withSupplementRule(SupplementRule.RESTART), d(10, 30)).status())
                .isEqualTo(DossierStatus.PAUSED);
    }

    @Test
    void supplementEventsAfterAsOfAreIgnored() {
        // Requested Tue 20 (after the as-of Mon 19): not yet requested, so the dossier is due today.
        Dossier later = oct.withSupplements(List.of(new SupplementCycle(d(10, 20), d(10, 22))));
        Deadline dl = CALC.compute(later, n10, d(10, 19));
        assertThat(dl.supplementCycles()).isZero();
        assertThat(dl.dueOn()).isEqualTo(d(10, 19));
        assertThat(dl.status()).isEqualTo(DossierStatus.DUE_SOON);
        // Requested Wed 7, received Mon 12, but as of Fri 9 the supplement has not arrived yet: paused.
        Dossier x = oct.withSupplements(twoCycles.subList(0, 1));
        assertThat(CALC.compute(x, n10, d(10, 9)).status()).isEqualTo(DossierStatus.PAUSED);
    }

    @Test
    void resolvedWhileASupplementIsOpenStopsThePauseAtTheResolution() {
        // Received Mon 5 Oct, N = 3 -> due Thu 8 Oct. Already overdue, the unit asks for a supplement on Mon 12; the
        // applicant never sends it and the dossier is rejected on Wed 14. The pause runs only until the clock ends:
        // d with Mon 12 < d <= Wed 14 = Tue 13, Wed 14 = 2 -> due Thu 8 + 2 = Fri 9, Mon 12. Resolved Wed 14 -> late
        // by 2 (Tue 13, Wed 14). The result must not depend on the as-of date once the dossier is resolved.
        Dossier x = oct.withSupplements(List.of(new SupplementCycle(d(10, 12), null)))
                .withResolution(d(10, 14), Outcome.REJECTED);
        for (LocalDate asOf : List.of(d(10, 14), d(10, 30), d(12, 31))) {
            Deadline dl = CALC.compute(x, proc(3), asOf);
            assertThat(dl.dueOn()).as("as of %s", asOf).isEqualTo(d(10, 12));
            assertThat(dl.status()).as("as of %s", asOf).isEqualTo(DossierStatus.LATE);
            assertThat(dl.workingDaysLate()).isEqualTo(2);
        }
        // Withdrawn during a pause that started before the due date: on time at worst, whatever the as-of date.
        // Request Wed 7 (open), withdrawn Fri 9: pause Thu 8, Fri 9 = 2 -> Thu 8 + 2 = Mon 12; Fri 9 < Mon 12 -> early.
        Dossier w = oct.withSupplements(List.of(new SupplementCycle(d(10, 7), null)))
                .withResolution(d(10, 9), Outcome.WITHDRAWN);
        assertThat(CALC.compute(w, proc(3), d(12, 31)).dueOn()).isEqualTo(d(10, 12));
        assertThat(CALC.compute(w, proc(3), d(12, 31)).status()).isEqualTo(DossierStatus.EARLY);
    }
}
