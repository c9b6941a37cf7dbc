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
import vn.reformdesk.io.BoardCsv;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.service.OverdueBoard;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * State of the overdue board: the three lists as of {@code app.asOf()}, their titles with counts, the
 * "as of" line and a warning when the as-of year has no calendar entries (due dates then skip weekends only).
 * {@link #load()} does the database work (call it off the JavaFX thread); {@link #apply} shows its result.
 */
public final class OverdueViewModel {
    /** What one load brings back. */
    public record Loaded(OverdueBoard board) {}

    private final AppContext app;
    private final Map<BoardList, ObservableList<DossierRow>> lists = new EnumMap<>(BoardList.class);
    private final Map<BoardList, StringProperty> titles = new EnumMap<>(BoardList.class);
    private final StringProperty asOfText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private int dueSoonDays = 2;
    private LocalDate asOf;

    public OverdueViewModel(AppContext app) {
        this.app = app;
        for (BoardList l : BoardList.values()) {
            lists.put(l, FXCollections.observableArrayList());
            titles.put(l, new SimpleStringProperty(title(l, "…")));
        }
    }

    /** Computes the board and checks the calendar; safe to run off the JavaFX thread. */
    public Loaded load() {
        LocalDate asOf = app.asOf();
        OverdueBoard board = app.register().overdueBoard(app.unitScope(), asOf);
        return new Loaded(board);
    }

    /** Marks the start of a background load. */
    public void loading() {
        loading.set(true);
        error.set("");
    }

    public void apply(Loaded loaded) {
        OverdueBoard b = loaded.board();
        dueSoonDays = b.dueSoonDays();
        asOf = b.asOf();
        lists.get(BoardList.OVERDUE).setAll(b.overdue());
        lists.get(BoardList.DUE_SOON).setAll(b.dueSoon());
        lists.get(BoardList.MISSING_APOLOGY).setAll(b.missingApology());
        for (BoardList l : BoardList.values()) titles.get(l).set(title(l, Fmt.count(lists.get(l).size())));
        asOfText.set(I18n.t("overdue.asOf", Fmt.date(b.asOf())));
        loading.set(false);
    }

    public void fail(Throwable e) {
        loading.set(false);
        error.set(I18n.t("common.error", e.getMessage()));
    }

    private String title(BoardList l, String count) {
        return l == BoardList.DUE_SOON
                ? I18n.t("overdue.list.dueSoon.title", dueSoonDays, count)
                : I18n.t("overdue.list." + l.key() + ".title", count);
    }

    public ObservableList<DossierRow> list(BoardList l) { return lists.get(l); }

    public ReadOnlyStringProperty titleProperty(BoardList l) { return titles.get(l); }

    public ReadOnlyStringProperty asOfTextProperty() { return asOfText; }


    public ReadOnlyStringProperty errorProperty() { return error; }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }

    public int dueSoonDays() { return dueSoonDays; }

    /** The file name offered when exporting a list, e.g. {@code qua-han-2026-03-11.csv}. */
    public String suggestedFileName(BoardList l) { return l.filePrefix() + "-" + (asOf != null ? asOf : app.asOf()) + ".csv"; }

    /** Writes {@code rows} (a list as shown, in its current order) to {@code file}; off the JavaFX thread. */
    public void export(List<DossierRow> rows, Path file) throws IOException {
        BoardCsv.write(file, rows, CSV_HEADER_KEYS.stream().map(I18n::t).toList(), s -> I18n.t("status." + s.code()));
    }

    /** The officer's file speaks the screen's language; docs/formats.md's machine exports keep their codes. */
    static final List<String> CSV_HEADER_KEYS = List.of("overdue.col.code", "overdue.csv.procedureCode",
            "overdue.col.procedure", "overdue.col.applicant", "overdue.col.received", "overdue.col.due",
            "overdue.col.status", "overdue.col.late", "overdue.col.left");
}
