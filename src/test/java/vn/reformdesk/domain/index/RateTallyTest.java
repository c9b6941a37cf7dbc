package vn.reformdesk.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformdesk.domain.index.ServiceRatesTest.CALC;
import static vn.reformdesk.domain.index.ServiceRatesTest.F1;
import static vn.reformdesk.domain.index.ServiceRatesTest.N1;
import static vn.reformdesk.domain.index.ServiceRatesTest.d;
import static vn.reformdesk.domain.index.ServiceRatesTest.day;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.index.RateTally.Count;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;

/** Hand-worked tallies on the Monday–Friday calendar of {@link ServiceRatesTest}. */
class RateTallyTest {
    static final LocalDate AS_OF = day("2024-09-30");

    static RateTally tally(List<Dossier> dossiers) {
        RateTally t = new RateTally();
        for (Dossier x : dossiers) {
            Procedure p = x.procedureCode().equals("F1") ? F1 : N1;
            t.add(x, p, CALC.compute(x, p, AS_OF).status());
        }
        return t;
    }

    @Test
    void countsEachDossierOnceByProcedureAndTheSumOfPartsIsTheWhole() {
        // F1: 5 working days. Received Mon 2 Sep → due Mon 9 Sep.
        Dossier early = d("A", F1, Channel.ONLINE, "2024-09-02").withResolution(day("2024-09-06"), Outcome.ISSUED)
                .withFacts(true, true, true, null, null, null, null);
        Dossier late = d("B", F1, Channel.DIRECT, "2024-09-02").withResolution(day("2024-09-11"), Outcome.ISSUED);
        // N1: 2 working days, free. Received Mon 23 Sep → due Wed 25 Sep: overdue on 30 Sep.
        Dossier overdue = d("C", N1, Channel.POSTAL, "2024-09-23");
        RateTally resolved = tally(List.of(early, late));
        RateTally open = tally(List.of(overdue));
        RateTally all = tally(List.of(early, late, overdue));

        assertThat(resolved.plus(open)).isEqualTo(all);
        // a part taken back out leaves the rest, without the procedure it emptied
        assertThat(all.minus(open)).isEqualTo(resolved);
        assertThat(all.minus(open).byProcedure()).containsOnlyKeys("F1");
        assertThat(all.minus(tally(List.of(late)))).isEqualTo(tally(List.of(early, overdue)));
        assertThat(all.count("F1", Count.RECEIVED)).isEqualTo(2);
        assertThat(all.count("F1", Count.EARLY)).isEqualTo(1);
        assertThat(all.count("F1", Count.LATE)).isEqualTo(1);
        assertThat(all.count("F1", Count.FEE_DOSSIERS)).isEqualTo(2);
        assertThat(all.count("F1", Count.PAID_ONLINE)).isEqualTo(1);
        assertThat(all.count("F1", Count.ISSUED)).isEqualTo(2);
        assertThat(all.count("F1", Count.ELECTRONIC_RESULT)).isEqualTo(1);
        assertThat(all.count("F1", Count.DIGITISED)).isEqualTo(1);
        assertThat(all.count("N1", Count.OVERDUE)).isEqualTo(1);
        assertThat(all.count("N1", Count.POSTAL)).isEqualTo(1);
        assertThat(all.total(Count.RECEIVED)).isEqualTo(3);

        // The rates of the tally are the rates of the dossiers.
        Period sep = Period.parse("2024-09");
        assertThat(ServiceRates.of(sep, AS_OF, all, List.of(F1, N1)))
                .isEqualTo(ServiceRates.compute(sep, AS_OF, List.of(early, late, overdue), List.of(F1, N1), CALC));
        // adding changes neither part
        assertThat(resolved.total(Count.RECEIVED)).isEqualTo(2);
        assertThat(open.total(Count.RECEIVED)).isEqualTo(1);
    }

    @Test
    void aResolvedDossierIsSettledOnItsLastReceiptResolutionOrSupplementDay() {
        Dossier plain = d("A", F1, Channel.DIRECT, "2024-09-02").withResolution(day("2024-09-06"), Outcome.ISSUED);
        assertThat(RateTally.settledOn(plain)).isEqualTo(day("2024-09-06"));
        Dossier supplemented = plain.withSupplements(List.of(new SupplementCycle(day("2024-09-03"), day("2024-09-10"))));
        assertThat(RateTally.settledOn(supplemented)).isEqualTo(day("2024-09-10"));
        assertThat(RateTally.settledOn(d("B", F1, Channel.DIRECT, "2024-09-04"))).isEqualTo(day("2024-09-04"));
    }
}
