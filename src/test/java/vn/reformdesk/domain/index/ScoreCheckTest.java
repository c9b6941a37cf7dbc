package vn.reformdesk.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreCheckTest {
    static final Framework F766 = new Framework(1, "service766", "766", "766", ScoreUnit.POINTS, Aggregation.SUM, 1, null);
    static final FrameworkVersion V766 = new FrameworkVersion(1, 1, 1, List.of(
            new Component("transparency", null, "a", "a", 18, null, 1, null),
            new Component("timelines", null, "b", "b", 20, null, 2, null),
            new Component("online", null, "c", "c", 22, null, 3, null),
            new Component("online_services", "online", "c1", "c1", 12, null, 1, null),
            new Component("online_payment", "online", "c2", "c2", 10, null, 2, null),
            new Component("satisfaction", null, "d", "d", 18, null, 4, null),
            new Component("digitisation", null, "e", "e", 22, null, 5, null)));

    static Score s(String component, Double official) { return Score.of("service766", "2024", component, official); }

    @Test
    void aScoreAboveItsMaximumIsRefusedAndBelowZeroToo() {
        assertThat(ScoreCheck.value("transparency", 18.0, 18.0, ScoreUnit.POINTS)).isEmpty();
        var issue = ScoreCheck.value("transparency", 18.5, 18.0, ScoreUnit.POINTS).orElseThrow();
        assertThat(issue.kind()).isEqualTo(ScoreIssue.Kind.ABOVE_MAX);
        assertThat(issue.limit()).isEqualTo(18.0);
        assertThat(issue.message()).isEqualTo("above the component's maximum of 18");
        assertThat(ScoreCheck.value("x", -0.01, 18.0, ScoreUnit.POINTS).orElseThrow().kind()).isEqualTo(ScoreIssue.Kind.NEGATIVE);
        assertThat(ScoreCheck.errors(s("timelines", 20.01), V766, F766)).extracting(ScoreIssue::kind)
                .containsExactly(ScoreIssue.Kind.ABOVE_MAX);
        assertThat(ScoreCheck.errors(s("total", 100.5), V766, F766)).hasSize(1);
        assertThat(ScoreCheck.errors(s("total", 100.0), V766, F766)).isEmpty();
    }

    @Test
    void aPercentageFrameworkRefusesMoreThan100() {
        assertThat(ScoreCheck.value("access", 100.0, null, ScoreUnit.PERCENT)).isEmpty();
        assertThat(ScoreCheck.value("access", 100.2, null, ScoreUnit.PERCENT).orElseThrow().kind())
                .isEqualTo(ScoreIssue.Kind.ABOVE_100);
    }

    @Test
    void rankMustNotExceedTheUnitsRanked() {
        assertThat(ScoreCheck.rank("total", 29, 34)).isEmpty();
        assertThat(ScoreCheck.rank("total", 34, 34)).isEmpty();
        assertThat(ScoreCheck.rank("total", 35, 34).orElseThrow().kind()).isEqualTo(ScoreIssue.Kind.RANK_ABOVE_UNITS);
        assertThat(ScoreCheck.rank("total", 0, 34).orElseThrow().kind()).isEqualTo(ScoreIssue.Kind.RANK_BELOW_ONE);
        assertThat(ScoreCheck.rank("total", null, 0).orElseThrow().kind()).isEqualTo(ScoreIssue.Kind.UNITS_BELOW_ONE);
    }

    @Test
    void theSeedTotal8694AgainstComponentsSumming8363IsFlaggedWithBothNumbers() {
        // 15.3 + 16.39 + 14.31 + 17.88 + 19.75 = 83.63 (worked by hand); entered total 86.94
        List<Score> scores = List.of(s("transparency", 15.3), s("timelines", 16.39), s("online", 14.31),
                s("satisfaction", 17.88), s("digitisation", 19.75), s("total", 86.94));
        List<SumWarning> w = ScoreCheck.sums(scores, V766, Aggregation.SUM);
        assertThat(w).hasSize(1);
        assertThat(w.get(0).parent()).isEqualTo("total");
        assertThat(w.get(0).entered()).isEqualTo(86.94);
        assertThat(w.get(0).computed()).isEqualTo(83.63);
        assertThat(w.get(0).complete()).isTrue();
        assertThat(w.get(0).difference()).isCloseTo(3.31, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w.get(0).toString()).contains("86.94").contains("83.63");
        // never fixed: the scores are as entered
        assertThat(scores.get(5).official()).isEqualTo(86.94);
    }

    @Test
    void aTotalWithinTheToleranceIsNotFlaggedAndOneJustOutsideIs() {
        List<Score> ok = List.of(s("transparency", 15.3), s("timelines", 16.39), s("online", 14.31),
                s("satisfaction", 17.88), s("digitisation", 19.75), s("total", 83.634));
        assertThat(ScoreCheck.sums(ok, V766, Aggregation.SUM)).isEmpty();
        List<Score> off = List.of(s("transparency", 15.3), s("timelines", 16.39), s("online", 14.31),
                s("satisfaction", 17.88), s("digitisation", 19.75), s("total", 83.64));
        assertThat(ScoreCheck.sums(off, V766, Aggregation.SUM)).hasSize(1);
    }

    @Test
    void aPartialSumIsFlaggedOnlyWhenItAlreadyExceedsTheParent() {
        assertThat(ScoreCheck.sums(List.of(s("online_services", 12.0), s("online", 14.31)), V766, Aggregation.SUM)).isEmpty();
        List<SumWarning> w = ScoreCheck.sums(List.of(s("online_services", 12.0), s("online", 11.0)), V766, Aggregation.SUM);
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.parent()).isEqualTo("online");
            assertThat(x.complete()).isFalse();
        });
    }

    @Test
    void sipasTotalIsTheAverageOfItsElements() {
        FrameworkVersion v = new FrameworkVersion(1, 1, 1, List.of(
                new Component("a", null, "a", "a", 100, null, 1, null), new Component("b", null, "b", "b", 100, null, 2, null)));
        List<Score> scores = List.of(Score.of("sipas", "2024", "a", 94.0), Score.of("sipas", "2024", "b", 96.0),
                Score.of("sipas", "2024", "total", 95.0));
        assertThat(ScoreCheck.sums(scores, v, Aggregation.AVERAGE)).isEmpty();
        assertThat(v.totalMax(ScoreUnit.PERCENT, Aggregation.AVERAGE)).isEqualTo(100.0);
    }

    @Test
    void gapRespectsTheDirection() {
        assertThat(Direction.HIGHER.gap(86.72, 90)).isCloseTo(-3.28, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Direction.LOWER.gap(12, 15)).isEqualTo(3.0);   // rank 12 against top 15: 3 places to spare
        assertThat(Direction.LOWER.gap(29, 15)).isEqualTo(-14.0);  // rank 29: 14 places short
        assertThat(Target.rank("par", "2026", 15).gap(12)).isEqualTo(3.0);
        assertThat(Target.rate("on_time_rate", "2026", 0.98, Direction.HIGHER).gap(0.9993)).isCloseTo(0.0193, org.assertj.core.data.Offset.offset(1e-9));
        Score sc = new Score("par", "2024", "total", 86.72, null, 90.0, Direction.HIGHER, 7, 20, null);
        assertThat(sc.gap()).isCloseTo(-3.28, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void treeAndPeriodChecks() {
        assertThat(V766.totalMax(ScoreUnit.POINTS, Aggregation.SUM)).isEqualTo(100.0);
        assertThat(V766.children("online")).extracting(Component::code).containsExactly("online_services", "online_payment");
        assertThat(V766.depth("online_payment")).isEqualTo(1);
        assertThatThrownBy(() -> new FrameworkVersion(1, 1, 1, List.of(new Component("a", "zz", "a", "a", 1, null, 1, null))))
                .hasMessageContaining("parent zz");
        assertThatThrownBy(() -> new Component("total", null, "", "", 1, null, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PeriodText.isValid("2024")).isTrue();
        assertThat(PeriodText.normalise("2024-q3")).isEqualTo("2024-Q3");
        assertThat(PeriodText.isValid("2024-09")).isTrue();
        assertThat(PeriodText.isValid("2024-13")).isFalse();
        assertThat(PeriodText.isValid("2024-Q5")).isFalse();
        assertThat(new Component("x", null, "x", "x", 5, 0.5, 1, "online_rate").pointsFor(0.25)).isEqualTo(2.5);
        assertThat(new Component("x", null, "x", "x", 5, 0.5, 1, "online_rate").pointsFor(0.9)).isEqualTo(5.0);
    }
}
