package vn.reformdesk.io.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.support.TestDb;

class SampleDepartmentTest {
    @Test
    void proceduresMatchTheSeedExample() {
        List<Procedure> ps = SampleProcedures.all().stream().map(SampleProcedures.Entry::procedure).toList();
        assertThat(ps).hasSize(152);
        assertThat(ps).filteredOn(p -> p.level() == AdminLevel.PROVINCE).hasSize(135);
        assertThat(ps).filteredOn(p -> p.level() == AdminLevel.DISTRICT).hasSize(15);
        assertThat(ps).filteredOn(p -> p.level() == AdminLevel.COMMUNE).hasSize(2);
        assertThat(ps).filteredOn(p -> p.onlineLevel() == OnlineLevel.FULL).hasSize(53);
        assertThat(ps).extracting(Procedure::code).doesNotHaveDuplicates();
        assertThat(ps).allSatisfy(p -> assertThat(p.processingDays()).isBetween(0, 30));
        assertThat(ps).filteredOn(Procedure::feeBearing).isNotEmpty();
        assertThat(ps).extracting(Procedure::field).contains("Điện", "Hóa chất", "An toàn thực phẩm",
                "Xúc tiến thương mại");
    }

    @Test
    void officialCalendar2024() {
        WorkingCalendar cal = new WorkingCalendar(SampleCalendar.entries());
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 7))).isTrue();
        for (int d = 8; d <= 14; d++) assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, d))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue(); // Saturday worked in exchange
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void generationIsDeterministic() {
        List<Dossier> a = SampleDepartment.build().dossiers();
        List<Dossier> b = SampleDepartment.build().dossiers();
        assertThat(a).isEqualTo(b);
        assertThat(a).extracting(Dossier::code).doesNotHaveDuplicates();
        assertThat(a.get(0).code()).matches("000\\.00\\.20\\.H15-2401\\d\\d-0001");
    }

    @Test
    void loadedSampleReproducesTheSeedTotalsWithTheRealCalculator(@TempDir Path dir) {
        try (AppContext ctx = TestDb.context(dir)) {
            SampleLoader.Result result = SampleLoader.load(ctx.database(), SampleLoader.Progress.NONE);
            System.out.printf("sample: generated in %d ms, saved in %d ms%n", result.generateMillis(),
                    result.saveMillis());
            assertThat(ctx.asOf()).isEqualTo(SampleDepartment.AS_OF);
            assertThat(ctx.register().procedures().count()).isEqualTo(152);

            List<DossierRow> rows = ctx.register().rowsAsOf(ctx.asOf());
            Map<DossierStatus, Integer> byStatus = new EnumMap<>(DossierStatus.class);
            for (DossierRow r : rows) byStatus.merge(r.deadline().status(), 1, Integer::sum);
            assertThat(rows).hasSize(10_732);
            assertThat(rows).filteredOn(r -> r.dossier().channel() == Channel.ONLINE).hasSize(10_714);
            assertThat(byStatus.getOrDefault(DossierStatus.EARLY, 0) + byStatus.getOrDefault(DossierStatus.ON_TIME, 0))
                    .isEqualTo(10_724);
            assertThat(byStatus.getOrDefault(DossierStatus.PENDING, 0) + byStatus.getOrDefault(DossierStatus.DUE_SOON, 0))
                    .isEqualTo(8);
            assertThat(byStatus).doesNotContainKeys(DossierStatus.OVERDUE, DossierStatus.LATE, DossierStatus.PAUSED);
            assertThat(rows).allSatisfy(r -> assertThat(r.dossier().receivedOn()).isBeforeOrEqualTo(ctx.asOf())
                    .isAfterOrEqualTo(LocalDate.of(2024, 1, 1)));
            assertThat(ctx.register().overdueBoard(ctx.asOf()).missingApology()).isEmpty();

            // Realistic variation.
            assertThat(rows).filteredOn(r -> !r.dossier().supplements().isEmpty()).hasSizeGreaterThan(50);
            assertThat(rows).filteredOn(r -> r.deadline().multipleSupplements()).isEmpty();
            assertThat(rows).filteredOn(r -> r.dossier().outcome() != null
                    && r.dossier().outcome() != vn.reformdesk.domain.dossier.Outcome.ISSUED).hasSizeBetween(5, 150);
            assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.dossier().complaint())).hasSizeBetween(1, 10);

            ServiceRates year = ServiceRates.compute(Period.parse("2024"), ctx.asOf(), ctx.register().dossiers().findAll(),
                    ctx.register().procedures().findAll(), ctx.register().calculator());
            assertThat(year.received()).isEqualTo(10_732);
            assertThat(year.rate(ServiceRates.ON_TIME)).isEqualTo(new Rate(10_724, 10_724));
            assertThat(year.rate(ServiceRates.ONLINE)).isEqualTo(new Rate(10_714, 10_732));
            for (String key : ServiceRates.MAIN_RATES) {
                System.out.printf("%s = %s %s%n", key, year.rate(key), year.rate(key).value());
            }
            assertThat(year.rate(ServiceRates.SATISFACTION).value()).isBetween(0.99, 1.0);
            assertThat(year.rate(ServiceRates.ONLINE_PAYMENT).value()).isBetween(0.6, 0.98);
            assertThat(year.rate(ServiceRates.DIGITISED).value()).isBetween(0.8, 0.97);

            assertThatThrownBy(() -> SampleLoader.load(ctx.database(), SampleLoader.Progress.NONE))
                    .isInstanceOf(SampleLoader.NotEmptyException.class);
            assertThat(ctx.register().dossiers().count()).isEqualTo(10_732);
        }
    }
}
