package vn.reformdesk.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.report.units.UnitsReport;
import vn.reformdesk.io.sample.SampleProvince;
import vn.reformdesk.ui.common.I18n;

/** The comparison screen's rows and summary, without controls. */
class UnitsViewModelTest {
    @AfterEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    static UnitsReport report(UnitMeasure m, UnitKind k, UnitRanking r) {
        return new UnitsReport(Period.parse("2024"), k, m, SampleProvince.AS_OF, SampleProvince.NAME, r);
    }

    @Test
    void departmentsByPar() {
        UnitsViewModel vm = new UnitsViewModel();
        vm.reportProperty().set(report(UnitMeasure.PAR, UnitKind.DEPARTMENT,
                SampleProvince.ranking(UnitMeasure.PAR, UnitKind.DEPARTMENT)));
        assertThat(vm.rows()).hasSize(20);
        assertThat(vm.rows().get(0)).isEqualTo(new UnitsViewModel.Row("000.00.05.H15", "1", "Sở Giao thông vận tải",
                "96,76", "90,00", "Đạt (+6,76)", true, true));
        UnitsViewModel.Row last = vm.rows().get(19);
        assertThat(last.rank()).isEqualTo("20");
        assertThat(last.against()).isEqualTo("Chưa đạt (−6,41)");
        assertThat(vm.summary()).containsExactly("Trung bình: 89,05 (20 đơn vị có số liệu)",
                "Trên mức trung bình: 9/20 đơn vị", "Đứng đầu: Sở Giao thông vận tải (96,76)",
                "Đứng cuối: Sở Ngoại vụ (83,59)", "Đạt mục tiêu: 8/20 đơn vị có mục tiêu");
    }

    @Test
    void noDataRowsAndRatesInEnglish() {
        I18n.setLocale(Locale.ENGLISH);
        Unit a = new Unit("A", "Xã A", UnitKind.COMMUNE, null);
        Unit b = new Unit("B", "Xã B", UnitKind.COMMUNE, null);
        Unit c = new Unit("C", "Xã C", UnitKind.COMMUNE, null);
        UnitRanking r = UnitRanking.rank(UnitMeasure.ON_TIME_RATE, List.of(new UnitRanking.Input(a, 0.9, 0.95),
                new UnitRanking.Input(b, null, 0.95), new UnitRanking.Input(c, 1.0, null)));
        List<UnitsViewModel.Row> rows = UnitsViewModel.rows(report(UnitMeasure.ON_TIME_RATE, UnitKind.COMMUNE, r));
        assertThat(rows.get(0)).isEqualTo(new UnitsViewModel.Row("C", "1", "Xã C", "100.0 %".replace('.', ','), "",
                "No target set", null, true));
        assertThat(rows.get(1).against()).isEqualTo("Missed (−5 pp)");
        assertThat(rows.get(2)).isEqualTo(new UnitsViewModel.Row("B", "—", "Xã B", "No data", "95,0 %", "", null, false));
        assertThat(report(UnitMeasure.ON_TIME_RATE, UnitKind.COMMUNE, r).summary()).contains(
                "Average: 95,0 % (2 units with data)", "Above the average: 1 of 2 units", "First: Xã C (100,0 %)",
                "Last: Xã A (90,0 %)", "1 units with no data (not ranked)");
    }

    @Test
    void periodsEndAtTheAppsYear() {
        UnitsViewModel vm = new UnitsViewModel();
        vm.setToday(LocalDate.of(2024, 12, 20));
        assertThat(vm.periodProperty().get()).isEqualTo(Period.year(2024));
        assertThat(vm.periods()).startsWith(Period.year(2024), Period.year(2023)).contains(Period.parse("2024-Q4"),
                Period.parse("2023-Q1"));
        assertThat(vm.kindProperty().get()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(vm.measureProperty().get()).isEqualTo(UnitMeasure.PAR);
    }
}
