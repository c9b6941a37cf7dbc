package vn.reformdesk.ui.report06a;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.overdue.BoardFixture;

/**
 * The Reports screen's state without controls, on the overdue board's hand-made dossiers (as of Wed 11/03/2026, all
 * provincial, no field): A, B overdue; C pending; D, E due soon; F resolved late on 10/03; G early on 04/03; H
 * received on 12/03 (after the day); I waiting for a supplement.
 */
class Report06aViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    Report06aViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(new Locale("vi"));
        ctx = TestDb.context(dir);
        BoardFixture.all(ctx);
        vm = new Report06aViewModel(ctx);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void opensOnTheLastOfficialQuarterEndedAndOffersTheRunningOne() {
        assertThat(vm.kindProperty().get()).isEqualTo(Period.Kind.QUARTER);
        assertThat(vm.datesProperty().get()).isEqualTo(PeriodDates.OFFICIAL);
        // on 11/03/2026 the official Q1 2026 (15/12/2025–14/03/2026) runs; Q4 2025 ended on 14/12/2025
        assertThat(vm.choices().get(0)).isEqualTo(Period.parse("2026-Q1"));
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2025-Q4"));
        assertThat(vm.periodTextProperty().get())
                .isEqualTo("Kỳ báo cáo: Quý 4/2025 (từ ngày 15/09/2025 đến ngày 14/12/2025), số liệu chốt theo Nghị định 09/2019/NĐ-CP");
        vm.kindProperty().set(Period.Kind.MONTH);
        assertThat(vm.choices().get(0)).isEqualTo(Period.parse("2026-03"));
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2026-02"));
        vm.datesProperty().set(PeriodDates.CALENDAR); // calendar February ended on 28/02
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2026-02"));
        assertThat(vm.periodTextProperty().get()).contains("01/02/2026", "28/02/2026", "theo ngày dương lịch");
        vm.kindProperty().set(Period.Kind.NINE_MONTHS);
        assertThat(vm.choices()).startsWith(Period.parse("2026-9M"), Period.parse("2025-9M")); // 2026's runs
        assertThat(vm.periodProperty().get()).isEqualTo(Period.parse("2025-9M"));
        assertThat(Report06aViewModel.kindLabel(Period.Kind.NINE_MONTHS)).isEqualTo("9 tháng");
    }

    /**
     * One unit: no unit choice. A second unit with one dossier of its own: the choice offers all units then each, the
     * all-units table is the two units' sum, the heading names the unit; it starts on the shell's choice and follows it
     * when the shell changes, while a unit chosen here stays until then.
     */
    @Test
    void theUnitChoiceAppearsWithASecondUnitAndCountsOneUnitOrAll() {
        assertThat(vm.unitChoiceShown()).isFalse();
        assertThat(vm.unitChoices()).isEmpty();
        String home = ctx.register().units().homeCode();
        ctx.register().units().upsert(new Unit("B", "Xã B", UnitKind.COMMUNE, home));
        String procedure = ctx.register().procedures().findAll().get(0).code();
        ctx.register().dossiers().save(Dossier.received("B-1", procedure, "Chi", Channel.POSTAL,
                LocalDateTime.of(2026, 3, 2, 9, 0)).withUnit("B"));

        vm = new Report06aViewModel(ctx);
        assertThat(vm.unitChoiceShown()).isTrue();
        assertThat(vm.unitChoices()).extracting(Report06aViewModel.UnitItem::scope)
                .containsExactlyInAnyOrder(UnitScope.ALL, UnitScope.of(home), UnitScope.of("B"));
        assertThat(vm.unitChoices().get(0).label()).isEqualTo("Tất cả đơn vị (2)");
        assertThat(vm.unitProperty().get()).isEqualTo(UnitScope.ALL);
        vm.periodProperty().set(Period.parse("2026-Q1"));
        Form06a.Counts all = loaded().form().total();
        assertThat(vm.unitTextProperty().get()).isEqualTo("Đơn vị báo cáo: tổng hợp 2 đơn vị");
        vm.unitProperty().set(UnitScope.of("B"));
        assertThat(vm.lines()).isEmpty(); // another unit: the table waits for its load
        Form06a.Counts b = loaded().form().total();
        assertThat(vm.unitTextProperty().get()).isEqualTo("Đơn vị báo cáo: Xã B");
        vm.unitProperty().set(UnitScope.of(home));
        Form06a.Counts own = loaded().form().total();
        for (Form06a.Column c : Form06a.Column.values()) {
            assertThat(all.get(c)).as(c.key()).isEqualTo(own.get(c) + b.get(c));
        }
        assertThat(b.get(Form06a.Column.RECEIVED)).isEqualTo(1);
        assertThat(b.get(Form06a.Column.DIRECT_OR_POSTAL)).isEqualTo(1);

        vm.followShell(); // the shell did not change: the unit chosen here stays
        assertThat(vm.unitProperty().get()).isEqualTo(UnitScope.of(home));
        ctx.setUnitScope(UnitScope.of("B"));
        vm.followShell();
        assertThat(vm.unitProperty().get()).isEqualTo(UnitScope.of("B"));
        assertThat(new Report06aViewModel(ctx).unitProperty().get()).isEqualTo(UnitScope.of("B"));
    }

    private vn.reformdesk.service.Form06aService.Result loaded() {
        Report06aViewModel.Request r = vm.request();
        vm.loading();
        vm.apply(r, vm.load(r));
        return vm.resultProperty().get();
    }

    @Test
    void theRunningQuarterAsOfTodayAndTheDossiersOfACell() {
        vm.periodProperty().set(Period.parse("2026-Q1"));
        Report06aViewModel.Request r = vm.request();
        vm.loading();
        vm.apply(r, vm.load(r));
        assertThat(vm.lines()).extracting(Form06a.Line::kind).containsExactly(Form06a.LineKind.LEVEL,
                Form06a.LineKind.FIELD, Form06a.LineKind.TOTAL);
        Form06a.Line total = vm.lines().get(2);
        //                3  4  5  6  7  8  9 10 11 12 13 (H is after 11/03)
        long[] expected = {8, 8, 0, 0, 2, 1, 0, 1, 6, 4, 2};
        for (Form06a.Column c : Form06a.Column.values()) {
            assertThat(total.counts().get(c)).as(c.key()).isEqualTo(expected[c.number() - 3]);
        }
        assertThat(vm.messageProperty().get()).isEqualTo("Kỳ chưa kết thúc: số liệu tính đến ngày 11/03/2026.");
        assertThat(codes(vm.dossiers(total, Form06a.Column.OVERDUE))).containsExactlyInAnyOrder("A", "B");
        assertThat(codes(vm.dossiers(vm.lines().get(1), Form06a.Column.WITHIN_DEADLINE)))
                .containsExactlyInAnyOrder("C", "D", "E", "I");
        assertThat(codes(vm.dossiers(vm.lines().get(0), Form06a.Column.LATE))).containsExactly("F");
        assertThat(vm.caption(total, Form06a.Column.OVERDUE)).isEqualTo("Biểu II.06a, Quý 1/2026: Tổng cộng — cột 13 (Quá hạn)");
        assertThat(vm.fileName("xlsx")).isEqualTo("bieu-06a-2026-Q1.xlsx");

        // another choice clears the table; a load started for the old choice is not shown
        vm.periodProperty().set(Period.parse("2025-Q4"));
        assertThat(vm.lines()).isEmpty();
        vm.apply(r, vm.load(r));
        assertThat(vm.lines()).isEmpty();
    }

    Set<String> codes(Set<Long> ids) {
        return ctx.register().dossiers().findByIds(ids).stream().map(d -> d.code()).collect(Collectors.toSet());
    }
}
