package vn.reformdesk.ui.overdue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.io.BoardCsv;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.BoardPages;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * State of the overdue board: the three lists as of {@code app.asOf()}, their titles with counts, the
 * "as of" line and a warning when the as-of year has no calendar entries (due dates then skip weekends only).
 * {@link #load()} does the database work (call it off the JavaFX thread): each list's count and first
 * {@link #FIRST} rows ({@link BoardPages}); {@link #apply} shows them, and the screen then reads each list's further
 * pages in the background ({@link #nextRead}, {@link #append}) until it is complete.
 */
public final class OverdueViewModel {
    /** Rows of each list the first view shows: more than a screen holds, read in one page. */
    public static final int FIRST = 100;
    /** Rows each background read brings. */
    public static final int PAGE = 2_000;

    /** What one load brings back: each list's count and first page. */
    public record Loaded(BoardPages pages, Map<BoardList, Long> counts, Map<BoardList, BoardPages.Page> first) {}

    private final AppContext app;
    private final Map<BoardList, ObservableList<DossierRow>> lists = new EnumMap<>(BoardList.class);
    private final Map<BoardList, StringProperty> titles = new EnumMap<>(BoardList.class);
    private final Map<BoardList, BooleanProperty> complete = new EnumMap<>(BoardList.class);
    private final Map<BoardList, StringProperty> reading = new EnumMap<>(BoardList.class);
    private final Map<BoardList, BoardPages.Cursor> cursors = new EnumMap<>(BoardList.class);
    private final StringProperty asOfText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The load shown (its pages, counts and day); null before the first. */
    private Loaded shown;
    /** Raised by every load: a page read for an earlier one is dropped. */
    private int generation;

    public OverdueViewModel(AppContext app) {
        this.app = app;
        for (BoardList l : BoardList.values()) {
            lists.put(l, FXCollections.observableArrayList());
            titles.put(l, new SimpleStringProperty(title(l, "…")));
            complete.put(l, new SimpleBooleanProperty(false));
            reading.put(l, new SimpleStringProperty(""));
        }
    }

    /** What the screen waits for: each list's count (SQL) and first rows; safe to run off the JavaFX thread. */
    public Loaded load() { return read(app.register(), app.unitScope(), app.asOf()); }

    /** {@link #load}'s reads (the bench times them). */
    public static Loaded read(RegisterService reg, UnitScope scope, LocalDate asOf) {
        BoardPages pages = reg.overdueBoardPages(scope, asOf);
        Map<BoardList, Long> counts = new java.util.concurrent.ConcurrentHashMap<>();
        Map<BoardList, BoardPages.Page> first = new java.util.concurrent.ConcurrentHashMap<>();
        // the three lists side by side (each its own connection): the counts are most of the wait, and a second core
        // halves it
        java.util.Arrays.stream(BoardList.values()).parallel().forEach(l -> {
            BoardPages.Page page = pages.first(l.kind(), FIRST);
            first.put(l, page);
            // a list whose first page is all of it needs no count
            counts.put(l, page.last() ? page.rows().size() : pages.count(l.kind()));
        });
        return new Loaded(pages, new EnumMap<>(counts), new EnumMap<>(first));
    }

    /** Marks the start of a background load. */
    public void loading() {
        loading.set(true);
        error.set("");
    }

    /** Shows a load's counts and first rows; returns its generation, for the reads of the lists' further pages. */
    public int apply(Loaded loaded) {
        shown = loaded;
        generation++;
        for (BoardList l : BoardList.values()) {
            BoardPages.Page first = loaded.first().get(l);
            lists.get(l).setAll(first.rows());
            cursors.put(l, first.next());
            titles.get(l).set(title(l, Fmt.count(loaded.counts().get(l))));
            updateComplete(l);
        }
        asOfText.set(I18n.t("overdue.asOf", Fmt.date(loaded.pages().asOf())));
        loading.set(false);
        return generation;
    }

    /** The read of list {@code l}'s next page (off the JavaFX thread), or null when the list is complete. */
    public java.util.concurrent.Callable<BoardPages.Page> nextRead(BoardList l) {
        BoardPages.Cursor cursor = cursors.get(l);
        BoardPages from = shown.pages();
        return cursor == null ? null : () -> from.next(l.kind(), cursor, PAGE);
    }

    /** Adds a page read for load {@code gen}; returns whether the list has more to read for that load. */
    public boolean append(BoardList l, int gen, BoardPages.Page page) {
        if (gen != generation) return false;
        lists.get(l).addAll(page.rows());
        cursors.put(l, page.next());
        updateComplete(l);
        return page.next() != null;
    }

    private void updateComplete(BoardList l) {
        boolean all = cursors.get(l) == null;
        complete.get(l).set(all);
        reading.get(l).set(all ? "" : I18n.t("overdue.reading", Fmt.count(lists.get(l).size()), Fmt.count(shown.counts().get(l))));
    }

    /** Whether every row of the list is read (then it sorts by any column and exports). */
    public ReadOnlyBooleanProperty completeProperty(BoardList l) { return complete.get(l); }

    /** While a list's further pages are read: how many of how many, and that sorting waits for them. */
    public ReadOnlyStringProperty readingProperty(BoardList l) { return reading.get(l); }

    public void fail(Throwable e) {
        loading.set(false);
        error.set(I18n.t("common.error", e.getMessage()));
    }

    private String title(BoardList l, String count) {
        return l == BoardList.DUE_SOON
                ? I18n.t("overdue.list.dueSoon.title", dueSoonDays(), count)
                : I18n.t("overdue.list." + l.key() + ".title", count);
    }

    public ObservableList<DossierRow> list(BoardList l) { return lists.get(l); }

    public ReadOnlyStringProperty titleProperty(BoardList l) { return titles.get(l); }

    public ReadOnlyStringProperty asOfTextProperty() { return asOfText; }


    public ReadOnlyStringProperty errorProperty() { return error; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    /** The register's "due soon" days of the load shown; the default before the first. */
    public int dueSoonDays() { return shown == null ? DeadlineSettings.DEFAULT.dueSoonDays() : shown.pages().dueSoonDays(); }

    /** The file name offered when exporting a list, e.g. {@code qua-han-2026-03-11.csv}. */
    public String suggestedFileName(BoardList l) { return l.filePrefix() + "-" + (shown != null ? shown.pages().asOf() : app.asOf()) + ".csv"; }

    /** Writes {@code rows} (a list as shown, in its current order) to {@code file}; off the JavaFX thread. */
    public void export(List<DossierRow> rows, Path file) throws IOException {
        BoardCsv.write(file, rows, CSV_HEADER_KEYS.stream().map(I18n::t).toList(), s -> I18n.t("status." + s.code()));
    }

    /** The officer's file speaks the screen's language; docs/formats.md's machine exports keep their codes. */
    static final List<String> CSV_HEADER_KEYS = List.of("overdue.col.code", "overdue.csv.procedureCode",
            "overdue.col.procedure", "overdue.col.applicant", "overdue.col.received", "overdue.col.due",
            "overdue.col.status", "overdue.col.late", "overdue.col.left");
}
