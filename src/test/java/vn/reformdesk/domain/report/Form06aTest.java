package vn.reformdesk.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformdesk.domain.report.Form06a.Column.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * Form 06a for Q1 2026 with hand-worked dates. Official dates: 15/12/2025–14/03/2026. The calendar is the official
 * 2026 preset (December 2025 has no holiday: Monday–Friday; 1 December 2025 is a Monday; March 2026 has no holiday,
 * Mondays 2, 9, 16). Procedure N3: provincial, field "Công nghiệp", 3 working days; N0: commune, no field, same day.
 */
class Form06aTest {
    static final DeadlineCalculator CALC = new DeadlineCalculator(new WorkingCalendar(CalendarPresets.official2026()),
            DeadlineSettings.DEFAULT);
    static final Procedure N3 = new Procedure(null, "1.000003", "Cấp phép", "Công nghiệp", AdminLevel.PROVINCE, 3,
            null, OnlineLevel.FULL, 0, false, null, null, null);
    static final Procedure N0 = new Procedure(null, "2.000000", "Xác nhận", null, AdminLevel.COMMUNE, 0, null,
            OnlineLevel.NONE, 0, false, null, null, null);
    static final Procedure EMPTY = new Procedure(null, "1.000009", "Không có hồ sơ", "An toàn thực phẩm",
            AdminLevel.PROVINCE, 5, null, OnlineLevel.NONE, 0, false, null, null, null);
    static final Map<String, Procedure> PROCS = Map.of(N3.code(), N3, N0.code(), N0, EMPTY.code(), EMPTY);
    static final Period Q1 = Period.quarter(2026, 1);

    static Dossier d(String code, Procedure p, Channel ch, LocalDateTime at) {
        return Dossier.received(code, p.code(), "Nguyễn Văn A", ch, at);
    }

    static LocalDateTime at(int y, int m, int day) { return LocalDateTime.of(y, m, day, 9, 0); }

    static LocalDate on(int y, int m, int day) { return LocalDate.of(y, m, day); }

    /** Received Wed 10/12/2025, due Mon 15/12 (Thu 11, Fri 12, Mon 15), resolved that day: on time, carried over. */
    static final Dossier CARRIED_RESOLVED = d("A", N3, Channel.ONLINE, at(2025, 12, 10)).withResolution(on(2025, 12, 15), Outcome.ISSUED);
    /** Received Thu 11/12/2025, due Tue 16/12, never resolved: carried over and overdue at 14/03/2026. */
    static final Dossier CARRIED_OVERDUE = d("B", N3, Channel.DIRECT, at(2025, 12, 11));
    /** Online Mon 9/3/2026 (due Thu 12/3); a supplement asked Tue 10/3 and not arrived: within the deadline (12). */
    static final Dossier WAITING = d("C", N3, Channel.ONLINE, at(2026, 3, 9))
            .withSupplements(List.of(new SupplementCycle(on(2026, 3, 10), null)));
    /** In person Mon 2/3/2026, due Thu 5/3, rejected Mon 9/3: resolved late on its end date. */
    static final Dossier REJECTED = d("D", N3, Channel.DIRECT, at(2026, 3, 2)).withResolution(on(2026, 3, 9), Outcome.REJECTED);
    /** By post Mon 2/3/2026, due Thu 5/3, withdrawn Tue 3/3: resolved early on its end date. */
    static final Dossier WITHDRAWN = d("E", N3, Channel.POSTAL, at(2026, 3, 2)).withResolution(on(2026, 3, 3), Outcome.WITHDRAWN);
    /** Received 1/12/2025 and resolved 12/12/2025, before the period: not in it. */
    static final Dossier BEFORE = d("F", N3, Channel.ONLINE, at(2025, 12, 1)).withResolution(on(2025, 12, 12), Outcome.ISSUED);
    /** Received Mon 16/3/2026, after the period: not in it. */
    static final Dossier AFTER = d("G", N3, Channel.ONLINE, at(2026, 3, 16));
    /** Online Thu 12/3/2026, due Tue 17/3, resolved 20/3 (after the period): in process, within the deadline at 14/3. */
    static final Dossier RESOLVED_AFTER = d("H", N3, Channel.ONLINE, at(2026, 3, 12)).withResolution(on(2026, 3, 20), Outcome.ISSUED);
    /** Online Saturday 14/3/2026, the period's last day: counts from Mon 16/3, due Thu 19/3; new and pending. */
    static final Dossier LAST_DAY = d("I", N3, Channel.ONLINE, LocalDateTime.of(2026, 3, 14, 22, 30));
    /** Commune, no field, online Mon 15/12/2025 (the first day), N = 0, resolved that day: new, on time. */
    static final Dossier FIRST_DAY = d("J", N0, Channel.ONLINE, at(2025, 12, 15)).withResolution(on(2025, 12, 15), Outcome.ISSUED);

    static final List<Dossier> ALL = List.of(CARRIED_RESOLVED, CARRIED_OVERDUE, WAITING, REJECTED, WITHDRAWN, BEFORE,
            AFTER, RESOLVED_AFTER, LAST_DAY, FIRST_DAY);

    static Form06a form(Period p, PeriodDates dates, List<Dossier> dossiers) {
        return Form06a.of(p, dates, PROCS.values(), Form06a.entries(p, dates, dossiers, PROCS, CALC));
    }

    static Form06a.Column[] cols(Dossier x) {
        var e = Form06a.entries(Q1, PeriodDates.OFFICIAL, List.of(x), PROCS, CALC);
        return e.isEmpty() ? new Form06a.Column[0] : e.get(0).columns().toArray(new Form06a.Column[0]);
    }

    @Test
    void eachDossierCountsInTheColumnsWorkedOutByHand() {
        assertThat(cols(CARRIED_RESOLVED)).containsExactly(RECEIVED, CARRIED_OVER, RESOLVED, ON_TIME);
        assertThat(cols(CARRIED_OVERDUE)).containsExactly(RECEIVED, CARRIED_OVER, IN_PROCESS, OVERDUE);
        assertThat(cols(WAITING)).containsExactly(RECEIVED, ONLINE, IN_PROCESS, WITHIN_DEADLINE);
        assertThat(cols(REJECTED)).containsExactly(RECEIVED, DIRECT_OR_POSTAL, RESOLVED, LATE);
        assertThat(cols(WITHDRAWN)).containsExactly(RECEIVED, DIRECT_OR_POSTAL, RESOLVED, EARLY);
        assertThat(cols(BEFORE)).isEmpty();
        assertThat(cols(AFTER)).isEmpty();
        assertThat(cols(RESOLVED_AFTER)).containsExactly(RECEIVED, ONLINE, IN_PROCESS, WITHIN_DEADLINE);
        assertThat(cols(LAST_DAY)).containsExactly(RECEIVED, ONLINE, IN_PROCESS, WITHIN_DEADLINE);
        assertThat(cols(FIRST_DAY)).containsExactly(RECEIVED, ONLINE, RESOLVED, ON_TIME);
    }

    static long[] values(Form06a.Counts c) {
        long[] out = new long[11];
        for (Form06a.Column col : Form06a.Column.values()) out[col.number() - 3] = c.get(col);
        return out;
    }

    @Test
    void theTableByLevelAndFieldWithItsTotal() {
        Form06a f = form(Q1, PeriodDates.OFFICIAL, ALL);
        assertThat(f.from()).isEqualTo(on(2025, 12, 15));
        assertThat(f.to()).isEqualTo(on(2026, 3, 14));
        // provincial fields in Vietnamese order (An toàn thực phẩm, then Công nghiệp), then the commune's row
        assertThat(f.rows()).extracting(Form06a.Row::level, Form06a.Row::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AdminLevel.PROVINCE, "An toàn thực phẩm"),
                org.assertj.core.groups.Tuple.tuple(AdminLevel.PROVINCE, "Công nghiệp"),
                org.assertj.core.groups.Tuple.tuple(AdminLevel.COMMUNE, null));
        //                                         3  4  5  6  7  8  9 10 11 12 13
        assertThat(values(f.rows().get(0).counts())).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(values(f.rows().get(1).counts())).containsExactly(7, 3, 2, 2, 3, 1, 1, 1, 4, 3, 1);
        assertThat(values(f.rows().get(2).counts())).containsExactly(1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0);
        assertThat(values(f.total())).containsExactly(8, 4, 2, 2, 4, 1, 2, 1, 4, 3, 1);
        assertThat(values(f.levelTotal(AdminLevel.PROVINCE))).containsExactly(7, 3, 2, 2, 3, 1, 1, 1, 4, 3, 1);
        assertThat(f.levels()).containsExactly(AdminLevel.PROVINCE, AdminLevel.COMMUNE);
    }

    @Test
    void calendarQuarterCutsOnTheFirstOfJanuary() {
        // 1/1–31/3/2026: A was resolved on 15/12/2025, before it; B is carried over; the March dossiers are new, and
        // at 31/3 C still waits (12), H was resolved on 20/3 (after its due 17/3: late), I is overdue since 19/3.
        Form06a f = form(Q1, PeriodDates.CALENDAR, ALL);
        assertThat(f.from()).isEqualTo(on(2026, 1, 1));
        assertThat(f.to()).isEqualTo(on(2026, 3, 31));
        //                                                     3  4  5  6  7  8  9 10 11 12 13
        assertThat(values(f.row(AdminLevel.PROVINCE, "Công nghiệp").orElseThrow().counts()))
                .containsExactly(7, 4, 2, 1, 3, 1, 0, 2, 4, 1, 3);
        assertThat(values(f.row(AdminLevel.COMMUNE, null).orElseThrow().counts()))
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void thisPeriodsInProcessAreTheNextPeriodsCarriedOver() {
        Period m = Period.month(2026, 3);
        Form06a march = form(m, PeriodDates.OFFICIAL, ALL);
        Form06a april = form(m.next(), PeriodDates.OFFICIAL, ALL);
        assertThat(april.total().get(CARRIED_OVER)).isEqualTo(march.total().get(IN_PROCESS)).isEqualTo(4);
        assertThat(EnumSet.copyOf(List.of(cols(CARRIED_OVERDUE)))).contains(CARRIED_OVER);
    }

    @Test
    void aPeriodNotYetEndedIsCountedAsOfToday() {
        // On Tue 10/3/2026: A was resolved on time, B is overdue, C waits (asked that day), D was rejected late on
        // 9/3, E withdrawn early; H and I are not received yet; J is the commune's.
        var e = Form06a.entries(Q1, PeriodDates.OFFICIAL, on(2026, 3, 10), ALL, PROCS, CALC);
        Form06a f = Form06a.of(Q1, PeriodDates.OFFICIAL, on(2026, 3, 10), PROCS.values(), e);
        assertThat(f.asOf()).isEqualTo(on(2026, 3, 10));
        assertThat(f.running()).isTrue();
        //                                                     3  4  5  6  7  8  9 10 11 12 13
        assertThat(values(f.row(AdminLevel.PROVINCE, "Công nghiệp").orElseThrow().counts()))
                .containsExactly(5, 1, 2, 2, 3, 1, 1, 1, 2, 1, 1);
        assertThat(form(Q1, PeriodDates.OFFICIAL, ALL).running()).isFalse();
    }
}
