package vn.reformdesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.calendar.HolidayGenerator;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The working calendar of one year: its entries, the add form (validated in place: a holiday on a weekend
 * or a swapped working day on a weekday is accepted with a warning that it changes nothing), removal, and
 * the year's default days off. Every change calls {@code onChanged} so due dates, computed on read,
 * are recomputed on every screen.
 */
public final class CalendarViewModel {
    /** What "create the year's defaults" does with entries the year already has. */
    public enum DefaultsMode {
        /** The year's entries become exactly the defaults. */
        REPLACE,
        /** Defaults are added on dates that have no entry; existing entries stay as they are. */
        ADD_MISSING
    }

    private final AppContext app;
    private final CalendarRepository repo;
    private final Runnable onChanged;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<CalendarDay> entries = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> newDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DayKind> newKind = new SimpleObjectProperty<>(DayKind.HOLIDAY);
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty addWarning = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty offerDefaults = new SimpleBooleanProperty(false);
    private final Set<Integer> defaultsDeclined = new HashSet<>();
    private final ObjectProperty<YearMonth> shownMonth = new SimpleObjectProperty<>();

    /** How a day looks in the month grid. */
    public enum DayLook {
        WORKING, WEEKEND, HOLIDAY, SWAPPED_WORKDAY;

        public String styleClass() { return "calendar-cell-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public CalendarViewModel(AppContext app, Runnable onChanged) {
        this.app = app;
        this.repo = app.register().calendar();
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

    /** Reloads the selected year's entries from the database. */
    public void load() {
        int y = year.get();
        entries.setAll(repo.findAll().stream().filter(d -> d.date().getYear() == y).toList());
        offerDefaults.set(entries.isEmpty() && !defaultsDeclined.contains(y));
        updateWarning();
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
        if (date.getYear() == year.get()) return entries.stream().filter(e -> e.date().equals(date)).findFirst();
        return repo.findAll().stream().filter(e -> e.date().equals(date)).findFirst();
    }

    // ---- removal ----

    public void remove(CalendarDay day) {
        repo.delete(day.date());
        message.set(I18n.t("calendar.removed", Fmt.date(day.date()), day.name() == null ? kindWord(day.kind()) : day.name()));
        load();
        onChanged.run();
    }

    // ---- defaults ----

    /** The default days off of the selected year (the official calendar where the app ships one). */
    public List<CalendarDay> defaults() { return CalendarPresets.forYear(year.get()); }

    /** Whether the app ships the official calendar of {@code y} (else the defaults are generated). */
    public static boolean official(int y) {
        return !CalendarPresets.forYear(y).equals(HolidayGenerator.defaultsFor(y));
    }

    /** Whether applying defaults needs the officer's choice of {@link DefaultsMode} first. */
    public boolean defaultsNeedConfirmation() { return !entries.isEmpty(); }

    /** Fills the selected year with its defaults; returns how many entries were written. */
    public int applyDefaults(DefaultsMode mode) {
        int y = year.get();
        List<CalendarDay> defaults = defaults();
        Map<LocalDate, CalendarDay> current = entries.stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        List<CalendarDay> toWrite = mode == DefaultsMode.ADD_MISSING
                ? defaults.stream().filter(d -> !current.containsKey(d.date())).toList()
                : defaults;
        Set<LocalDate> defaultDates = defaults.stream().map(CalendarDay::date).collect(Collectors.toSet());
        List<LocalDate> toDelete = mode == DefaultsMode.REPLACE
                ? current.keySet().stream().filter(d -> !defaultDates.contains(d)).sorted().toList()
                : List.of();
        Transactions.inTransaction(app.database(), c -> {
            repo.saveAll(c, toWrite);
            repo.deleteAll(c, toDelete); // same transaction: "replace" is all or nothing
            return null;
        });
        message.set(I18n.t(official(y) ? "calendar.defaults.doneOfficial" : "calendar.defaults.done",
                toWrite.size(), String.valueOf(y)));
        load();
        onChanged.run();
        return toWrite.size();
    }

    /** The officer chose to keep the year empty: stop offering defaults for it in this session. */
    public void declineDefaults() {
        defaultsDeclined.add(year.get());
        offerDefaults.set(false);
    }

    // ---- the month grid ----

    /** Shows {@code m} in the month grid; moving into another year selects that year. */
    public void showMonth(YearMonth m) {
        shownMonth.set(m);
        if (m.getYear() != year.get()) year.set(m.getYear());
    }

    /** How {@code d} looks in the month grid, from the entries of the shown year. */
    public DayLook look(LocalDate d) {
        CalendarDay e = d.getYear() == year.get()
                ? entries.stream().filter(x -> x.date().equals(d)).findFirst().orElse(null) : null;
        if (e != null && !hasNoEffect(e)) return e.kind() == DayKind.HOLIDAY ? DayLook.HOLIDAY : DayLook.SWAPPED_WORKDAY;
        return weekend(d) ? DayLook.WEEKEND : DayLook.WORKING;
    }

    /** The entry of {@code d} in the shown year, if any (for the grid's tooltips). */
    public java.util.Optional<CalendarDay> entry(LocalDate d) {
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

    // ---- properties ----

    public IntegerProperty yearProperty() { return year; }

    public ObservableList<CalendarDay> entries() { return entries; }

    public ObjectProperty<LocalDate> newDateProperty() { return newDate; }

    public ObjectProperty<DayKind> newKindProperty() { return newKind; }

    public StringProperty newNameProperty() { return newName; }

    public ReadOnlyStringProperty dateErrorProperty() { return dateError; }

    public ReadOnlyStringProperty addWarningProperty() { return addWarning; }

    public StringProperty messageProperty() { return message; }

    public ReadOnlyBooleanProperty offerDefaultsProperty() { return offerDefaults; }
}
