package vn.reformdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.store.FrameworkTemplates;
import vn.reformdesk.ui.common.I18n;

/**
 * Counters on hand-made dossiers, Monday–Friday calendar, procedure P = 2 working days (received Monday → due
 * Wednesday). Q3 2024 reported as of 30 Sep (the period has ended by 15 Oct), Q2 as of 30 Jun.
 * <pre>
 * Q3: A online  Mon 2 Sep, resolved Tue 3 Sep, issued, e-result + inputs digitised   → early
 *     B direct  Mon 2 Sep, resolved Wed 4 Sep, issued, e-result                      → on time
 *     C online  Mon 2 Sep, resolved Fri 6 Sep, issued                                → late
 *     D direct  Mon 9 Sep, not resolved, due Wed 11 Sep                              → overdue on 30 Sep
 *     E online  Fri 27 Sep, due Tue 1 Oct, 1 working day left on Mon 30 Sep          → due soon
 *   received 5, resolved 3, on time (A, B) 2 of judged 4 = 50,0 %, overdue 1, due soon 1,
 *   online 3/5 = 60,0 %, digitised (A) 1 of 3 issued = 33,3 %
 * Q2: F online Mon 3 Jun resolved Tue 4 Jun issued; G online Mon 3 Jun resolved Wed 5 Jun issued, e-result + digitised
 *   received 2, resolved 2, on time 100 %, overdue 0, online 100 %, digitised 1/2 = 50,0 %
 * </pre>
 */
class DashboardViewModelTest {
    static final DeadlineCalculator CALC = new DeadlineCalculator(WorkingCalendar.weekdaysOnly(), DeadlineSettings.DEFAULT);
    static final Procedure P = new Procedure(null, "1.000001", "Cấp giấy phép", null, AdminLevel.PROVINCE, 2,
            DayUnit.WORKING, OnlineLevel.FULL, 0, false, null, SupplementRule.PAUSE, null);
    static final LocalDate TODAY = LocalDate.of(2024, 10, 15);

    @BeforeEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    static Dossier d(String code, Channel ch, String received) {
        return Dossier.received(code, P.code(), null, ch, LocalDate.parse(received).atTime(9, 0));
    }

    static Dossier digital(Dossier d, boolean eResult, boolean inputs) {
        return new Dossier(d.id(), d.code(), d.procedureCode(), d.applicant(), d.channel(), d.receivedAt(), d.supplements(),
                d.resolvedOn(), d.outcome(), null, inputs, eResult, null, null, null, null, null, null, null);
    }

    static List<Dossier> dossiers() {
        LocalDate sep3 = LocalDate.of(2024, 9, 3);
        return List.of(
                digital(d("A", Channel.ONLINE, "2024-09-02").withResolution(sep3, Outcome.ISSUED), true, true),
                digital(d("B", Channel.DIRECT, "2024-09-02").withResolution(sep3.plusDays(1), Outcome.ISSUED), true, false),
                d("C", Channel.ONLINE, "2024-09-02").withResolution(LocalDate.of(2024, 9, 6), Outcome.ISSUED),
                d("D", Channel.DIRECT, "2024-09-09"),
                d("E", Channel.ONLINE, "2024-09-27"),
                d("F", Channel.ONLINE, "2024-06-03").withResolution(LocalDate.of(2024, 6, 4), Outcome.ISSUED),
                digital(d("G", Channel.ONLINE, "2024-06-03").withResolution(LocalDate.of(2024, 6, 5), Outcome.ISSUED), true, true));
    }

    static final List<Target> TARGETS = List.of(
            Target.rate("on_time_rate", "2024", 0.98, Direction.HIGHER),
            Target.rate("online_rate", "2024-Q3", 0.5, Direction.HIGHER),
            Target.rate("digitised_rate", "2025", 0.9, Direction.HIGHER));

    static DashboardData q3(List<Component> components, List<Score> scores) {
        return DashboardData.compute(Period.parse("2024-Q3"), TODAY, dossiers(), List.of(P), CALC, TARGETS, components,
                scores, false);
    }

    static Map<String, Tile> tiles(DashboardData d) {
        return DashboardViewModel.tiles(d).stream().collect(Collectors.toMap(Tile::id, Function.identity()));
    }

    @Test
    void countersOfHandMadeDossiers() {
        DashboardData d = q3(List.of(), List.of());
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2024, 9, 30));
        Map<String, Tile> t = tiles(d);
        assertThat(DashboardViewModel.tiles(d)).extracting(Tile::id).containsExactlyElementsOf(DashboardViewModel.TILE_IDS);
        assertThat(t.get("received").value()).isEqualTo("5");
        assertThat(t.get("received").detail()).isEqualTo("3 trực tuyến, 2 trực tiếp hoặc bưu chính");
        assertThat(t.get("resolved").value()).isEqualTo("3");
        assertThat(t.get("resolved").detail()).isEqualTo("2 trước hạn hoặc đúng hạn, 1 trễ hạn");
        assertThat(t.get("on_time").value()).isEqualTo("50,0 %");
        assertThat(t.get("on_time").detail()).startsWith("2/4 hồ sơ");
        assertThat(t.get("overdue").value()).isEqualTo("1");
        assertThat(t.get("due_soon").value()).isEqualTo("1");
        assertThat(t.get("online").value()).isEqualTo("60,0 %");
        assertThat(t.get("digitised").value()).isEqualTo("33,3 %");
        assertThat(t.get("digitised").detail()).isEqualTo("1/3 kết quả đã trả");
    }

    @Test
    void arrowsAndWordsAgainstThePreviousPeriod() {
        Map<String, Tile> t = tiles(q3(List.of(), List.of()));
        assertThat(t.get("received").trend()).isEqualTo(Tile.Trend.UP);
        assertThat(t.get("received").trendText()).isEqualTo("▲ Tăng 3 so với Quý 2/2024");
        assertThat(t.get("received").quality()).isEqualTo("neutral");
        assertThat(t.get("on_time").trendText()).isEqualTo("▼ Giảm 50,0 điểm % so với Quý 2/2024 (kém hơn)");
        assertThat(t.get("on_time").quality()).isEqualTo("bad");
        // more overdue dossiers is worse: the arrow goes up, the word says so
        assertThat(t.get("overdue").trendText()).isEqualTo("▲ Tăng 1 so với Quý 2/2024 (kém hơn)");
        assertThat(t.get("overdue").quality()).isEqualTo("bad");
        assertThat(t.get("digitised").trendText()).isEqualTo("▼ Giảm 16,7 điểm % so với Quý 2/2024 (kém hơn)");
        assertThat(t.get("resolved").trendText()).isEqualTo("▲ Tăng 1 so với Quý 2/2024");

        // Q2 against Q1 (no dossiers): rates have nothing to compare with, counts do
        DashboardData q2 = DashboardData.compute(Period.parse("2024-Q2"), TODAY, dossiers(), List.of(P), CALC, TARGETS,
                List.of(), List.of(), false);
        Map<String, Tile> t2 = tiles(q2);
        assertThat(t2.get("on_time").trend()).isEqualTo(Tile.Trend.NONE);
        assertThat(t2.get("on_time").trendText()).isEqualTo("– Quý 1/2024 không có dữ liệu để so sánh");
        assertThat(t2.get("overdue").trendText()).isEqualTo("= Không đổi so với Quý 1/2024");
        assertThat(t2.get("on_time").value()).isEqualTo("100,0 %");
    }

    @Test
    void targetsOfThePeriodOrItsYear() {
        Map<String, Tile> t = tiles(q3(List.of(), List.of()));
        assertThat(t.get("on_time").target()).isEqualTo("Mục tiêu năm 2024: ≥ 98,0 % — chưa đạt");
        assertThat(t.get("on_time").targetMet()).isFalse();
        assertThat(t.get("online").target()).isEqualTo("Mục tiêu: ≥ 50,0 % — đạt");
        assertThat(t.get("online").targetMet()).isTrue();
        assertThat(t.get("digitised").target()).as("a 2025 target is not shown in 2024").isNull();
        assertThat(t.get("received").target()).isNull();
    }

    @Test
    void emptyPeriodSaysNoData() {
        DashboardData d = DashboardData.compute(Period.parse("2023-Q1"), TODAY, dossiers(), List.of(P), CALC, List.of(),
                List.of(), List.of(), false);
        Map<String, Tile> t = tiles(d);
        assertThat(t.get("received").value()).isEqualTo("0");
        for (String id : List.of("on_time", "online", "digitised")) {
            assertThat(t.get(id).value()).as(id).isEqualTo("Không có dữ liệu");
            assertThat(t.get(id).noData()).isTrue();
            assertThat(t.get(id).trendText()).isEqualTo("– Chưa có dữ liệu để so sánh");
        }
        assertThat(d.topProcedures()).isEmpty();
    }

    @Test
    void englishTexts() {
        I18n.setLocale(Locale.ENGLISH);
        Map<String, Tile> t = tiles(q3(List.of(), List.of()));
        assertThat(t.get("on_time").trendText()).isEqualTo("▼ Down 50,0 percentage points on Q2 2024 (worse)");
        assertThat(t.get("on_time").label()).isEqualTo("On-time rate");
    }

    @Test
    void topProceduresByOverdueThenLate() {
        List<DashboardData.ProcedureLine> top = q3(List.of(), List.of()).topProcedures();
        assertThat(top).containsExactly(new DashboardData.ProcedureLine("1.000001", "Cấp giấy phép", 5, 1, 1));
    }

    @Test
    void bulletBarsComputedWhereTheRegisterCanAndEnteredWherePresent() {
        List<Component> c766 = FrameworkTemplates.all().stream()
                .filter(x -> x.framework().code().equals(Framework.SERVICE_766)).findFirst().orElseThrow().components();
        Map<String, IndexBars.Bar> bars = q3(c766, List.of()).bars766().stream()
                .collect(Collectors.toMap(IndexBars.Bar::code, Function.identity()));
        assertThat(bars.keySet()).containsExactlyInAnyOrder("transparency", "timelines", "online", "satisfaction", "digitisation");
        // timelines: 20 × min(1, 50 % / 100 %) = 10
        assertThat(bars.get("timelines").value()).isCloseTo(10.0, within(1e-9));
        assertThat(bars.get("timelines").partial()).isFalse();
        // online: only "dossiers submitted online" is computed: 5 × min(1, 60 % / 50 %) = 5, the rest unknown
        assertThat(bars.get("online").value()).isCloseTo(5.0, within(1e-9));
        assertThat(bars.get("online").partial()).isTrue();
        assertThat(bars.get("transparency").value()).isNull();

        Score entered = new Score(Framework.SERVICE_766, "2024-Q3", "timelines", 16.39, null, 18.0, Direction.HIGHER,
                null, null, null);
        IndexBars.Bar t = q3(c766, List.of(entered)).bars766().stream().filter(b -> b.code().equals("timelines"))
                .findFirst().orElseThrow();
        assertThat(t.value()).isEqualTo(16.39);
        assertThat(t.target()).isEqualTo(18.0);
        assertThat(t.max()).isEqualTo(20.0);
    }

    @Test
    void periodChoicesDefaultToTheQuarterOfTheAppDate() {
        DashboardViewModel vm = new DashboardViewModel();
        vm.setToday(LocalDate.of(2024, 12, 20));
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2024-Q4"));
        assertThat(vm.choices().get(0)).isEqualTo(Period.parse("2024-Q4"));
        vm.kindProperty().set(Period.Kind.YEAR);
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2024"));
        vm.kindProperty().set(Period.Kind.MONTH);
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2024-12"));
        vm.choose(Period.parse("2024-Q3"));
        assertThat(vm.kindProperty().get()).isEqualTo(Period.Kind.QUARTER);
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2024-Q3"));
        assertThat(DashboardViewModel.periodLabel(Period.parse("2024-09"))).isEqualTo("Tháng 09/2024");
        assertThat(DashboardViewModel.periodLabel(Period.parse("2024"))).isEqualTo("Năm 2024");
    }
}
