package vn.reformdesk.ui.procedures;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * State of the procedures screen: the loaded procedures and the search / filter choices. Holds no controls,
 * so it is tested without a toolkit; the view only wires controls to these properties.
 */
public final class ProceduresViewModel {
    private final ObservableList<Procedure> all = FXCollections.observableArrayList();
    private final FilteredList<Procedure> filtered = new FilteredList<>(all);
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AdminLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<String> field = new SimpleObjectProperty<>();
    private final ObjectProperty<OnlineLevel> online = new SimpleObjectProperty<>();
    private final StringProperty countText = new SimpleStringProperty("");

    public ProceduresViewModel() {
        search.addListener((o, a, b) -> applyFilter());
        level.addListener((o, a, b) -> applyFilter());
        field.addListener((o, a, b) -> applyFilter());
        online.addListener((o, a, b) -> applyFilter());
        updateCount();
    }

    public ObservableList<Procedure> all() { return all; }

    public FilteredList<Procedure> filtered() { return filtered; }

    public ObservableList<String> fields() { return fields; }

    public StringProperty searchProperty() { return search; }

    public ObjectProperty<AdminLevel> levelProperty() { return level; }

    public ObjectProperty<String> fieldProperty() { return field; }

    public ObjectProperty<OnlineLevel> onlineProperty() { return online; }

    public StringProperty countTextProperty() { return countText; }

    public void setProcedures(List<Procedure> list) {
        all.setAll(list);
        Set<String> distinct = list.stream().map(Procedure::field).filter(f -> f != null && !f.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        String chosen = field.get();
        fields.setAll(distinct);
        if (chosen != null && !distinct.contains(chosen)) field.set(null);
        applyFilter();
    }

    /** Codes already in use (for the uniqueness check of the form). */
    public Set<String> codes() {
        return all.stream().map(Procedure::code).collect(Collectors.toSet());
    }

    public boolean empty() { return all.isEmpty(); }

    public void clearFilters() {
        search.set("");
        level.set(null);
        field.set(null);
        online.set(null);
    }

    public Predicate<Procedure> predicate() {
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        AdminLevel l = level.get();
        String f = field.get();
        OnlineLevel o = online.get();
        return p -> (q.isEmpty() || p.code().toLowerCase(Locale.ROOT).contains(q)
                || (p.name() != null && p.name().toLowerCase(Locale.ROOT).contains(q)))
                && (l == null || p.level() == l)
                && (f == null || Objects.equals(f, p.field()))
                && (o == null || p.onlineLevel() == o);
    }

    private void applyFilter() {
        filtered.setPredicate(predicate());
        updateCount();
    }

    private void updateCount() {
        countText.set(filtered.size() == all.size()
                ? I18n.t("procedures.count", Fmt.count(all.size()))
                : I18n.t("procedures.countFiltered", Fmt.count(filtered.size()), Fmt.count(all.size())));
    }

    /** "0" fee is shown as "Miễn phí" / "Free"; others with dot grouping (1.500.000). */
    public static String feeText(long fee) {
        return fee == 0 ? I18n.t("procedures.free") : Fmt.count(fee);
    }

    /** "15 ngày làm việc" / "15 working days"; "0 = same day". */
    public static String daysText(Procedure p) {
        if (p.processingDays() == 0) return I18n.t("procedures.sameDay");
        return I18n.t("procedures.days." + p.dayUnit().code(), p.processingDays());
    }
}
