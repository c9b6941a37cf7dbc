package vn.reformdesk.ui.dossiers;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * State of the dossiers screen: every loaded row, the quick filters and the filtered list the table shows.
 * A large register arrives page by page ({@link #appendPage}, newest first) as the list scrolls; until the last page
 * is in, {@link #completeProperty()} is false and the count says how many were read. Search keys (code and applicant,
 * lower case without diacritics) are computed per page, off the JavaFX thread ({@link #prepare}), and kept beside the
 * rows, so a new filter over what is loaded is one pass of cheap string tests. Typing in the search box is debounced
 * by the {@code debouncer} the view passes in (the other filters apply at once).
 */
public final class DossiersViewModel {
    private final ObservableList<DossierRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DossierRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    /** The rows the filters let through, in the order of {@link #rows}. */
    private final ObservableList<DossierRow> filtered = FXCollections.observableArrayList();
    private final ObservableList<Procedure> procedures = FXCollections.observableArrayList();
    /** The search key of each row, at the same index as in {@link #rows}. */
    private final List<String> keys = new ArrayList<>();
    /** False while pages of the list's query remain unread. */
    private final javafx.beans.property.BooleanProperty complete = new javafx.beans.property.SimpleBooleanProperty(true);
    /** How many dossiers the list's query holds, -1 until counted (the count runs after the first page). */
    private long total = -1;

    private final ObservableSet<DossierStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(DossierStatus.class));
    private final ObjectProperty<Procedure> procedure = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    /** Only these dossiers (by id), as a report's cell opens them; null = no such filter. */
    private final ObjectProperty<Set<Long>> only = new SimpleObjectProperty<>();
    /** What {@link #only} holds, in words ("Biểu II.06a, Quý 1/2026: … — cột 13"); empty without it. */
    private final StringProperty onlyCaption = new SimpleStringProperty("");
    /** Until the first rows arrive the count says so: "0 hồ sơ" read as an empty register for the first seconds. */
    private final StringProperty countText = new SimpleStringProperty(I18n.t("dossiers.loading"));
    /** Why the list is narrowed when the status box cannot show it (several statuses, from a dashboard counter). */
    private final StringProperty statusFilterText = new SimpleStringProperty("");
    private final Consumer<Runnable> debouncer;
    private boolean loaded;

    /** A view model that filters at once on every change (tests). */
    public DossiersViewModel() { this(Runnable::run); }

    /** {@code debouncer} runs the text filter later (the view waits until typing pauses). */
    public DossiersViewModel(Consumer<Runnable> debouncer) {
        this.debouncer = debouncer;
        statuses.addListener((javafx.collections.SetChangeListener<DossierStatus>) c -> applyFilter());
        procedure.addListener((o, a, b) -> applyFilter());
        channel.addListener((o, a, b) -> applyFilter());
        from.addListener((o, a, b) -> applyFilter());
        to.addListener((o, a, b) -> applyFilter());
        text.addListener((o, a, b) -> this.debouncer.accept(this::applyFilter));
        updateCount();
    }

    /** Every loaded row (read-only: the search keys are kept by index beside them). */
    public ObservableList<DossierRow> rows() { return readOnlyRows; }

    public ObservableList<DossierRow> filtered() { return filtered; }

    public ObservableList<Procedure> procedures() { return procedures; }

    public ObservableSet<DossierStatus> statuses() { return statuses; }

    public ObjectProperty<Procedure> procedureProperty() { return procedure; }

    public ObjectProperty<Channel> channelProperty() { return channel; }

    public ObjectProperty<LocalDate> fromProperty() { return from; }

    public ObjectProperty<LocalDate> toProperty() { return to; }

    public StringProperty textProperty() { return text; }

    public ObjectProperty<Set<Long>> onlyProperty() { return only; }

    public StringProperty onlyCaptionProperty() { return onlyCaption; }

    /** Shows exactly these dossiers (a report's cell), said by {@code caption}; clears the other filters. */
    public void showOnly(Set<Long> ids, String caption) {
        clearFiltersQuietly();
        onlyCaption.set(caption);
        only.set(Set.copyOf(ids));
        applyFilter();
    }

    public StringProperty countTextProperty() { return countText; }

    public boolean loaded() { return loaded; }

    /** Loaded rows with their search keys, made by {@link #prepare} in the background. */
    public record Prepared(List<DossierRow> rows, String[] keys) {}

    /** Computes the rows' search keys: call it off the JavaFX thread (200,000 keys take about a second). */
    public static Prepared prepare(List<DossierRow> list) {
        String[] k = new String[list.size()];
        for (int i = 0; i < k.length; i++) k[i] = searchKey(list.get(i));
        return new Prepared(List.copyOf(list), k);
    }

    /** Replaces the loaded rows (tests; the screen prepares them in the background and calls the other setData). */
    public void setData(List<DossierRow> list, List<Procedure> procedureList) {
        setData(prepare(list), procedureList);
    }

    /** Replaces the loaded rows (on the FX thread, after a background load); filters stay as they were. */
    public void setData(Prepared data, List<Procedure> procedureList) { setData(data, procedureList, true); }

    /**
     * Replaces the loaded rows by the first page(s) of the list; {@code last} = no page comes after them. Filters
     * stay as they were.
     */
    public void setData(Prepared data, List<Procedure> procedureList, boolean last) {
        List<DossierRow> list = data.rows();
        keys.clear();
        keys.addAll(java.util.Arrays.asList(data.keys()));
        Procedure chosen = procedure.get();
        procedures.setAll(procedureList);
        if (chosen != null) {
            procedure.set(procedureList.stream().filter(p -> p.code().equals(chosen.code())).findFirst().orElse(null));
        }
        loaded = true;
        rows.setAll(list);
        complete.set(last); // after the rows: the table sorts by its columns again once complete (see appendPage)
        applyFilter();
    }

    /** Adds the next page of the list (read after the rows already loaded); {@code last} = the query's end. */
    public void appendPage(Prepared page, boolean last) {
        int start = rows.size();
        keys.addAll(java.util.Arrays.asList(page.keys()));
        rows.addAll(page.rows());
        Filter f = filter();
        List<DossierRow> more = new ArrayList<>();
        for (int i = start; i < rows.size(); i++) if (f.test(rows.get(i), keys.get(i))) more.add(rows.get(i));
        filtered.addAll(more);
        // Complete only now: the table then sorts the whole list at once, a stable sort that keeps dossiers received
        // at the same minute in the pages' order; rows added to a sorted list go anywhere among their ties.
        complete.set(last);
        updateCount();
    }

    /** False while pages of the list remain unread: the filters and the count then cover the rows read so far. */
    public javafx.beans.property.ReadOnlyBooleanProperty completeProperty() { return complete; }

    public boolean complete() { return complete.get(); }

    /** The list query's exact count, once known (counted in the background after the first page). */
    public void setTotal(long total) {
        this.total = total;
        updateCount();
    }

    /** Whether any filter is set (the list then may need more pages to fill the screen). */
    public boolean filtering() {
        return !statuses.isEmpty() || procedure.get() != null || channel.get() != null || from.get() != null
                || to.get() != null || (text.get() != null && !text.get().isBlank()) || only.get() != null;
    }

    /** Shows only the dossiers with this status (the dashboard opens "overdue dossiers" this way); clears other filters. */
    public void showStatus(DossierStatus status) {
        clearFiltersQuietly();
        if (status != null) statuses.add(status);
        applyFilter();
    }

    public void clearFilters() {
        clearFiltersQuietly();
        applyFilter();
    }

    private void clearFiltersQuietly() {
        muted = true; // one filter pass at the end, not one per cleared field
        statuses.clear();
        procedure.set(null);
        channel.set(null);
        from.set(null);
        to.set(null);
        text.set("");
        only.set(null);
        onlyCaption.set("");
        this.muted = false;
    }

    private boolean muted;

    /** Single-choice status filter used by the combo box: null = every status. */
    public void setStatus(DossierStatus status) {
        muted = true;
        statuses.clear();
        if (status != null) statuses.add(status);
        muted = false;
        applyFilter();
    }

    /** The filters as they are now, applied to a row and its search key. */
    private record Filter(Set<DossierStatus> st, String code, Channel ch, LocalDate f, LocalDate t, String q,
                          Set<Long> ids) {
        boolean test(DossierRow r, String key) {
            return (st == null || st.contains(r.deadline().status()))
                    && (code == null || code.equals(r.dossier().procedureCode()))
                    && (ch == null || ch == r.dossier().channel())
                    && (f == null || !r.dossier().receivedOn().isBefore(f))
                    && (t == null || !r.dossier().receivedOn().isAfter(t))
                    && (q.isEmpty() || key.contains(q))
                    && (ids == null || ids.contains(r.dossier().id()));
        }
    }

    private Filter filter() {
        return new Filter(statuses.isEmpty() ? null : EnumSet.copyOf(statuses),
                procedure.get() == null ? null : procedure.get().code(), channel.get(), from.get(), to.get(),
                normalize(text.get() == null ? "" : text.get().trim()), only.get());
    }

    public void applyFilter() {
        if (muted) return;
        Filter f = filter();
        List<DossierRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (f.test(rows.get(i), keys.get(i))) out.add(rows.get(i));
        }
        filtered.setAll(out);
        updateCount();
        if (onFilter != null) onFilter.run();
    }

    private Runnable onFilter;

    /** Runs after every filter pass (the view then reads more pages when the matches do not fill the screen). */
    public void onFilter(Runnable action) { this.onFilter = action; }

    public StringProperty statusFilterTextProperty() { return statusFilterText; }

    private void updateCount() {
        statusFilterText.set(statuses.size() < 2 ? "" : I18n.t("dossiers.filter.statusChip", String.join(", ",
                java.util.Arrays.stream(DossierStatus.values()).filter(statuses::contains)
                        .map(st -> I18n.t("status." + st.code())).toList())));
        if (!loaded) return;
        if (!complete.get()) { // known so far: "+" = more may come; the query's total once counted
            // short, as the complete counts: beside the title and the buttons it must fit at 150 % on 1280 px
            String all = total < 0 ? I18n.t("dossiers.countSoFar", Fmt.count(rows.size()))
                    : Fmt.count(Math.max(total, rows.size()));
            countText.set(filtered.size() == rows.size() ? I18n.t("dossiers.count", all)
                    : I18n.t("dossiers.countFiltered", I18n.t("dossiers.countSoFar", Fmt.count(filtered.size())), all));
            return;
        }
        countText.set(filtered.size() == rows.size()
                ? I18n.t("dossiers.count", Fmt.count(rows.size()))
                : I18n.t("dossiers.countFiltered", Fmt.count(filtered.size()), Fmt.count(rows.size())));
    }

    /** Codes already registered (for the uniqueness check of the form). */
    public Set<String> codes() {
        Set<String> out = new java.util.HashSet<>(rows.size() * 2);
        for (DossierRow r : rows) out.add(r.dossier().code());
        return out;
    }

    /** What the text search matches: code, applicant and the sending unit (a department views a commune's dossiers). */
    static String searchKey(DossierRow r) {
        String applicant = r.dossier().applicant();
        String unit = r.dossier().unitCode();
        return normalize(r.dossier().code()) + "\u0000" + (applicant == null ? "" : normalize(applicant))
                + "\u0000" + (unit == null ? "" : normalize(unit));
    }

    /** Lower case without Vietnamese diacritics, so "nguyen van" finds "Nguyễn Văn". */
    public static String normalize(String s) {
        if (s.isEmpty()) return s;
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        String lower = s.toLowerCase(Locale.ROOT);
        if (ascii) return lower;
        String decomposed = Normalizer.normalize(lower.replace('đ', 'd'), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) b.append(c);
        }
        return b.toString();
    }

    /** "còn 2 ngày" / "trễ 3 ngày" / "hạn hôm nay"; empty for dossiers resolved in time or paused. */
    public static String daysText(Deadline d) {
        return switch (d.status()) {
            case LATE, OVERDUE -> I18n.t("dossiers.daysLate", d.workingDaysLate());
            case PENDING, DUE_SOON -> d.workingDaysLeft() == 0 ? I18n.t("dossiers.dueToday")
                    : I18n.t("dossiers.daysLeft", d.workingDaysLeft());
            case PAUSED -> I18n.t("dossiers.clockStopped");
            default -> "";
        };
    }

    /** Procedures whose code or name contains the text (for the procedure filter list). */
    public static List<Procedure> matching(List<Procedure> all, String text) {
        String q = normalize(text == null ? "" : text.trim());
        List<Procedure> out = new ArrayList<>();
        for (Procedure p : all) {
            if (q.isEmpty() || normalize(p.code()).contains(q) || (p.name() != null && normalize(p.name()).contains(q))) {
                out.add(p);
            }
        }
        return out;
    }
}
