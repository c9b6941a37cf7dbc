package vn.reformdesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.calendar.DaySource;
import vn.reformdesk.domain.calendar.SourcedDay;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The working calendar of one year as it applies: the year's default days off (the official calendar the app ships,
 * else generated from the lunar calendar) with the officer's days on top, each day with its source; the add form
 * (validated in place: a holiday on a weekend or a swapped working day on a weekday is accepted with a warning that
 * it changes nothing), removal (a removed default stays removed) and the return to the defaults. Every change calls
 * {@code onChanged} so due dates, computed on read, are recomputed on every screen.
 */
public final class CalendarViewModel {
    private final CalendarRepository repo;
    private final Runnable onChanged;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<SourcedDay> entries = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> newDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DayKind> newKind = new SimpleObjectProperty<>(DayKind.HOLIDAY);
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty addWarning = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty basis = new SimpleStringProperty("");
    private final BooleanProperty edited = new SimpleBooleanProperty(false);
    private final ObjectProperty<YearMonth> shownMonth = new SimpleObjectProperty<>();

    /** How a day looks in the month grid. */
    public enum DayLook {
        WORKING, WEEKEND, HOLIDAY, SWAPPED_WORKDAY;

        public String styleClass() { return "calendar-cell-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public CalendarViewModel(AppContext app, Runnable onChanged) {
        this.repo = app.register().calendar().forUnit(app.recordsUnit()); // the chosen unit's, else the home unit's
        this.onChanged = onChanged;
        LocalDate asOf = app.asOf();
        year.set(asOf.getYear());
        shownMonth.set(YearMonth.from(asOf));
        year.addListener((o, a, b) -> {
            if (shownMonth.get().getYear() != b.intValue()) shownMonth.set(shownMonth.get().withYear(b.intValue()));
            load();
        });
        newDate.addListener((o, a, b) -> {
            dateError.set("");
            if (b != null) shownMonth.set(YearMonth.from(b));
            updateWarning();
        });
        newKind.addListener((o, a, b) -> updateWarning());
    }

    /** Reloads the selected year's days from the database. */
    public void load() {
        int y = year.get();
        CalendarOverrides overrides = repo.overrides();
        entries.setAll(overrides.year(y));
        boolean replaced = overrides.replacedYears().contains(y);
        edited.set(replaced || overrides.entered().stream().anyMatch(d -> d.date().getYear() == y)
                || overrides.removed().stream().anyMatch(d -> d.getYear() == y));
        List<String> parts = new ArrayList<>();
        for (int near = y - 1; near <= y + 1; near++) parts.add(I18n.t("calendar.basis.year", String.valueOf(near),
                yearBasis(overrides, near)));
        basis.set(String.join(" · ", parts));
        updateWarning();
    }

    /** What a year's days stand on: replaced by an import, or its defaults (official or generated) and the officer's changes. */
    private static String yearBasis(CalendarOverrides o, int y) {
        if (o.replacedYears().contains(y)) return I18n.t("calendar.basis.replaced");
        String base = sourceWord(CalendarOverrides.defaultSource(y));
        long added = o.entered().stream().filter(d -> d.date().getYear() == y).count();
        long removed = o.removed().stream().filter(d -> d.getYear() == y).count();
        if (added > 0) base += ", " + I18n.t("calendar.basis.added", added);
        if (removed > 0) base += ", " + I18n.t("calendar.basis.removed", removed);
        return base;
    }

    // ---- the add form ----

    /** Adds (or replaces) the entry in the form; returns false and sets {@link #dateErrorProperty()} if invalid. */
    public boolean add() {
        LocalDate date = newDate.get();
        if (date == null) {
            dateError.set(I18n.t("calendar.add.noDate"));
            return false;
        }
        String name = newName.get() == null ? "" : newName.get().trim();
        CalendarDay day = new CalendarDay(date, newKind.get(), name.isEmpty() ? null : name);
        repo.save(day);
        String note = hasNoEffect(day) ? " " + I18n.t("calendar.add.savedNoEffect") : "";
        message.set(I18n.t("calendar.add.saved", Fmt.date(date), kindWord(day.kind())) + note);
        newDate.set(null);
        newName.set("");
        if (date.getYear() != year.get()) {
            year.set(date.getYear()); // loads
        } else {
            load();
        }
        onChanged.run();
        return true;
    }

    /** The officer typed a date that cannot be read: say so next to the field. */
    public void rejectTypedDate(String text) {
        dateError.set(I18n.t("calendar.add.badDate", text));
    }

    private void updateWarning() {
        LocalDate date = newDate.get();
        if (date == null) {
            addWarning.set("");
            return;
        }
        List<String> parts = new ArrayList<>();
        CalendarDay probe = new CalendarDay(date, newKind.get(), null);
        if (hasNoEffect(probe)) {
            parts.add(I18n.t(probe.kind() == DayKind.HOLIDAY ? "calendar.warn.holidayOnWeekend" : "calendar.warn.workdayOnWeekday",
                    Fmt.date(date), weekday(date)));
        }
        existing(date).ifPresent(e -> parts.add(I18n.t("calendar.warn.replaces", Fmt.date(date),
                e.name() == null ? kindWord(e.kind()) : kindWord(e.kind()) + ": " + e.name())));
        addWarning.set(String.join(" ", parts));
    }

    private java.util.Optional<CalendarDay> existing(LocalDate date) {
        List<SourcedDay> days = date.getYear() == year.get() ? entries : repo.overrides().year(date.getYear());
        return days.stream().filter(e -> e.date().equals(date)).map(SourcedDay::day).findFirst();
    }

    // ---- removal ----

    /** Takes the day out of the calendar; a default day stays out until the year's defaults are restored. */
    public void remove(SourcedDay day) {
        repo.remove(day.date());
        CalendarDay d = day.day();
        message.set(I18n.t("calendar.removed", Fmt.date(d.date()), d.name() == null ? kindWord(d.kind()) : d.name()));
        load();
        onChanged.run();
    }

    // ---- defaults ----

    /** Whether the officer changed the selected year (days added or removed, or the year replaced by an import). */
    public ReadOnlyBooleanProperty editedProperty() { return edited; }

    /** The selected year goes back to its default days: the officer's days, removals and replacement of it go. */
    public void restoreDefaults() {
        int y = year.get();
        repo.restoreDefaults(y);
        message.set(I18n.t("calendar.restored", String.valueOf(y), sourceWord(CalendarOverrides.defaultSource(y))));
        load();
        onChanged.run();
    }

    // ---- the month grid ----

    /** Shows {@code m} in the month grid; moving into another year selects that year. */
    public void showMonth(YearMonth m) {
        shownMonth.set(m);
        if (m.getYear() != year.get()) year.set(m.getYear());
    }

    /** How {@code d} looks in the month grid, from the entries of the shown year. */
    public DayLook look(LocalDate d) {
        CalendarDay e = d.getYear() == year.get() ? entry(d).map(SourcedDay::day).orElse(null) : null;
        if (e != null && !hasNoEffect(e)) return e.kind() == DayKind.HOLIDAY ? DayLook.HOLIDAY : DayLook.SWAPPED_WORKDAY;
        return weekend(d) ? DayLook.WEEKEND : DayLook.WORKING;
    }

    /** The entry of {@code d} in the shown year, if any (for the grid's tooltips). */
    public java.util.Optional<SourcedDay> entry(LocalDate d) {
        return entries.stream().filter(x -> x.date().equals(d)).findFirst();
    }

    public ObjectProperty<YearMonth> shownMonthProperty() { return shownMonth; }

    // ---- words ----

    /** A holiday on a weekend or a swapped working day on a weekday: kept, but it changes no due date. */
    public static boolean hasNoEffect(CalendarDay d) {
        return (d.kind() == DayKind.HOLIDAY) == weekend(d.date());
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static String weekday(LocalDate d) { return I18n.t("calendar.dow." + d.getDayOfWeek().getValue()); }

    public static String kindWord(DayKind k) { return I18n.t("calendar.kind." + k.code()); }

    public static String sourceWord(DaySource s) { return I18n.t("calendar.source." + s.code()); }

    // ---- properties ----

    public IntegerProperty yearProperty() { return year; }

    public ObservableList<SourcedDay> entries() { return entries; }

    public ObjectProperty<LocalDate> newDateProperty() { return newDate; }

    public ObjectProperty<DayKind> newKindProperty() { return newKind; }

    public StringProperty newNameProperty() { return newName; }

    public ReadOnlyStringProperty dateErrorProperty() { return dateError; }

    public ReadOnlyStringProperty addWarningProperty() { return addWarning; }

    public StringProperty messageProperty() { return message; }

    /** The basis of the selected year and the years beside it: official, generated or replaced, and the officer's changes. */
    public ReadOnlyStringProperty basisProperty() { return basis; }
}
