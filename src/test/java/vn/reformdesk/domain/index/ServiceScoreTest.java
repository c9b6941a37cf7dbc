package vn.reformdesk.domain.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ServiceScoreTest {
    @Test
    void aboveTheThresholdEarnsFullMarksOnly() {
        assertThat(ServiceScore.points(0.95, 0.80, 5.5)).isEqualTo(5.5);
        assertThat(ServiceScore.points(1.0, 0.5, 4)).isEqualTo(4.0);
        assertThat(ServiceScore.points(0.80, 0.80, 5.5)).isEqualTo(5.5);
    }

    @Test
    void belowTheThresholdIsProportional() {
        assertThat(ServiceScore.points(0.40, 0.80, 5.5)).isCloseTo(2.75, within(1e-12));
        assertThat(ServiceScore.points(0.9995, 1.0, 20)).isCloseTo(19.99, within(1e-12));
        assertThat(ServiceScore.points(0.0, 0.9, 4.5)).isZero();
    }

    @Test
    void noDataGivesNoPoints() {
        assertThat(ServiceScore.points(null, 0.8, 5.5)).isNull();
    }

    @Test
    void defaultTemplateAddsUpToThePortalsSixBars() {
        ServiceIndexTemplate t = ServiceIndexTemplate.DEFAULT;
        assertThat(t.groups().stream().mapToDouble(ServiceGroup::max).sum()).isEqualTo(100.0);
        for (ServiceGroup g : t.groups()) {
            assertThat(t.indicatorsOf(g.code()).stream().mapToDouble(ServiceIndicator::max).sum())
                    .as(g.code()).isCloseTo(g.max(), within(1e-9));
        }
        assertThat(t.indicators()).filteredOn(ServiceIndicator::isComputed)
                .allSatisfy(i -> assertThat(ServiceRates.MAIN_RATES.contains(i.rateKey())
                        || i.rateKey().endsWith("_rate")).isTrue());
    }
}
