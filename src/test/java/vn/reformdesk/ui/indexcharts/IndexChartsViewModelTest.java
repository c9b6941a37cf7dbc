package vn.reformdesk.ui.indexcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.index.Aggregation;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.ScoreUnit;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.ui.common.I18n;

class IndexChartsViewModelTest {
    IndexChartsViewModel m = new IndexChartsViewModel();

    @BeforeEach
    void vi() { I18n.setLocale(new Locale("vi")); }

    static Framework f(String code) {
        return new Framework(0, code, code, code, ScoreUnit.POINTS, Aggregation.SUM, 1, null);
    }

    @Test
    void frameworksIn766ParSipasOrderThenTheOfficersAnd766ChosenFirst() {
        m.setFrameworks(List.of(f("mine"), f("sipas"), f("par"), f("service766"), f("par_department")));
        assertThat(m.frameworks()).extracting(Framework::code)
                .containsExactly("service766", "par", "par_department", "sipas", "mine");
        assertThat(m.frameworkProperty().get().code()).isEqualTo("service766");
        m.frameworkProperty().set(m.frameworks().get(4));
        m.setFrameworks(List.of(f("mine"), f("service766")));
        assertThat(m.frameworkProperty().get().code()).isEqualTo("mine");
    }

    @Test
    void periodDefaultsToTheAsOfYearAndAWrongOneIsExplainedWithoutTouchingTheText() {
        m.defaultPeriod(LocalDate.of(2024, 12, 20));
        assertThat(m.periodTextProperty().get()).isEqualTo("2024");
        assertThat(m.period()).contains(Period.year(2024));
        m.periodTextProperty().set(" 2024-q3 ");
        assertThat(m.period()).contains(Period.quarter(2024, 3));
        assertThat(m.periodErrorProperty().get()).isEmpty();
        m.periodTextProperty().set("Q3 2024");
        assertThat(m.period()).isEmpty();
        assertThat(m.periodErrorProperty().get()).contains("2024-Q3");
        assertThat(m.periodTextProperty().get()).isEqualTo("Q3 2024");
        m.defaultPeriod(LocalDate.of(2026, 1, 1)); // something is typed: kept
        assertThat(m.periodTextProperty().get()).isEqualTo("Q3 2024");
    }


    @Test
    void nothingLoadedMeansNoCellsAndAFileNameFromTheTypedPeriod() {
        assertThat(m.cells()).isEmpty();
        m.periodTextProperty().set("2026-Q3");
        assertThat(m.exportFileName("pdf")).isEqualTo("report-2026-Q3.pdf");
    }
}
