package vn.reformdesk.ui.scores;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.calendar.VietnamTime;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.PeriodText;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.ui.common.ConflictPanel;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * Targets on computed rates (on-time ≥ 98 %) and on ranks (top 15, lower is better): the list and a small form that
 * validates in place and keeps what was typed.
 */
public final class TargetsViewModel {
    /** The rate keys the register computes (formats.md, report json). */
    public static final List<String> RATE_KEYS = List.of("on_time_rate", "online_rate", "online_payment_rate",
            "digitised_rate", "electronic_result_rate", "satisfaction_rate");

    /** A target as a line of the table, with the latest rank known for rank targets. */
    public record Line(Target target, String subjectText, String valueText, String actualText, String gapText) {}

    private final ScoreRepository scores;
    private final FrameworkRepository frameworks;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<String> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<Target.Kind> kind = new SimpleObjectProperty<>(this, "kind", Target.Kind.RATE);
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "on_time_rate");
    private final StringProperty period = new SimpleStringProperty(this, "period", String.valueOf(VietnamTime.today().getYear()));
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.HIGHER);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public TargetsViewModel(ScoreRepository scores, FrameworkRepository frameworks) {
        this.scores = scores;
        this.frameworks = frameworks;
        kind.addListener((o, a, b) -> {
            direction.set(b == Target.Kind.RANK ? Direction.LOWER : Direction.HIGHER);
            fillSubjects();
        });
        fillSubjects();
    }

    public ObservableList<Line> lines() { return lines; }

    public ObservableList<String> subjects() { return subjects; }

    public ObjectProperty<Target.Kind> kindProperty() { return kind; }

    public StringProperty subjectProperty() { return subject; }

    public StringProperty periodProperty() { return period; }

    /** The value: a percentage for a rate (98 = 98 %), a rank for a rank target. */
    public StringProperty valueProperty() { return value; }

    public ObjectProperty<Direction> directionProperty() { return direction; }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    private void fillSubjects() {
        if (kind.get() == Target.Kind.RATE) subjects.setAll(RATE_KEYS);
        else subjects.setAll(frameworks.findAll().stream().map(Framework::code).toList());
        if (!subjects.contains(subject.get()) && !subjects.isEmpty()) subject.set(subjects.get(0));
    }

    public void load() {
        fillSubjects();
        versions.clear();
        List<vn.reformdesk.store.Versioned<Target>> stored = scores.targetsVersioned();
        for (var v : stored) versions.put(key(v.value()), v.version());
        lines.setAll(stored.stream().map(v -> line(v.value())).toList());
    }

    /** The stored version of each target as listed (by kind, subject and period), named again by the save. */
    private final java.util.Map<String, Long> versions = new java.util.HashMap<>();
    private final ObservableList<ConflictPanel.Field> conflict = FXCollections.observableArrayList();
    private vn.reformdesk.store.Versioned<Target> theirs;

    private static String key(Target t) { return t.kind().code() + " " + t.subject() + " " + t.period(); }

    /** What another desk saved beside what was typed, after a refused save (empty: no conflict). */
    public ObservableList<ConflictPanel.Field> conflict() { return conflict; }

    /** Saves what was typed over what the other desk saved. */
    public boolean keepMine() {
        versions.put(key(theirs.value()), theirs.version());
        return save();
    }

    /** Takes the other desk's target into the form (it is what is stored). */
    public void keepTheirs() {
        Target t = theirs.value();
        value.set(t.kind() == Target.Kind.RATE ? Fmt.number(t.value() * 100, 2) : String.valueOf((int) t.value()));
        direction.set(t.direction());
        conflict.clear();
        load();
    }

    private static List<ConflictPanel.Field> differing(Target mine, Target theirs) {
        return ConflictPanel.differing(List.of(
                new ConflictPanel.Spec<Target>("value", "scores.targets.col.value", t -> t.kind() == Target.Kind.RATE
                        ? Fmt.percent(t.value()) : String.valueOf((int) t.value())),
                new ConflictPanel.Spec<Target>("direction", "scores.targets.col.direction",
                        t -> ScoresViewModel.directionText(t.direction()))), mine, theirs);
    }

    private Line line(Target t) {
        if (t.kind() == Target.Kind.RATE) {
            return new Line(t, I18n.t("scores.rate." + t.subject()), Fmt.percent(t.value()), "", "");
        }
        String name = frameworks.find(t.subject()).map(f -> f.name(I18n.english())).orElse(t.subject());
        Integer latest = latestRank(t.subject(), t.period());
        String actual = latest == null ? "" : String.valueOf(latest);
        String gap = latest == null ? "" : ScoresViewModel.signed(t.gap(latest));
        return new Line(t, name, I18n.t("scores.targets.top", (int) t.value()), actual, gap);
    }

    /** The rank of the framework's total in the latest period at or before the target's period. */
    private Integer latestRank(String framework, String upTo) {
        for (String p : scores.periods(framework)) {
            if (p.compareTo(upTo) > 0) continue;
            for (Score s : scores.find(framework, p)) if (s.isTotal() && s.rank() != null) return s.rank();
        }
        return null;
    }

    /** Adds or replaces the target of the form; false with the reason shown (the typed text stays). */
    public boolean save() {
        error.set("");
        if (!PeriodText.isValid(period.get())) {
            error.set(I18n.t("scores.targets.badPeriod"));
            return false;
        }
        if (subject.get() == null || subject.get().isBlank()) {
            error.set(I18n.t("scores.targets.noSubject"));
            return false;
        }
        try {
            double v = Values.decimal(value.get() == null ? "" : value.get().replace("%", ""));
            Target t = kind.get() == Target.Kind.RATE
                    ? new Target(Target.Kind.RATE, subject.get(), PeriodText.normalise(period.get()), v / 100.0, direction.get(), null)
                    : new Target(Target.Kind.RANK, subject.get(), PeriodText.normalise(period.get()), v, direction.get(), null);
            conflict.clear();
            try {
                scores.saveTarget(t, versions.getOrDefault(key(t), ScoreRepository.NO_ROW));
            } catch (vn.reformdesk.store.ConflictException e) {
                @SuppressWarnings("unchecked")
                var stored = (vn.reformdesk.store.Versioned<Target>) e.theirs();
                if (stored == null) throw e;
                theirs = stored;
                error.set(I18n.t("scores.targets.conflict"));
                conflict.setAll(differing(t, stored.value()));
                return false;
            }
        } catch (IllegalArgumentException e) {
            error.set(I18n.t(kind.get() == Target.Kind.RATE ? "scores.targets.badRate" : "scores.targets.badRank"));
            return false;
        }
        value.set("");
        load();
        return true;
    }

    public void delete(Line l) {
        scores.deleteTarget(l.target().kind(), l.target().subject(), l.target().period());
        load();
    }
}
