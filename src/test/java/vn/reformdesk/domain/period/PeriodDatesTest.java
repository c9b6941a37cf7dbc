package vn.reformdesk.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Decree 09/2019/NĐ-CP, art. 12: data cut from the 15th of the month before the period to the 14th of its last month. */
class PeriodDatesTest {
    static LocalDate d(int y, int m, int day) { return LocalDate.of(y, m, day); }

    @Test
    void officialQuarterOneCrossesTheYearBoundary() {
        Period q1 = Period.parse("2026-Q1");
        assertThat(PeriodDates.OFFICIAL.start(q1)).isEqualTo(d(2025, 12, 15));
        assertThat(PeriodDates.OFFICIAL.end(q1)).isEqualTo(d(2026, 3, 14));
        assertThat(PeriodDates.CALENDAR.start(q1)).isEqualTo(d(2026, 1, 1));
        assertThat(PeriodDates.CALENDAR.end(q1)).isEqualTo(d(2026, 3, 31));
        Period q4 = Period.parse("2025-Q4");
        assertThat(PeriodDates.OFFICIAL.start(q4)).isEqualTo(d(2025, 9, 15));
        assertThat(PeriodDates.OFFICIAL.end(q4)).isEqualTo(d(2025, 12, 14)); // the day before Q1 2026 starts
    }

    @Test
    void officialMonthsHalvesNineMonthsAndYears() {
        assertThat(PeriodDates.OFFICIAL.start(Period.parse("2026-03"))).isEqualTo(d(2026, 2, 15));
        assertThat(PeriodDates.OFFICIAL.end(Period.parse("2026-03"))).isEqualTo(d(2026, 3, 14));
        assertThat(PeriodDates.OFFICIAL.start(Period.parse("2026-01"))).isEqualTo(d(2025, 12, 15));
        assertThat(PeriodDates.OFFICIAL.start(Period.parse("2026-H1"))).isEqualTo(d(2025, 12, 15));
        assertThat(PeriodDates.OFFICIAL.end(Period.parse("2026-H1"))).isEqualTo(d(2026, 6, 14));
        assertThat(PeriodDates.OFFICIAL.start(Period.parse("2026-H2"))).isEqualTo(d(2026, 6, 15));
        assertThat(PeriodDates.OFFICIAL.end(Period.parse("2026-H2"))).isEqualTo(d(2026, 12, 14));
        assertThat(PeriodDates.OFFICIAL.start(Period.parse("2026-9M"))).isEqualTo(d(2025, 12, 15));
        assertThat(PeriodDates.OFFICIAL.end(Period.parse("2026-9M"))).isEqualTo(d(2026, 9, 14));
        assertThat(PeriodDates.OFFICIAL.start(Period.parse("2026"))).isEqualTo(d(2025, 12, 15));
        assertThat(PeriodDates.OFFICIAL.end(Period.parse("2026"))).isEqualTo(d(2026, 12, 14));
        assertThat(PeriodDates.CALENDAR.end(Period.parse("2026-H1"))).isEqualTo(d(2026, 6, 30));
        assertThat(PeriodDates.CALENDAR.end(Period.parse("2026-9M"))).isEqualTo(d(2026, 9, 30));
    }

    @Test
    void consecutiveOfficialMonthsLeaveNoGap() {
        Period m = Period.parse("2025-01");
        for (int i = 0; i < 24; i++) {
            assertThat(PeriodDates.OFFICIAL.start(m.next())).isEqualTo(PeriodDates.OFFICIAL.end(m).plusDays(1));
            m = m.next();
        }
    }

    @Test
    void halvesAndNineMonthsParsePrintAndStep() {
        assertThat(Period.parse("2026-h1")).isEqualTo(Period.half(2026, 1));
        assertThat(Period.parse("2026-H2").toString()).isEqualTo("2026-H2");
        assertThat(Period.parse("2026-9m").toString()).isEqualTo("2026-9M");
        assertThat(Period.parse("2026-9M").kind()).isEqualTo(Period.Kind.NINE_MONTHS);
        assertThat(Period.half(2026, 1).previous()).isEqualTo(Period.half(2025, 2));
        assertThat(Period.half(2026, 2).next()).isEqualTo(Period.half(2027, 1));
        assertThat(Period.nineMonths(2026).next()).isEqualTo(Period.nineMonths(2027));
        assertThat(Period.nineMonths(2026).previous()).isEqualTo(Period.nineMonths(2025));
        assertThat(Period.of(Period.Kind.HALF, d(2026, 7, 1))).isEqualTo(Period.parse("2026-H2"));
    }
}
