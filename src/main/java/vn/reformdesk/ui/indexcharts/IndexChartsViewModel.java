package vn.reformdesk.ui.indexcharts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.io.report.pdf.FrameworkSection;
import vn.reformdesk.io.report.pdf.IndexCharts;
import vn.reformdesk.io.report.pdf.ReportModel;
import vn.reformdesk.io.report.pdf.ReportText;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * State of the index charts screen without controls: the frameworks, the chosen framework and period (with the
 * reason when the period text is not valid), the loaded figures, and for each of the four charts either "draw it"
 * or the empty-state sentence that says what to enter.
 */
public final class IndexChartsViewModel {
    /** The four charts of the screen, in reading order. */
    public enum Kind { BULLET, TREND, RANK, RATES }

    /** What one chart cell shows: drawable, or the sentence of its empty state. */
    public record Cell(Kind kind, boolean drawable, String emptyText) {}

    private final ObservableList<Framework> frameworks = FXCollections.observableArrayList();
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>();
    private final StringProperty periodText = new SimpleStringProperty("");
    private final StringProperty periodError = new SimpleStringProperty("");
    private final ObjectProperty<ReportModel> report = new SimpleObjectProperty<>();

    public ObservableList<Framework> frameworks() { return frameworks; }

    public ObjectProperty<Framework> frameworkProperty() { return framework; }

    public StringProperty periodTextProperty() { return periodText; }

    /** Empty when the period text is valid, else the reason shown beside the field. */
    public StringProperty periodErrorProperty() { return periodError; }

    public ObjectProperty<ReportModel> reportProperty() { return report; }

    /** Sets the frameworks (766, PAR, department PAR, SIPAS, then the officer's), keeping the choice when possible. */
    public void setFrameworks(List<Framework> all) {
        String chosen = framework.get() == null ? Framework.SERVICE_766 : framework.get().code();
        frameworks.setAll(ReportModel.ordered(all));
        framework.set(frameworks.stream().filter(f -> f.code().equals(chosen)).findFirst()
                .orElse(frameworks.isEmpty() ? null : frameworks.get(0)));
    }

    /** The year of the as-of date when nothing is typed yet (the sample: 2024). */
    public void defaultPeriod(LocalDate asOf) {
        if (periodText.get() == null || periodText.get().isBlank()) periodText.set(String.valueOf(asOf.getYear()));
    }

    /** The typed period, or empty with {@link #periodErrorProperty()} set; the typed text is never changed. */
    public Optional<Period> period() {
        try {
            Period p = Period.parse(periodText.get());
            periodError.set("");
            return Optional.of(p);
        } catch (IllegalArgumentException e) {
            periodError.set(I18n.t("indexcharts.periodInvalid"));
            return Optional.empty();
        }
    }

    /** The chosen framework's section of the loaded figures. */
    public Optional<FrameworkSection> section() {
        ReportModel m = report.get();
        if (m == null || framework.get() == null) return Optional.empty();
        return m.section(framework.get().code());
    }

    /** "Kỳ Quý 3/2026 (01/07/2026 – 30/09/2026) — số liệu tính đến 30/09/2026. …" */
    public String caption() {
        ReportModel m = report.get();
        if (m == null) return "";
        return I18n.t("indexcharts.caption", ReportText.periodWithDates(m.period()), Fmt.date(m.asOf()));
    }

    /** The four cells for the chosen framework. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        ReportModel m = report.get();
        Optional<FrameworkSection> s = section();
        if (m == null) return out;
        int year = m.period().year();
        String periodName = s.map(x -> x.scoresPeriod()).orElse(m.period().toString());
        out.add(new Cell(Kind.BULLET, s.isPresent() && IndexCharts.hasBullet(s.get()),
                I18n.t("indexcharts.empty.scores", periodName)));
        out.add(new Cell(Kind.TREND, s.isPresent() && IndexCharts.hasTrend(s.get(), year), I18n.t("indexcharts.empty.trend")));
        out.add(new Cell(Kind.RANK, s.isPresent() && IndexCharts.hasRank(s.get(), year), I18n.t("indexcharts.empty.rank")));
        out.add(new Cell(Kind.RATES, IndexCharts.hasMonths(m), I18n.t("indexcharts.empty.rates", String.valueOf(year))));
        return out;
    }

    /** The file name offered when exporting: {@code report-2026-Q3.pdf}. */
    public String exportFileName(String format) {
        ReportModel m = report.get();
        String p = m == null ? periodText.get().trim() : m.period().toString();
        return "report-" + p + "." + format;
    }
}
