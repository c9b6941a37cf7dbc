package vn.reformdesk.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void parsesTheThreeSpellingsAndPrintsThemBack() {
        assertThat(Period.parse("2024").toString()).isEqualTo("2024");
        assertThat(Period.parse("2024-Q3").toString()).isEqualTo("2024-Q3");
        assertThat(Period.parse(" 2024-q3 ").toString()).isEqualTo("2024-Q3");
        assertThat(Period.parse("2024-09").toString()).isEqualTo("2024-09");
        assertThat(Period.parse("2024-9")).isEqualTo(Period.month(2024, 9));
        assertThat(Period.parse("2026-Q3").kind()).isEqualTo(Period.Kind.QUARTER);
    }

    @Test
    void quarterBoundaries() {
        Period q3 = Period.parse("2024-Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(q3.contains(LocalDate.of(2024, 9, 30))).isTrue();
        assertThat(q3.contains(LocalDate.of(2024, 10, 1))).isFalse();
        assertThat(q3.contains(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(Period.parse("2024-Q1").end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Period.parse("2024-Q4").end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void monthBoundariesIncludingLeapFebruary() {
        assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2025-02").end()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Period.parse("2024-09").start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(Period.parse("2024-09").end()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void yearBoundaries() {
        Period y = Period.parse("2024");
        assertThat(y.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(y.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(y.contains(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void previousNextAndOf() {
        assertThat(Period.parse("2024-Q1").previous()).isEqualTo(Period.parse("2023-Q4"));
        assertThat(Period.parse("2024-12").next()).isEqualTo(Period.parse("2025-01"));
        assertThat(Period.of(Period.Kind.QUARTER, LocalDate.of(2024, 8, 15))).isEqualTo(Period.parse("2024-Q3"));
        assertThat(Period.parse("2024").compareTo(Period.parse("2024-Q1"))).isNegative();
    }

    @Test
    void rejectsWhatIsNotAPeriod() {
        for (String bad : new String[] {"", "24", "2024-Q5", "2024-Q0", "2024-13", "2024-00", "Q3-2024", "2024/09",
                "2024-09-01"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodIsReportedAsOfItsEndOnceEndedElseAsOfToday() {
        Period q3 = Period.parse("2026-Q3");
        assertThat(q3.reportAsOf(LocalDate.of(2026, 8, 14))).isEqualTo(LocalDate.of(2026, 8, 14)); // running
        assertThat(q3.reportAsOf(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 9, 30)); // its last day
        assertThat(q3.reportAsOf(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 9, 30)); // ended
        assertThat(Period.parse("2024").reportAsOf(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
