package vn.reformdesk.ui.scores;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.ScoreUnit;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The framework editor (no controls): the components of the current version as editable text rows; add a component or a
 * criterion under one, change a maximum or threshold, remove one; save creates a new version when the current one has
 * scores, so scored periods keep theirs. Also creates a new user framework.
 */
public final class FrameworkEditorModel {
    /** One editable component. Threshold is typed in % (80 = full marks at 80 %). */
    public static final class EditRow {
        public final StringProperty code = new SimpleStringProperty("");
        public final StringProperty parent = new SimpleStringProperty("");
        public final StringProperty nameVi = new SimpleStringProperty("");
        public final StringProperty nameEn = new SimpleStringProperty("");
        public final StringProperty max = new SimpleStringProperty("");
        public final StringProperty threshold = new SimpleStringProperty("");
        public final StringProperty rateKey = new SimpleStringProperty("");

        static EditRow of(Component c) {
            EditRow r = new EditRow();
            r.code.set(c.code());
            r.parent.set(c.parentCode() == null ? "" : c.parentCode());
            r.nameVi.set(c.nameVi());
            r.nameEn.set(c.nameEn());
            r.max.set(ScoresViewModel.num(c.max()));
            r.threshold.set(c.threshold() == null ? "" : ScoresViewModel.num(c.threshold() * 100));
            r.rateKey.set(c.rateKey() == null ? "" : c.rateKey());
            return r;
        }
    }

    private final FrameworkRepository repo;
    private final ObservableList<EditRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);
    private final ReadOnlyStringWrapper versionNote = new ReadOnlyStringWrapper(this, "versionNote", "");
    private String frameworkCode;
    private int added;

    public FrameworkEditorModel(FrameworkRepository repo) { this.repo = repo; }

    public ObservableList<EditRow> rows() { return rows; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Says whether saving will create a new version (the current one has scores). */
    public ReadOnlyStringProperty versionNoteProperty() { return versionNote.getReadOnlyProperty(); }

    public String frameworkCode() { return frameworkCode; }

    public void load(String code) {
        frameworkCode = code;
        FrameworkVersion v = repo.currentVersion(code);
        List<EditRow> out = new ArrayList<>();
        for (Component c : v.depthFirst()) out.add(EditRow.of(c));
        rows.setAll(out);
        boolean scored = repo.currentVersionHasScores(code);
        versionNote.set(I18n.t(scored ? "scores.editor.willVersion" : "scores.editor.inPlace", v.number(), v.number() + 1));
        message.set("");
        error.set(false);
    }

    /** Adds a component under {@code parentCode} (empty = a top-level field), right after its last descendant. */
    public EditRow add(String parentCode) {
        EditRow r = new EditRow();
        String base = parentCode == null || parentCode.isBlank() ? "field" : parentCode;
        String code;
        do {
            code = base + "_new" + (++added);
        } while (find(code) != null);
        r.code.set(code);
        r.parent.set(parentCode == null ? "" : parentCode);
        r.nameVi.set(I18n.t("scores.editor.newVi"));
        r.nameEn.set("New criterion");
        r.max.set("0");
        int at = rows.size();
        if (parentCode != null && !parentCode.isBlank()) {
            for (int i = 0; i < rows.size(); i++) {
                if (isUnder(rows.get(i), parentCode)) at = i + 1;
            }
        }
        rows.add(at, r);
        return r;
    }

    public void remove(EditRow r) {
        String code = r.code.get();
        List<EditRow> gone = rows.stream().filter(x -> x == r || isUnder(x, code)).toList();
        rows.removeAll(gone);
    }

    private boolean isUnder(EditRow r, String ancestor) {
        String c = r.code.get();
        int guard = 0;
        while (c != null && !c.isBlank() && guard++ < 50) {
            if (c.equals(ancestor)) return true;
            EditRow x = find(c);
            c = x == null ? null : x.parent.get();
        }
        return false;
    }

    public EditRow find(String code) {
        return rows.stream().filter(r -> r.code.get().equals(code)).findFirst().orElse(null);
    }

    /** Parses every row; null with the reason in {@link #messageProperty()} when one is wrong. */
    public List<Component> components() {
        List<Component> out = new ArrayList<>();
        int order = 0;
        for (EditRow r : rows) {
            try {
                double max = Values.decimal(r.max.get());
                Double t = r.threshold.get() == null || r.threshold.get().isBlank() ? null
                        : Values.decimal(r.threshold.get().replace("%", "")) / 100.0;
                out.add(new Component(r.code.get(), r.parent.get(), r.nameVi.get(), r.nameEn.get(), max, t, order += 10,
                        r.rateKey.get()));
            } catch (IllegalArgumentException e) {
                fail(I18n.t("scores.editor.rowError", r.code.get(), e.getMessage()));
                return null;
            }
        }
        try {
            FrameworkVersion.checkTree(out);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return null;
        }
        return out;
    }

    /** Saves; true when saved (the message says whether a new version was created). */
    public boolean save() {
        List<Component> components = components();
        if (components == null) return false;
        FrameworkRepository.EditResult r = repo.saveComponents(frameworkCode, components, null);
        String text = I18n.t(r.newVersion() ? "scores.editor.savedNewVersion" : "scores.editor.saved", r.version());
        List<String> sums = childSumNotes(components);
        load(frameworkCode);
        message.set(sums.isEmpty() ? text : text + " " + String.join(" ", sums));
        error.set(false);
        return true;
    }

    /** Parents whose criteria do not add up to their maximum (a hint, not a refusal: some methods allow it). */
    static List<String> childSumNotes(List<Component> components) {
        FrameworkVersion v = new FrameworkVersion(0, 0, 0, components);
        List<String> out = new ArrayList<>();
        for (Component c : components) {
            List<Component> kids = v.children(c.code());
            if (kids.isEmpty()) continue;
            double sum = kids.stream().mapToDouble(Component::max).sum();
            if (Math.abs(sum - c.max()) > 0.005) {
                out.add(I18n.t("scores.editor.childSum", c.code(), Fmt.number(sum, 3), Fmt.number(c.max(), 3)));
            }
        }
        return out;
    }

    /** Creates an empty user framework; returns its code, or null with the reason in the message. */
    public String create(String code, String nameVi, String nameEn, ScoreUnit unit) {
        try {
            String c = code == null ? "" : code.trim().toLowerCase();
            Framework f = new Framework(0, c, nameVi, nameEn, unit, null, 1, null);
            repo.create(f, List.of());
            load(c);
            message.set(I18n.t("scores.editor.created", c));
            return c;
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return null;
        }
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }
}
