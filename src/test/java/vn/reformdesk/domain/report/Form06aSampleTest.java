package vn.reformdesk.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformdesk.domain.report.Form06a.Column.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.sample.SampleDepartment;

/**
 * The form's invariants on every month (official and calendar), quarter, half, nine months and year of the sample
 * department's 2024: 3 = 4 + 5 + 6 and 3 = 7 + 11 and 7 = 8 + 9 + 10 and 11 = 12 + 13 on every row, the total the
 * sum of the rows, and this period's 11 = the next period's 6, field by field.
 */
public class Form06aSampleTest {
    static SampleDepartment sample;
    static Map<String, Procedure> procs;
    static DeadlineCalculator calc;

    @BeforeAll
    static void build() {
        sample = SampleDepartment.build();
        procs = new HashMap<>();
        for (Procedure p : sample.procedures()) procs.put(p.code(), p);
        calc = new DeadlineCalculator(new WorkingCalendar(sample.calendar()), DeadlineSettings.DEFAULT);
    }

    static Form06a form(Period p, PeriodDates dates) {
        return Form06a.of(p, dates, sample.procedures(), Form06a.entries(p, dates, sample.dossiers(), procs, calc));
    }

    public static void checkSums(Form06a f) {
        Form06a.Counts sum = new Form06a.Counts();
        for (Form06a.Row r : f.rows()) {
            checkSums(r.counts());
            sum.add(r.counts());
        }
        checkSums(f.total());
        assertThat(sum).isEqualTo(f.total());
    }

    public static void checkSums(Form06a.Counts c) {
        assertThat(c.get(RECEIVED)).isEqualTo(c.get(ONLINE) + c.get(DIRECT_OR_POSTAL) + c.get(CARRIED_OVER))
                .isEqualTo(c.get(RESOLVED) + c.get(IN_PROCESS));
        assertThat(c.get(RESOLVED)).isEqualTo(c.get(EARLY) + c.get(ON_TIME) + c.get(LATE));
        assertThat(c.get(IN_PROCESS)).isEqualTo(c.get(WITHIN_DEADLINE) + c.get(OVERDUE));
    }

    @Test
    void everyMonthOfTheSampleYearHandsItsOpenDossiersToTheNext() {
        for (PeriodDates dates : PeriodDates.values()) {
            Period m = Period.month(2024, 1);
            Form06a f = form(m, dates);
            long received = 0;
            for (int i = 0; i < 12; i++) {
                checkSums(f);
                received += f.total().get(ONLINE) + f.total().get(DIRECT_OR_POSTAL);
                Form06a next = form(m.next(), dates);
                for (Form06a.Row r : f.rows()) {
                    assertThat(next.row(r.level(), r.field()).orElseThrow().counts().get(CARRIED_OVER))
                            .as("%s %s %s", m, dates, r.field()).isEqualTo(r.counts().get(IN_PROCESS));
                }
                m = m.next();
                f = next;
            }
            assertThat(f.total().get(RECEIVED)).isPositive();
            if (dates == PeriodDates.CALENDAR) assertThat(received).isEqualTo(sample.dossiers().size());
        }
    }

    @Test
    void quartersHalvesNineMonthsAndTheYearAddUp() {
        for (PeriodDates dates : PeriodDates.values()) {
            for (String p : List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-H1", "2024-H2", "2024-9M", "2024")) {
                checkSums(form(Period.parse(p), dates));
            }
            // the year's new dossiers are the four quarters' new dossiers
            long quarters = 0;
            for (int q = 1; q <= 4; q++) {
                Form06a f = form(Period.quarter(2024, q), dates);
                quarters += f.total().get(ONLINE) + f.total().get(DIRECT_OR_POSTAL);
            }
            Form06a year = form(Period.year(2024), dates);
            assertThat(year.total().get(ONLINE) + year.total().get(DIRECT_OR_POSTAL)).isEqualTo(quarters);
        }
    }

    /** An independent count of the official year 2024 (15/12/2023–14/12/2024), dossier by dossier, without the form. */
    @Test
    void officialYearAgainstAnIndependentCount() {
        Form06a f = form(Period.year(2024), PeriodDates.OFFICIAL);
        java.time.LocalDate from = java.time.LocalDate.of(2023, 12, 15);
        java.time.LocalDate to = java.time.LocalDate.of(2024, 12, 14);
        long newOnes = 0, resolved = 0, open = 0, withdrawnOrRejected = 0;
        for (Dossier d : sample.dossiers()) {
            boolean in = !d.receivedOn().isAfter(to) && (d.resolvedOn() == null || !d.resolvedOn().isBefore(from));
            if (!in) continue;
            if (!d.receivedOn().isBefore(from)) newOnes++;
            if (d.resolvedOn() != null && !d.resolvedOn().isAfter(to)) {
                resolved++;
                if (d.outcome() != Outcome.ISSUED) withdrawnOrRejected++;
            } else {
                open++;
            }
        }
        assertThat(f.total().get(ONLINE) + f.total().get(DIRECT_OR_POSTAL)).isEqualTo(newOnes);
        assertThat(f.total().get(RESOLVED)).isEqualTo(resolved);
        assertThat(f.total().get(IN_PROCESS)).isEqualTo(open);
        assertThat(withdrawnOrRejected).as("the sample has rejected or withdrawn dossiers in the year").isPositive();
        assertThat(f.total().get(CARRIED_OVER)).isZero(); // the sample starts in 2024
    }
}
