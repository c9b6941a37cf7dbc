package vn.reformdesk.ui.report06a;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.io.report.form06a.Form06aText;
import vn.reformdesk.io.report.pdf.ReportText;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.Form06aService;
import vn.reformdesk.ui.common.I18n;

/**
 * State of the Reports screen (form 06a): the period kind, official or calendar dates, the period, the form's lines
 * and, for each cell, the dossiers it counts. {@link #load()} reads the register (call it off the JavaFX thread);
 * {@link #apply} shows what it brought back. Choosing another period clears the table until the next load.
 */
public final class Report06aViewModel {
    /** How many years of periods the period list offers. */
    static final int YEARS_BACK = 3;
    /** The kinds in the order the form lists them. */
    public static final List<Period.Kind> KINDS = List.of(Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.HALF,
            Period.Kind.NINE_MONTHS, Period.Kind.YEAR);

    private final AppContext app;
    private final LocalDate today;
    private final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.QUARTER);
    private final ObjectProperty<PeriodDates> dates = new SimpleObjectProperty<>(PeriodDates.OFFICIAL);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObservableList<Period> choices = FXCollections.observableArrayList();
    private final ObservableList<Form06a.Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Form06aService.Result> result = new SimpleObjectProperty<>();
    private final StringProperty periodText = new SimpleStringProperty("");
    private final StringProperty unitText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public Report06aViewModel(AppContext app) {
        this.app = app;
        this.today = app.asOf();
        kind.addListener((o, a, b) -> resetChoices());
        dates.addListener((o, a, b) -> resetChoices());
        period.addListener((o, a, b) -> clear());
        resetChoices();
    }

    /** The periods of the chosen kind, newest first; the chosen one becomes the last one ended (the one to send). */
    private void resetChoices() {
        Period.Kind k = kind.get();
        PeriodDates d = dates.get();
        List<Period> out = new ArrayList<>();
        // the newest period that has started, by the chosen dates (an official Q1 starts on 15 December)
        Period p = Period.of(k, today.plusMonths(1));
        while (d.start(p).isAfter(today)) p = p.previous();
        Period toSend = null;
        while (p.year() >= today.getYear() - YEARS_BACK) {
            out.add(p);
            if (toSend == null && !d.end(p).isAfter(today)) toSend = p;
            p = p.previous();
        }
        Period keep = period.get();
        choices.setAll(out);
        if (keep != null && keep.kind() == k && out.contains(keep)) {
            clear(); // same period, other dates
        } else {
            period.set(toSend != null ? toSend : out.get(0));
        }
    }

    private void clear() {
        result.set(null);
        lines.clear();
        Period p = period.get();
        periodText.set(p == null ? "" : Form06aText.periodLine(Form06a.of(p, dates.get(), today, List.of(), List.of())));
    }

    public ObjectProperty<Period.Kind> kindProperty() { return kind; }

    public ObjectProperty<PeriodDates> datesProperty() { return dates; }

    public ObjectProperty<Period> periodProperty() { return period; }

    public ObservableList<Period> choices() { return choices; }

    public ObservableList<Form06a.Line> lines() { return lines; }

    public ObjectProperty<Form06aService.Result> resultProperty() { return result; }

    public StringProperty periodTextProperty() { return periodText; }

    public StringProperty unitTextProperty() { return unitText; }

    public StringProperty messageProperty() { return message; }

    public BooleanProperty loadingProperty() { return loading; }

    /** What a load is for: the period and dates chosen when it started. */
    public record Request(Period period, PeriodDates dates) {}

    public Request request() { return new Request(period.get(), dates.get()); }

    /** Marks the start of a background load. */
    public void loading() {
        loading.set(true);
        message.set(I18n.t("report06a.computing"));
    }

    /** Computes the form; safe off the JavaFX thread. */
    public Form06aService.Result load(Request r) {
        return Form06aService.compute(app.register(), app.unitScope(), r.period(), r.dates(), today);
    }

    /** Shows a computed form, unless the choice changed meanwhile (then another load follows). */
    public void apply(Request r, Form06aService.Result res) {
        if (!r.equals(request())) return;
        loading.set(false);
        result.set(res);
        lines.setAll(res.form().lines());
        periodText.set(Form06aText.periodLine(res.form()));
        unitText.set(Form06aText.unitLine(res.unitName()));
        message.set(res.form().running() ? Form06aText.runningNote(res.form()) : I18n.t("report06a.hint"));
    }

    public void fail(Throwable e) {
        loading.set(false);
        message.set(I18n.t("common.error", e.getMessage()));
    }

    /** The ids of the dossiers a cell counts (in the order the form read them). */
    public Set<Long> dossiers(Form06a.Line line, Form06a.Column column) {
        Set<Long> ids = new LinkedHashSet<>();
        Form06aService.Result r = result.get();
        if (r == null) return ids;
        for (Form06a.Entry e : r.entries()) {
            if (e.columns().contains(column) && Form06a.inLine(e, line)) ids.add(e.dossier().id());
        }
        return ids;
    }

    /** "Biểu II.06a, Quý 1/2026: Công nghiệp — cột 13 (Quá hạn)": what the dossier list says it shows. */
    public String caption(Form06a.Line line, Form06a.Column column) {
        return I18n.t("report06a.opened", ReportText.period(period.get()), Form06aText.label(line),
                column.number() + " (" + Form06aText.heading(column) + ")");
    }

    /** The label of a period kind in the list. */
    public static String kindLabel(Period.Kind k) {
        String key = switch (k) {
            case NINE_MONTHS -> "nineMonths";
            default -> k.name().toLowerCase(Locale.ROOT);
        };
        return I18n.t("report06a.kind." + key);
    }

    /** The default file name of an export. */
    public String fileName(String format) {
        Form06aService.Result r = result.get();
        return r == null ? "bieu-06a." + format : vn.reformdesk.io.report.form06a.Form06aExport.defaultFileName(r.form(), format);
    }
}
