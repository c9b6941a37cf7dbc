package vn.reformdesk.ui.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.report.units.UnitsReport;

/**
 * The comparison screen's state without controls: the period (years, then the quarters of the last two years), the
 * kind of unit, the measure, and what the ranking shows: a row per unit (rank, unit, result, target, against the
 * target; "no data" rows last, unranked) and the summary lines (average, how many above it, first, last, targets).
 */
public final class UnitsViewModel {
    /** The kinds a province compares. */
    public static final List<UnitKind> KINDS = List.of(UnitKind.DEPARTMENT, UnitKind.DISTRICT, UnitKind.COMMUNE);
    private static final int YEARS_BACK = 4;

    /** One table row, formatted. {@code met} null = not judged. */
    public record Row(String code, String rank, String unit, String score, String target, String against,
                      Boolean met, boolean hasData) {}

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.DEPARTMENT);
    private final ObjectProperty<UnitMeasure> measure = new SimpleObjectProperty<>(UnitMeasure.PAR);
    private final ObjectProperty<UnitsReport> report = new SimpleObjectProperty<>();
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();

    public UnitsViewModel() {
        report.addListener((o, a, r) -> {
            rows.setAll(r == null ? List.of() : rows(r));
            summary.setAll(r == null ? List.of() : r.summary());
        });
    }

    /** The app's date: the choices end at its year, and the period starts as that year. */
    public void setToday(LocalDate today) {
        List<Period> out = new ArrayList<>();
        for (int y = today.getYear(); y >= today.getYear() - YEARS_BACK; y--) out.add(Period.year(y));
        for (Period q = Period.of(Period.Kind.QUARTER, today); q.year() >= today.getYear() - 1; q = q.previous()) out.add(q);
        Period keep = period.get();
        if (!periods.equals(out)) periods.setAll(out); // a combo box clears its value when its items are replaced
        period.set(keep != null && out.contains(keep) ? keep : out.get(0));
    }

    public static List<Row> rows(UnitsReport r) {
        List<Row> out = new ArrayList<>();
        UnitMeasure m = r.measure();
        for (UnitRanking.Entry e : r.ranking().entries()) {
            out.add(new Row(e.unit().code(), e.rank() == null ? vn.reformdesk.ui.common.I18n.t("units.noRank")
                    : String.valueOf(e.rank()), e.unit().name(), UnitsReport.value(m, e.value()),
                    e.target() == null ? "" : UnitsReport.value(m, e.target()), UnitsReport.against(m, e), e.targetMet(),
                    e.hasData()));
        }
        return out;
    }

    public ObjectProperty<Period> periodProperty() { return period; }

    public ObjectProperty<UnitKind> kindProperty() { return kind; }

    public ObjectProperty<UnitMeasure> measureProperty() { return measure; }

    /** The ranking shown (null while none is computed). */
    public ObjectProperty<UnitsReport> reportProperty() { return report; }

    public ObservableList<Period> periods() { return periods; }

    public ObservableList<Row> rows() { return rows; }

    public ObservableList<String> summary() { return summary; }
}
