package vn.reformdesk.io.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;

/** The sample province reproduces the seed articles' averages, counts above the average and first units. */
class SampleProvinceTest {

    static UnitRanking rank(UnitMeasure m, UnitKind kind) { return SampleProvince.ranking(m, kind); }

    @Test
    void unitsOfTheProvince() {
        List<Unit> all = SampleProvince.units();
        assertThat(SampleProvince.units(UnitKind.DEPARTMENT)).hasSize(20);
        assertThat(SampleProvince.units(UnitKind.DISTRICT)).hasSize(12);
        assertThat(SampleProvince.units(UnitKind.COMMUNE)).hasSize(75);
        assertThat(SampleProvince.units(UnitKind.PROVINCE)).hasSize(1);
        assertThat(all.stream().map(Unit::code).collect(Collectors.toSet())).hasSize(all.size());
        assertThat(all.stream().map(Unit::name).collect(Collectors.toSet())).hasSize(all.size());
        assertThat(all.stream().filter(u -> u.kind() != UnitKind.PROVINCE))
                .allMatch(u -> SampleProvince.CODE.equals(u.parentCode()));
        // the sample department is the province's Department of Industry and Trade, under the same code
        assertThat(all).anyMatch(u -> u.code().equals(SampleDepartment.UNIT_CODE) && u.name().equals("Sở Công Thương"));
    }

    @Test
    void departmentsPar2024() {
        UnitRanking r = rank(UnitMeasure.PAR, UnitKind.DEPARTMENT);
        assertThat(r.ranked()).hasSize(20);
        assertThat(r.average()).isCloseTo(89.05, within(1e-9));
        assertThat(r.aboveAverage()).isEqualTo(9);
        assertThat(r.first()).singleElement().satisfies(e -> {
            assertThat(e.unit().name()).isEqualTo("Sở Giao thông vận tải");
            assertThat(e.value()).isEqualTo(96.76);
        });
    }

    @Test
    void departmentsSipas2024() {
        UnitRanking r = rank(UnitMeasure.SIPAS, UnitKind.DEPARTMENT);
        assertThat(r.average()).isCloseTo(94.97, within(1e-9));
        assertThat(r.atLeast(90)).isEqualTo(19);
        assertThat(r.first()).singleElement().satisfies(e -> {
            assertThat(e.unit().name()).isEqualTo("Ban Dân tộc");
            assertThat(e.value()).isEqualTo(98.49);
        });
    }

    @Test
    void districts2024() {
        UnitRanking par = rank(UnitMeasure.PAR, UnitKind.DISTRICT);
        assertThat(par.average()).isCloseTo(87.82, within(1e-9));
        assertThat(par.first()).singleElement().satisfies(e -> {
            assertThat(e.unit().name()).isEqualTo("Thành phố Sơn La");
            assertThat(e.value()).isEqualTo(91.34);
        });
        assertThat(rank(UnitMeasure.SIPAS, UnitKind.DISTRICT).average()).isCloseTo(95.05, within(1e-9));
    }

    @Test
    void everyMadeUpFigureIsMarked() {
        assertThat(SampleProvince.scores()).allMatch(s -> s.score().note() != null
                && (s.score().note().contains(SampleProvince.ILLUSTRATIVE)
                || s.score().note().contains(SampleProvince.FROM_SOURCES)));
        assertThat(SampleProvince.targets()).allMatch(t -> SampleProvince.ILLUSTRATIVE.equals(t.target().note()));
    }

    @Test
    void communesHaveSmallRegistersThatDifferFromEachOther() {
        long t0 = System.nanoTime();
        SampleCommunes c = SampleCommunes.build();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(millis).isLessThan(5_000);
        assertThat(c.dossiers().stream().map(Dossier::code).collect(Collectors.toSet())).hasSize(c.dossiers().size());
        Map<String, List<Dossier>> byUnit = c.dossiers().stream().collect(Collectors.groupingBy(Dossier::unitCode));
        assertThat(byUnit).hasSize(75);
        DeadlineCalculator calc = new DeadlineCalculator(CalendarOverrides.none().workingCalendar(), DeadlineSettings.DEFAULT);
        var onTime = new HashSet<Double>();
        int withOverdue = 0;
        for (var e : byUnit.entrySet()) {
            assertThat(e.getValue().size()).isBetween(25, 101);
            ServiceRates r = ServiceRates.compute(Period.year(2024), SampleProvince.AS_OF, e.getValue(),
                    c.procedures(), calc);
            assertThat(r.received()).isEqualTo(e.getValue().size());
            onTime.add(r.rate(ServiceRates.ON_TIME).value());
            if (r.overdue() > 0) withOverdue++;
        }
        assertThat(onTime.size()).isGreaterThan(30);
        assertThat(withOverdue).isBetween(10, 70);
        // the same seed, the same registers
        assertThat(SampleCommunes.build().dossiers()).isEqualTo(c.dossiers());
        Function<Dossier, String> unit = Dossier::unitCode;
        assertThat(c.dossiers()).allMatch(d -> unit.apply(d) != null);
    }
}
