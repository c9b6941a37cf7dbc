package vn.reformdesk.domain.deadline;

import static vn.reformdesk.domain.deadline.DeadlineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;

/** domain.md §2; dates are hand-worked, see {@link DeadlineFixtures}. */
class DeadlineApologyTest {
    // MON: due Thu 12 March.

    @Test
    void dueTomorrowOrTodayWithoutApology() {
        assertThat(CALC.compute(MON, N3, d(3, 10)).apologyMissing()).isFalse(); // 2 days left
        assertThat(CALC.compute(MON, N3, d(3, 11)).apologyMissing()).isTrue();  // due tomorrow
        assertThat(CALC.compute(MON, N3, d(3, 12)).apologyMissing()).isTrue();  // due today
    }

    @Test
    void overdueAndLate() {
        assertThat(CALC.compute(MON, N3, d(3, 13)).apologyMissing()).isTrue();
        Dossier late = MON.withResolution(d(3, 16), Outcome.ISSUED);
        assertThat(CALC.compute(late, N3, d(3, 31)).apologyMissing()).isTrue();
        // Issued on Wed 11 with a new appointment on Mon 16: no longer missing; the due date is unchanged and the
        // dossier still counts as late against it.
        Dossier withApology = late.withApology(d(3, 11), d(3, 16));
        Deadline dl = CALC.compute(withApology, N3, d(3, 31));
        assertThat(dl.apologyMissing()).isFalse();
        assertThat(dl.dueOn()).isEqualTo(d(3, 12));
        assertThat(dl.status()).isEqualTo(DossierStatus.LATE);
        assertThat(CALC.compute(MON.withApology(d(3, 11), d(3, 16)), N3, d(3, 13)).apologyMissing()).isFalse();
    }

    @Test
    void apologyAfterAsOfDoesNotCount() {
        Dossier x = MON.withApology(d(3, 14), d(3, 17));
        assertThat(CALC.compute(x, N3, d(3, 13)).apologyMissing()).isTrue();
        assertThat(CALC.compute(x, N3, d(3, 16)).apologyMissing()).isFalse();
    }

    @Test
    void notNeededWhenEarlyOnTimeOrPaused() {
        assertThat(CALC.compute(MON.withResolution(d(3, 11), Outcome.ISSUED), N3, d(3, 31)).apologyMissing()).isFalse();
        assertThat(CALC.compute(MON.withResolution(d(3, 12), Outcome.ISSUED), N3, d(3, 31)).apologyMissing()).isFalse();
        Dossier paused = MON.withSupplements(List.of(new SupplementCycle(d(3, 10), null)));
        assertThat(CALC.compute(paused, N3, d(3, 20)).apologyMissing()).isFalse();
    }
}
