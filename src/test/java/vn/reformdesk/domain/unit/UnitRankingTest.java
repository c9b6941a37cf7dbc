package vn.reformdesk.domain.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.unit.UnitRanking.Entry;
import vn.reformdesk.domain.unit.UnitRanking.Input;

/** Hand-worked rankings: ties, no data, the average and the units above it, targets, lower-is-better. */
class UnitRankingTest {
    static Unit dept(String code, String name) { return new Unit(code, name, UnitKind.DEPARTMENT, "P"); }

    static Input in(String code, String name, Double value, Double target) {
        return new Input(dept(code, name), value, target);
    }

    static List<String> codes(List<Entry> entries) { return entries.stream().map(e -> e.unit().code()).toList(); }

    static List<Integer> ranks(UnitRanking r) { return r.entries().stream().map(Entry::rank).toList(); }

    @Test
    void ranksBestFirstWithStandardCompetitionTies() {
        // 90, 85, 85, 80: average 85; only A is above it (B and C equal it); ranks 1, 2, 2, 4
        UnitRanking r = UnitRanking.rank(UnitMeasure.PAR, List.of(in("D", "Dê", 80.0, null), in("C", "Cam", 85.0, null),
                in("A", "An", 90.0, null), in("B", "Bình", 85.0, null)));
        assertThat(codes(r.entries())).containsExactly("A", "B", "C", "D");
        assertThat(ranks(r)).containsExactly(1, 2, 2, 4);
        assertThat(r.average()).isEqualTo(85.0);
        assertThat(r.aboveAverage()).isEqualTo(1);
        assertThat(codes(r.first())).containsExactly("A");
        assertThat(codes(r.last())).containsExactly("D");
    }

    @Test
    void valuesEqualAtThePrecisionShownTie() {
        // 89.054 and 89.049 both show as 89.05: tied; rates tie at 0.01 percentage point
        UnitRanking r = UnitRanking.rank(UnitMeasure.PAR, List.of(in("A", "A", 89.049, null), in("B", "B", 89.054, null)));
        assertThat(ranks(r)).containsExactly(1, 1);
        assertThat(codes(r.first())).containsExactly("A", "B");
        assertThat(codes(r.last())).containsExactly("A", "B");
        UnitRanking rates = UnitRanking.rank(UnitMeasure.ON_TIME_RATE, List.of(in("A", "A", 0.97341, null),
                in("B", "B", 0.97338, null), in("C", "C", 0.9736, null)));
        assertThat(codes(rates.entries())).containsExactly("C", "A", "B");
        assertThat(ranks(rates)).containsExactly(1, 2, 2);
    }

    @Test
    void tiedUnitsAreListedByVietnameseName() {
        UnitRanking r = UnitRanking.rank(UnitMeasure.SIPAS, List.of(in("3", "Sở Y tế", 95.0, null),
                in("1", "Ban Dân tộc", 95.0, null), in("2", "Sở Công Thương", 95.0, null), in("4", "Đài", 95.0, null)));
        // B < Đ < S in Vietnamese order (Đ after D), Công before Y
        assertThat(r.entries().stream().map(e -> e.unit().name()).toList())
                .containsExactly("Ban Dân tộc", "Đài", "Sở Công Thương", "Sở Y tế");
        assertThat(ranks(r)).containsExactly(1, 1, 1, 1);
        assertThat(r.aboveAverage()).isZero();
    }

    @Test
    void noDataIsListedLastAndNeverCountsAsZero() {
        UnitRanking r = UnitRanking.rank(UnitMeasure.ON_TIME_RATE, List.of(in("A", "A", 0.9, null),
                in("Z", "Không có hồ sơ", null, 0.95), in("B", "B", 0.8, null)));
        assertThat(codes(r.entries())).containsExactly("A", "B", "Z");
        assertThat(ranks(r)).containsExactly(1, 2, null);
        assertThat(r.average()).isCloseTo(0.85, within(1e-12)); // not (0.9 + 0.8 + 0) / 3
        assertThat(r.aboveAverage()).isEqualTo(1);
        assertThat(codes(r.noData())).containsExactly("Z");
        assertThat(codes(r.last())).containsExactly("B");
        Entry z = r.entries().get(2);
        assertThat(z.targetMet()).isNull();
        assertThat(z.gap()).isNull();
        assertThat(z.aboveAverage()).isFalse();
    }

    @Test
    void nothingToRank() {
        UnitRanking r = UnitRanking.rank(UnitMeasure.PAR, List.of(in("A", "A", null, null)));
        assertThat(r.average()).isNull();
        assertThat(r.aboveAverage()).isZero();
        assertThat(r.first()).isEmpty();
        assertThat(r.last()).isEmpty();
        assertThat(UnitRanking.rank(UnitMeasure.PAR, List.of()).entries()).isEmpty();
    }

    @Test
    void fewerOverdueDossiersIsBetter() {
        // overdue 0, 3, 1, 0: average 1; ranks: 0 → 1, 0 → 1, 1 → 3, 3 → 4; better than the average: the two zeros
        UnitRanking r = UnitRanking.rank(UnitMeasure.OVERDUE, List.of(in("A", "A", 0.0, null), in("B", "B", 3.0, 2.0),
                in("C", "C", 1.0, 2.0), in("D", "D", 0.0, 0.0)));
        assertThat(codes(r.entries())).containsExactly("A", "D", "C", "B");
        assertThat(ranks(r)).containsExactly(1, 1, 3, 4);
        assertThat(r.average()).isEqualTo(1.0);
        assertThat(r.aboveAverage()).isEqualTo(2);
        // against the target, lower is better: 1 ≤ 2 met with a margin of 1; 3 > 2 missed by 1; 0 ≤ 0 met
        assertThat(r.entry("C").orElseThrow().targetMet()).isTrue();
        assertThat(r.entry("C").orElseThrow().gap()).isEqualTo(1.0);
        assertThat(r.entry("B").orElseThrow().targetMet()).isFalse();
        assertThat(r.entry("B").orElseThrow().gap()).isEqualTo(-1.0);
        assertThat(r.entry("D").orElseThrow().targetMet()).isTrue();
        assertThat(r.withTarget()).isEqualTo(3);
        assertThat(r.targetsMet()).isEqualTo(2);
    }

    @Test
    void aFractionalAverageOfCountsStillSeparatesBetterUnits() {
        // 1, 2, 2, 2: average 1.75; 1 is better, the 2s are worse
        UnitRanking r = UnitRanking.rank(UnitMeasure.OVERDUE, List.of(in("A", "A", 1.0, null), in("B", "B", 2.0, null),
                in("C", "C", 2.0, null), in("D", "D", 2.0, null)));
        assertThat(r.average()).isEqualTo(1.75);
        assertThat(r.aboveAverage()).isEqualTo(1);
    }

    @Test
    void targetsAreJudgedAtThePrecisionShown() {
        UnitRanking r = UnitRanking.rank(UnitMeasure.PAR, List.of(in("A", "A", 89.999, 90.0), in("B", "B", 89.98, 90.0),
                in("C", "C", 92.5, 90.0)));
        // 89.999 shows as 90.00: met; 89.98 misses by 0.02
        assertThat(r.entry("A").orElseThrow().targetMet()).isTrue();
        assertThat(r.entry("B").orElseThrow().targetMet()).isFalse();
        assertThat(r.entry("B").orElseThrow().gap()).isCloseTo(-0.02, within(1e-9));
        assertThat(r.entry("C").orElseThrow().gap()).isCloseTo(2.5, within(1e-9));
        assertThat(r.targetsMet()).isEqualTo(2);
    }

    @Test
    void theSeedDepartmentsAverageAndCountAboveIt() {
        // a hand-made set of 20 scores with a sum of 1,781.00: average 89.05 exactly, 89.05 itself not above
        List<Input> in = new ArrayList<>();
        double[] v = {96.76, 94.12, 93.48, 92.85, 91.97, 91.20, 90.64, 90.11, 89.53, 89.05,
            88.90, 88.47, 87.95, 87.30, 86.88, 86.21, 85.74, 85.02, 84.36, 80.46};
        for (int i = 0; i < v.length; i++) in.add(in("U" + i, "Đơn vị " + (char) ('A' + i), v[i], 90.0));
        UnitRanking r = UnitRanking.rank(UnitMeasure.PAR, in);
        assertThat(r.average()).isCloseTo(89.05, within(1e-9));
        assertThat(r.aboveAverage()).isEqualTo(9);
        assertThat(r.first().get(0).value()).isEqualTo(96.76);
        assertThat(r.atLeast(90.0)).isEqualTo(8);
        assertThat(r.targetsMet()).isEqualTo(8);
    }

    @Test
    void measuresByCode() {
        assertThat(UnitMeasure.fromCode("PAR")).isEqualTo(UnitMeasure.PAR);
        assertThat(UnitMeasure.fromCode("computed")).isEqualTo(UnitMeasure.COMPUTED_766);
        assertThat(UnitMeasure.fromCode("on_time_rate")).isEqualTo(UnitMeasure.ON_TIME_RATE);
        assertThat(UnitMeasure.OVERDUE.direction()).isEqualTo(vn.reformdesk.domain.index.Direction.LOWER);
        assertThat(UnitMeasure.SERVICE_766.framework()).isEqualTo("service766");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnitMeasure.fromCode("bogus"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
