package vn.reformdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
            "2027, 2027-02-06", "2028, 2028-01-26",
            // Years where UTC+7 and the Chinese calendar (UTC+8) differ: a classic check that the time zone is applied.
            // 1985: Vietnam celebrated on 21 Jan, China on 20 Feb. 2007: Vietnam 17 Feb, China 18 Feb.
            "1985, 1985-01-21", "2007, 2007-02-17",
            // 2030: the new moon is at 16:07 UTC on 2 Feb = 23:07 in UTC+7 (but 00:07 on 3 Feb in UTC+8). The lunar
            // month therefore begins on 2 Feb in Vietnam; 3 Feb is the Chinese date (see the report).
            "2030, 2030-02-02"})
    void lunarNewYear(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(expected);
        assertThat(VietnameseLunarCalendar.toLunar(expected)).isEqualTo(LunarDate.of(1, 1, year));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDay(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, year)).isEqualTo(expected);
        assertThat(VietnameseLunarCalendar.toLunar(expected)).isEqualTo(LunarDate.of(10, 3, year));
    }

    @Test
    void leapMonths() {
        // 2023 Quý Mão had a leap 2nd month beginning 22 Mar 2023; 2025 Ất Tỵ a leap 6th month beginning 25 Jul 2025;
        // 2020 Canh Tý a leap 4th month beginning 23 May 2020.
        assertThat(VietnameseLunarCalendar.leapMonthOf(2023)).isEqualTo(2);
        assertThat(VietnameseLunarCalendar.leapMonthOf(2025)).isEqualTo(6);
        assertThat(VietnameseLunarCalendar.leapMonthOf(2020)).isEqualTo(4);
        assertThat(VietnameseLunarCalendar.leapMonthOf(2024)).isZero();
        assertThat(VietnameseLunarCalendar.leapMonthOf(2026)).isZero();
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 3, 21))).isEqualTo(new LunarDate(30, 2, 2023, false));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(1, 6, 2025, true));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(1, 4, 2020, true));
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(1, 6, 2025, true))).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(1, 6, 2025, false))).isEqualTo(LocalDate.of(2025, 6, 25));
        // After the leap month the numbering continues: mid-autumn (15/8) 2025 = 6 Oct 2025.
        assertThat(VietnameseLunarCalendar.toSolar(15, 8, 2025)).isEqualTo(LocalDate.of(2025, 10, 6));
    }

    @Test
    void knownDates() {
        // Mid-autumn 2024 = 17 Sep 2024.
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2024, 9, 17))).isEqualTo(LunarDate.of(15, 8, 2024));
        // Month 12 of Ất Tỵ began 19 Jan 2026 (new moon 01:52 UTC+7) and has 29 days: 16 Feb 2026 is the last day
        // of the lunar year (29 Tết), the day before Tết Bính Ngọ.
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(29, 12, 2025));
        assertThat(VietnameseLunarCalendar.lengthOfMonth(12, 2025, false)).isEqualTo(29);
        // Dates before Tết belong to the previous lunar year: 1 Jan 2026 = 13/11/2025 (month 11 began 20 Dec 2025).
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 1, 1))).isEqualTo(LunarDate.of(13, 11, 2025));
    }

    @Test
    void invalidLunarDatesAreRejected() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(1, 2, 2024, true)))
                .isInstanceOf(IllegalArgumentException.class);
        // 12/2025 has 29 days.
        assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(30, 12, 2025)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarDate.of(31, 1, 2025)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarDate.of(1, 13, 2025)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTrips1900To2100AndMonthsAreConsistent() {
        LunarDate previous = null;
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            LunarDate l = VietnameseLunarCalendar.toLunar(d);
            assertThat(VietnameseLunarCalendar.toSolar(l)).as("round trip of %s (%s)", d, l).isEqualTo(d);
            if (previous != null) {
                if (l.day() == 1) {
                    assertThat(previous.day()).as("month before %s", d).isIn(29, 30);
                } else {
                    assertThat(l.day()).as("day after %s", previous).isEqualTo(previous.day() + 1);
                    assertThat(l.month()).isEqualTo(previous.month());
                }
            }
            previous = l;
        }
    }

    @Test
    void everyLunarYearHas12Or13MonthsWithAtMostOneLeap() {
        for (int y = 1900; y <= 2099; y++) {
            long days = VietnameseLunarCalendar.newYear(y + 1).toEpochDay() - VietnameseLunarCalendar.newYear(y).toEpochDay();
            int leap = VietnameseLunarCalendar.leapMonthOf(y);
            if (leap == 0) assertThat(days).as("year %d", y).isBetween(353L, 355L);
            else assertThat(days).as("leap year %d", y).isBetween(383L, 385L);
            // Tết always falls between 20 Jan and 20 Feb.
            LocalDate tet = VietnameseLunarCalendar.newYear(y);
            assertThat(tet).isBetween(LocalDate.of(y, 1, 20), LocalDate.of(y, 2, 21));
        }
    }
}
