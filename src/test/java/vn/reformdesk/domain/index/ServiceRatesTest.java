package vn.reformdesk.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;

/** Hand-worked cases on the bare Monday–Friday calendar (2 Sep 2024 is a Monday). */
class ServiceRatesTest {
    static final DeadlineCalculator CALC = new DeadlineCalculator(WorkingCalendar.weekdaysOnly(), DeadlineSettings.DEFAULT);
    static final Procedure F1 = proc("F1", 5, OnlineLevel.FULL, 100_000);
    static final Procedure N1 = proc("N1", 2, OnlineLevel.PARTIAL, 0);
    static final Procedure X = proc("X", 10, OnlineLevel.NONE, 0);
    static final Procedure Y = proc("Y", 3, OnlineLevel.FULL, 0);

    static Procedure proc(String code, int days, OnlineLevel online, long fee) {
        return new Procedure(null, code, code, null, AdminLevel.PROVINCE, days, DayUnit.WORKING, online, fee, false,
                null, SupplementRule.PAUSE, null);
    }

    static Dossier d(String code, Procedure p, Channel ch, String received) {
        return Dossier.received(code, p.code(), null, ch, LocalDate.parse(received).atTime(9, 0));
    }

    static LocalDate day(String s) { return LocalDate.parse(s); }

    @Test
    void emptyPeriodGivesNoDataNeverZero() {
        ServiceRates r = ServiceRates.compute(Period.parse("2024-Q3"), day("2024-09-30"), List.of(), List.of(), CALC);
        assertThat(r.received()).isZero();
        r.rates().forEach((k, v) -> assertThat(v.value()).as(k).isNull());
        ServiceScore score = ServiceScore.compute(r, ServiceIndexTemplate.DEFAULT);
        score.indicators().forEach(i -> assertThat(i.points()).as(i.indicator().code()).isNull());
        score.groups().forEach(g -> assertThat(g.computedPoints()).as(g.group().code()).isNull());

        // With procedures but no dossiers only the procedure-level rate has data.
        ServiceRates withProcedures = ServiceRates.compute(Period.parse("2024-09"), day("2024-09-30"), List.of(),
                List.of(F1, N1, X, Y), CALC);
        assertThat(withProcedures.rate(ServiceRates.ON_TIME).value()).isNull();
        assertThat(withProcedures.rate(ServiceRates.SATISFACTION).value()).isNull();
        assertThat(withProcedures.rate(ServiceRates.ONLINE_SERVICES_USED)).isEqualTo(new Rate(0, 3));
        assertThat(withProcedures.rate(ServiceRates.PROCEDURES_ONLINE)).isEqualTo(new Rate(2, 4));
    }

    @Test
    void dossiersCrossingThePeriodEndBelongToTheMonthOfReceipt() {
        Procedure p = proc("P3", 3, OnlineLevel.FULL, 0);
        // Received Mon 30 Sep, due Thu 3 Oct, resolved Wed 2 Oct.
        Dossier a = d("A", p, Channel.ONLINE, "2024-09-30").withResolution(day("2024-10-02"), Outcome.ISSUED);
        // Received Tue 24 Sep, due Fri 27 Sep, resolved Wed 2 Oct.
        Dossier b = d("B", p, Channel.ONLINE, "2024-09-24").withResolution(day("2024-10-02"), Outcome.ISSUED);
        Dossier c = d("C", p, Channel.ONLINE, "2024-10-01").withResolution(day("2024-10-01"), Outcome.ISSUED);
        List<Dossier> all = List.of(a, b, c);

        ServiceRates q3 = ServiceRates.compute(Period.parse("2024-Q3"), day("2024-09-30"), all, List.of(p), CALC);
        assertThat(q3.received()).isEqualTo(2);
        assertThat(q3.resolved()).isZero();
        assertThat(q3.pending()).isEqualTo(1); // A: 3 working days left
        assertThat(q3.dueSoon()).isZero();
        assertThat(q3.overdue()).isEqualTo(1); // B
        assertThat(q3.rate(ServiceRates.ON_TIME)).isEqualTo(new Rate(0, 1));

        // The same quarter looked at a month later: A early, B late.
        ServiceRates later = ServiceRates.compute(Period.parse("2024-Q3"), day("2024-10-31"), all, List.of(p), CALC);
        assertThat(later.received()).isEqualTo(2);
        assertThat(later.early()).isEqualTo(1);
        assertThat(later.late()).isEqualTo(1);
        assertThat(later.rate(ServiceRates.ON_TIME)).isEqualTo(new Rate(1, 2));

        ServiceRates q4 = ServiceRates.compute(Period.parse("2024-Q4"), day("2024-12-31"), all, List.of(p), CALC);
        assertThat(q4.received()).isEqualTo(1);
        assertThat(q4.early()).isEqualTo(1);
    }

    @Test
    void asOfBeforeThePeriodEndLeavesOutDossiersNotYetReceived() {
        Dossier early = d("E", N1, Channel.ONLINE, "2024-09-02");
        Dossier late = d("L", N1, Channel.ONLINE, "2024-09-20");
        ServiceRates r = ServiceRates.compute(Period.parse("2024-09"), day("2024-09-10"), List.of(early, late),
                List.of(N1), CALC);
        assertThat(r.received()).isEqualTo(1);
        assertThat(r.overdue()).isEqualTo(1); // due Wed 4 Sep
    }

    @Test
    void handWorkedMonthWithEveryStatus() {
        List<Dossier> ds = new ArrayList<>();
        // 1: due Mon 9 Sep, resolved Thu 5 Sep -> early; paid online, digitised, electronic result.
        ds.add(d("1", F1, Channel.ONLINE, "2024-09-02").withResolution(day("2024-09-05"), Outcome.ISSUED)
                .withFacts(true, true, true, null, null, Rating.VERY_SATISFIED, null));
        // 2: due Tue 10 Sep, resolved that day -> on time; paid at the counter, inputs on paper.
        ds.add(d("2", F1, Channel.DIRECT, "2024-09-03").withResolution(day("2024-09-10"), Outcome.ISSUED)
                .withFacts(false, false, true, null, null, null, false));
        // 3: due Fri 6 Sep, resolved Mon 9 Sep -> late, and a complaint.
        ds.add(d("3", N1, Channel.ONLINE, "2024-09-04").withResolution(day("2024-09-09"), Outcome.ISSUED)
                .withFacts(null, true, true, null, null, null, true));
        // 4: rejected Fri 6 Sep, due Mon 9 Sep -> early, but no result issued.
        ds.add(d("4", N1, Channel.ONLINE, "2024-09-05").withResolution(day("2024-09-06"), Outcome.REJECTED));
        // 5: supplement requested Tue 24 Sep, still waiting -> paused.
        ds.add(d("5", F1, Channel.ONLINE, "2024-09-23")
                .withSupplements(List.of(new SupplementCycle(day("2024-09-24"), null))));
        // 6: due Fri 27 Sep, not resolved -> overdue on 30 Sep.
        ds.add(d("6", N1, Channel.POSTAL, "2024-09-25"));
        // 7: received Mon 30 Sep, due Wed 2 Oct: 2 working days left -> due soon (pending).
        ds.add(d("7", N1, Channel.ONLINE, "2024-09-30"));
        // 8: August, outside the period.
        ds.add(d("8", N1, Channel.ONLINE, "2024-08-30"));

        ServiceRates r = ServiceRates.compute(Period.parse("2024-09"), day("2024-09-30"), ds, List.of(F1, N1, X, Y),
                CALC);
        assertThat(r.received()).isEqualTo(7);
        assertThat(r.channel(Channel.ONLINE)).isEqualTo(5);
        assertThat(r.channel(Channel.DIRECT)).isEqualTo(1);
        assertThat(r.channel(Channel.POSTAL)).isEqualTo(1);
        assertThat(r.resolved()).isEqualTo(4);
        assertThat(r.early()).isEqualTo(2);
        assertThat(r.onTime()).isEqualTo(1);
        assertThat(r.late()).isEqualTo(1);
        assertThat(r.overdue()).isEqualTo(1);
        assertThat(r.pending()).isEqualTo(1);
        assertThat(r.dueSoon()).isEqualTo(1);
        assertThat(r.paused()).isEqualTo(1);
        assertThat(r.resolved() + r.overdue() + r.pending() + r.paused()).isEqualTo(r.received());

        assertThat(r.rate(ServiceRates.ON_TIME)).isEqualTo(new Rate(3, 5));
        assertThat(r.rate(ServiceRates.ONLINE)).isEqualTo(new Rate(5, 7));
        assertThat(r.rate(ServiceRates.ONLINE_PAYMENT)).isEqualTo(new Rate(1, 3));
        assertThat(r.rate(ServiceRates.ELECTRONIC_RESULT)).isEqualTo(new Rate(3, 3));
        assertThat(r.rate(ServiceRates.DIGITISED)).isEqualTo(new Rate(2, 3));
        // 5 judged - 2 past due - 1 complaint (on the late one: subtracted twice, as the formula adds the rates).
        assertThat(r.rate(ServiceRates.SATISFACTION)).isEqualTo(new Rate(2, 5));
        assertThat(r.rate(ServiceRates.PROCEDURES_ONLINE)).isEqualTo(new Rate(2, 4));
        assertThat(r.rate(ServiceRates.ONLINE_SERVICES_USED)).isEqualTo(new Rate(2, 3));
        assertThat(r.rate(ServiceRates.REUSED_DATA)).isEqualTo(new Rate(0, 7));

        ServiceScore s = ServiceScore.compute(r, ServiceIndexTemplate.DEFAULT);
        assertThat(points(s, "timelines.on_time")).isCloseTo(12.0, within(1e-9));
        assertThat(points(s, "online_services.dossiers_online")).isCloseTo(4.0, within(1e-9)); // 71 % >= 50 %
        assertThat(points(s, "online_services.procedures_online")).isCloseTo(2.5, within(1e-9)); // 50 % of 80 %
        assertThat(points(s, "online_services.services_used")).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(points(s, "online_payment.dossiers_paid_online")).isCloseTo(5.0 / 3, within(1e-9));
        assertThat(points(s, "satisfaction.dossier_satisfaction")).isCloseTo(2.0, within(1e-9)); // 40 % of 90 %
        assertThat(points(s, "digitisation.electronic_result")).isCloseTo(5.5, within(1e-9));
        assertThat(points(s, "digitisation.digitised")).isCloseTo(5.5 * (2.0 / 3) / 0.8, within(1e-9));
        assertThat(points(s, "digitisation.reused_data")).isZero();
        assertThat(s.indicators().stream().filter(i -> i.indicator().code().equals("transparency.announced_on_time"))
                .findFirst().orElseThrow().points()).isNull();
        ServiceScore.GroupPoints online = s.groups().stream().filter(g -> g.group().code().equals("online_services"))
                .findFirst().orElseThrow();
        assertThat(online.computedMax()).isEqualTo(12.0);
        assertThat(online.computedPoints()).isCloseTo(4 + 2.5 + 8.0 / 3, within(1e-9));
        ServiceScore.GroupPoints transparency = s.groups().get(0);
        assertThat(transparency.computedMax()).isZero();
        assertThat(transparency.computedPoints()).isNull();
    }

    static double points(ServiceScore s, String code) {
        return s.indicators().stream().filter(i -> i.indicator().code().equals(code)).findFirst().orElseThrow()
                .points();
    }
}
