package vn.reformdesk.ui.scores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.calendar.VietnamTime;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.PeriodText;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ScoreCheck;
import vn.reformdesk.domain.index.ScoreIssue;
import vn.reformdesk.domain.index.ScoreUnit;
import vn.reformdesk.domain.index.SumWarning;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.ConflictException;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.ScoreValidationException;
import vn.reformdesk.ui.common.ConflictPanel;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * State and logic of the scores sheet (no controls): the framework and period chosen, one {@link ScoreRow} per component
 * with the text typed in each cell, in-place validation (a value above the maximum is refused with the reason, the
 * typed text stays, nothing is saved until every cell is valid), the total-vs-components warnings with both numbers,
 * and saving the sheet in one transaction.
 */
public final class ScoresViewModel {
    public enum PeriodKind { YEAR, QUARTER, MONTH }

    private final FrameworkRepository frameworkRepo;
    private final ScoreRepository scoreRepo;

    private final ObservableList<Framework> frameworks = FXCollections.observableArrayList();
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>(this, "framework");
    private final ObjectProperty<PeriodKind> periodKind = new SimpleObjectProperty<>(this, "periodKind", PeriodKind.YEAR);
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year", VietnamTime.today().getYear());
    private final IntegerProperty part = new SimpleIntegerProperty(this, "part", 1);
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper(this, "period");
    private final ObservableList<ScoreRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper(this, "versionText", "");
    private FrameworkVersion version;
    private boolean loading;

    public ScoresViewModel(FrameworkRepository frameworkRepo, ScoreRepository scoreRepo) {
        this.frameworkRepo = frameworkRepo;
        this.scoreRepo = scoreRepo;
        framework.addListener((o, a, b) -> {
            if (b != null && !loading) choosePeriodFor(b);
            reload();
        });
        periodKind.addListener((o, a, b) -> { clampPart(); reload(); });
        year.addListener((o, a, b) -> reload());
        part.addListener((o, a, b) -> reload());
    }

    // ---- state

    public ObservableList<Framework> frameworks() { return frameworks; }

    public ObjectProperty<Framework> frameworkProperty() { return framework; }

    public ObjectProperty<PeriodKind> periodKindProperty() { return periodKind; }

    public IntegerProperty yearProperty() { return year; }

    /** The quarter (1–4) or month (1–12) of the period; unused for a year. */
    public IntegerProperty partProperty() { return part; }

    public ReadOnlyStringProperty periodProperty() { return period.getReadOnlyProperty(); }

    public String period() { return period.get(); }

    public ObservableList<ScoreRow> rows() { return rows; }

    /** Total-vs-components mismatches, as sentences with both numbers. */
    public ObservableList<String> warnings() { return warnings; }

    /** Every reason the sheet cannot be saved yet ("Transparency — official score: above the maximum of 18"). */
    public ObservableList<String> errors() { return errors; }

    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    public BooleanProperty dirtyProperty() { return dirty; }

    public ReadOnlyStringProperty versionTextProperty() { return versionText.getReadOnlyProperty(); }

    public FrameworkVersion version() { return version; }

    public Optional<ScoreRow> row(String code) { return rows.stream().filter(r -> r.code().equals(code)).findFirst(); }

    // ---- actions

    /** Reads the frameworks (installing the templates on a new database) and the sheet of the chosen period. */
    public void load() {
        frameworkRepo.installTemplatesIfMissing();
        Framework keep = framework.get();
        loading = true;
        try {
            frameworks.setAll(frameworkRepo.findAll());
            Framework pick = keep == null ? null
                    : frameworks.stream().filter(f -> f.code().equals(keep.code())).findFirst().orElse(null);
            if (pick == null && !frameworks.isEmpty()) {
                pick = frameworks.get(0);
                choosePeriodFor(pick);
            }
            framework.set(pick);
        } finally {
            loading = false;
        }
        reload();
    }

    public void selectFramework(String code) {
        frameworks.stream().filter(f -> f.code().equals(code)).findFirst().ifPresent(framework::set);
    }

    /** Sets the period from its text (2024, 2024-Q3, 2024-09). */
    public void selectPeriod(String text) {
        String p = PeriodText.normalise(text);
        loading = true;
        try {
            year.set(PeriodText.yearOf(p));
            if (p.length() == 4) periodKind.set(PeriodKind.YEAR);
            else if (p.contains("Q")) { periodKind.set(PeriodKind.QUARTER); part.set(p.charAt(6) - '0'); }
            else { periodKind.set(PeriodKind.MONTH); part.set(Integer.parseInt(p.substring(5))); }
        } finally {
            loading = false;
        }
        reload();
    }

    /**
     * Saves the rows changed since the sheet was read, in one transaction, each on the version it was read at;
     * false (nothing written) while a cell is invalid, or when another desk saved one of those components since:
     * then {@link #conflict()} lists both sides and {@link #keepMine} / {@link #keepTheirs} settle it.
     */
    public boolean save() {
        if (!valid.get() || framework.get() == null) return false;
        List<Score> changed = new ArrayList<>();
        for (ScoreRow r : rows) if (!texts(r).equals(loadedTexts.get(r.code()))) changed.add(toScore(r));
        conflict.clear();
        try {
            scoreRepo.saveSheet(framework.get().code(), period(), changed, baseVersions);
        } catch (ScoreValidationException e) {
            errors.setAll(e.issues().stream().map(i -> describe(i)).toList());
            valid.set(false);
            return false;
        } catch (ConflictException e) {
            theirs = (ScoreRepository.SheetConflict) e.theirs().value();
            conflict.setAll(conflictFields(theirs));
            return false;
        }
        dirty.set(false);
        reload();
        return true;
    }

    // ---- another desk saved the same components (a refused save)

    /** What another desk saved beside what was typed, for the components both changed (empty: no conflict). */
    public ObservableList<ConflictPanel.Field> conflict() { return conflict; }

    /** Saves what was typed over what the other desk saved. */
    public boolean keepMine() {
        baseVersions.putAll(theirs.versions());
        return save();
    }

    /** Puts the other desk's values into those components; the sheet's other edits stay, unsaved. */
    public void keepTheirs() {
        loading = true;
        try {
            for (var e : theirs.theirs().entrySet()) {
                ScoreRow r = row(e.getKey()).orElse(null);
                if (r == null) continue;
                show(r, e.getValue());
                loadedTexts.put(r.code(), texts(r));
                baseVersions.put(r.code(), theirs.versions().get(e.getKey()));
            }
        } finally {
            loading = false;
        }
        conflict.clear();
        edited();
    }

    private List<ConflictPanel.Field> conflictFields(ScoreRepository.SheetConflict c) {
        List<ConflictPanel.Field> out = new ArrayList<>();
        for (var e : c.theirs().entrySet()) {
            ScoreRow r = row(e.getKey()).orElse(null);
            if (r == null) continue;
            List<String> mine = texts(r);
            ScoreRow other = new ScoreRow(r.code(), null, r.name(), 0, r.max(), null);
            show(other, e.getValue());
            List<String> yours = texts(other);
            for (int i = 0; i < mine.size(); i++) {
                if (mine.get(i).equals(yours.get(i))) continue;
                String column = i < r.fields().size() ? I18n.t("scores.col." + r.fields().get(i).column())
                        : I18n.t("scores.col.direction");
                out.add(new ConflictPanel.Field(r.code() + "-" + i, r.name() + " — " + column,
                        ConflictPanel.text(mine.get(i)), ConflictPanel.text(yours.get(i))));
            }
        }
        return out;
    }

    private final ObservableList<ConflictPanel.Field> conflict = FXCollections.observableArrayList();
    private ScoreRepository.SheetConflict theirs;
    /** The stored version of each component as read (absent: no row then), named again by the save. */
    private Map<String, Long> baseVersions = new HashMap<>();
    /** Each row's cells as read, to save only what changed. */
    private final Map<String, List<String>> loadedTexts = new HashMap<>();

    /** A row's cells as text, then its direction. */
    private static List<String> texts(ScoreRow r) {
        List<String> out = new ArrayList<>();
        for (ScoreField field : r.fields()) out.add(field.text().trim());
        out.add(directionText(r.directionProperty().get()));
        return out;
    }

    /** Puts a stored score (null: none) into a row's cells. */
    private static void show(ScoreRow r, Score s) {
        r.official.setText(s == null ? "" : num(s.official()));
        r.self.setText(s == null ? "" : num(s.self()));
        r.target.setText(s == null ? "" : num(s.target()));
        r.rank.setText(s == null || s.rank() == null ? "" : String.valueOf(s.rank()));
        r.ofUnits.setText(s == null || s.ofUnits() == null ? "" : String.valueOf(s.ofUnits()));
        if (s != null) r.directionProperty().set(s.direction());
        r.note = s == null ? null : s.note();
    }

    // ---- internals

    private void choosePeriodFor(Framework f) {
        List<String> periods = scoreRepo.periods(f.code());
        String latestWithValues = periods.stream().filter(p -> scoreRepo.find(f.code(), p).stream()
                .anyMatch(s -> s.official() != null || s.self() != null || s.rank() != null)).findFirst()
                .orElse(periods.isEmpty() ? null : periods.get(0));
        if (latestWithValues == null) return;
        boolean was = loading;
        loading = true;
        try {
            selectPeriod(latestWithValues);
        } finally {
            loading = was;
        }
    }

    private void clampPart() {
        int max = periodKind.get() == PeriodKind.MONTH ? 12 : 4;
        if (part.get() < 1 || part.get() > max) part.set(1);
    }

    private String computePeriod() {
        return switch (periodKind.get()) {
            case YEAR -> PeriodText.year(year.get());
            case QUARTER -> PeriodText.quarter(year.get(), Math.max(1, Math.min(4, part.get())));
            case MONTH -> PeriodText.month(year.get(), Math.max(1, Math.min(12, part.get())));
        };
    }

    private void reload() {
        if (loading) return;
        period.set(computePeriod());
        Framework f = framework.get();
        rows.clear();
        if (f == null) {
            version = null;
            revalidate();
            return;
        }
        version = scoreRepo.versionFor(f.code(), period());
        baseVersions = new HashMap<>(scoreRepo.versions(f.code(), period())); // read before the scores
        conflict.clear();
        versionText.set(I18n.t("scores.version", version.number(), f.currentVersion()));
        Map<String, Score> byCode = new HashMap<>();
        for (Score s : scoreRepo.find(f.code(), period())) byCode.put(s.component(), s);
        boolean en = I18n.english();
        List<ScoreRow> out = new ArrayList<>();
        out.add(new ScoreRow(Component.TOTAL, null, I18n.t("scores.total"), 0,
                version.totalMax(f.unit(), f.aggregation()), null));
        for (Component c : version.depthFirst()) {
            out.add(new ScoreRow(c.code(), c.parentCode() == null ? Component.TOTAL : c.parentCode(), c.name(en),
                    version.depth(c.code()) + 1, c.max(), c));
        }
        loading = true;
        try {
            loadedTexts.clear();
            for (ScoreRow r : out) {
                Score s = byCode.get(r.code());
                if (s != null) show(r, s);
                loadedTexts.put(r.code(), texts(r));
                for (ScoreField field : r.fields()) field.textProperty().addListener((o, a, b) -> edited());
                r.directionProperty().addListener((o, a, b) -> edited());
            }
        } finally {
            loading = false;
        }
        rows.setAll(out);
        savedValues = values();
        dirty.set(false);
        revalidate();
    }

    /** The sheet as loaded: typing a value back to it clears "unsaved". */
    private List<String> savedValues = List.of();

    private List<String> values() {
        List<String> out = new ArrayList<>();
        for (ScoreRow r : rows) {
            for (ScoreField field : r.fields()) out.add(field.text().trim());
            out.add(String.valueOf(r.directionProperty().get()));
        }
        return out;
    }

    private void edited() {
        if (loading) return;
        dirty.set(!values().equals(savedValues));
        revalidate();
    }

    /** Checks every cell, recomputes gaps and the total-vs-components warnings. */
    void revalidate() {
        Framework f = framework.get();
        List<String> errs = new ArrayList<>();
        List<Score> parsed = new ArrayList<>();
        for (ScoreRow r : rows) {
            for (ScoreField field : r.fields()) field.setError(null);
            Double official = decimal(r.official);
            Double self = decimal(r.self);
            Double target = decimal(r.target);
            Integer rank = whole(r.rank);
            Integer of = whole(r.ofUnits);
            ScoreUnit unit = f == null ? ScoreUnit.POINTS : f.unit();
            check(r.official, ScoreCheck.value(r.code(), official, r.max(), unit));
            check(r.self, ScoreCheck.value(r.code(), self, r.max(), unit));
            check(r.target, ScoreCheck.value(r.code(), target, r.max(), unit));
            ScoreCheck.rank(r.code(), rank, of).ifPresent(i ->
                    check(i.kind() == ScoreIssue.Kind.UNITS_BELOW_ONE ? r.ofUnits : r.rank, Optional.of(i)));
            for (ScoreField field : r.fields()) {
                if (field.error() != null) errs.add(r.name() + " — " + I18n.t("scores.col." + field.column()) + ": " + field.error());
            }
            Double value = official != null ? official : self;
            r.setGap(value == null || target == null ? "" : signed(r.directionProperty().get().gap(value, target)));
            parsed.add(new Score(f == null ? "-" : f.code(), period() == null ? "-" : period(), r.code(),
                    r.official.error() == null ? official : null, r.self.error() == null ? self : null, target,
                    r.directionProperty().get(), null, null, null));
        }
        errors.setAll(errs);
        valid.set(errs.isEmpty());
        List<String> w = new ArrayList<>();
        if (f != null && version != null) {
            for (SumWarning sw : ScoreCheck.sums(parsed, version, f.aggregation())) w.add(describe(sw));
        }
        warnings.setAll(w);
    }

    private void check(ScoreField field, Optional<ScoreIssue> issue) {
        if (field.error() != null) return;
        issue.ifPresent(i -> field.setError(message(i)));
    }

    private Double decimal(ScoreField field) {
        if (field.blank()) return null;
        try {
            return Values.decimal(field.text().replace("%", ""));
        } catch (IllegalArgumentException e) {
            field.setError(I18n.t(ScoreIssue.Kind.NOT_A_NUMBER.key()));
            return null;
        }
    }

    private Integer whole(ScoreField field) {
        if (field.blank()) return null;
        String t = field.text().trim();
        if (!t.matches("-?\\d{1,6}")) {
            field.setError(I18n.t(ScoreIssue.Kind.NOT_A_WHOLE_NUMBER.key()));
            return null;
        }
        return Integer.valueOf(t);
    }

    private Score toScore(ScoreRow r) {
        return new Score(framework.get().code(), period(), r.code(), decimal(r.official), decimal(r.self), decimal(r.target),
                r.directionProperty().get(), whole(r.rank), whole(r.ofUnits), r.note);
    }

    static String message(ScoreIssue i) {
        return I18n.t(i.kind().key(), i.limit() == null ? "" : Fmt.number(i.limit(), 3));
    }

    private String describe(ScoreIssue i) {
        String name = row(i.component()).map(ScoreRow::name).orElse(i.component());
        return name + ": " + message(i);
    }

    private String describe(SumWarning w) {
        String name = row(w.parent()).map(ScoreRow::name).orElse(w.parent());
        String which = I18n.t(w.official() ? "scores.col.official" : "scores.col.self");
        String key = w.complete() ? (framework.get().aggregation() == vn.reformdesk.domain.index.Aggregation.AVERAGE
                ? "scores.warning.average" : "scores.warning.sum") : "scores.warning.partial";
        return I18n.t(key, name, which, Fmt.number(w.entered(), 3), Fmt.number(w.computed(), 3),
                Fmt.number(Math.abs(w.difference()), 3));
    }

    static String num(Double v) { return v == null ? "" : Fmt.number(v, 3).replace(".", ""); }

    static String signed(double v) {
        double r = ScoreCheck.round(v);
        String s = Fmt.number(Math.abs(r), 2);
        return r > 0.0005 ? "+" + s : r < -0.0005 ? "−" + s : "0";
    }

    /** For tests and the view: the direction shown for a row. */
    public static String directionText(Direction d) { return I18n.t("scores.direction." + d.code()); }
}
