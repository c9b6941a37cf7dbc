package vn.reformdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What another desk saved beside what was typed here, field by field, after a save refused for an old version
 * (a {@code vn.reformdesk.store.ConflictException}), with <i>Keep what I typed</i> and <i>Keep the other desk's</i>.
 * One panel for every form that saves a versioned record (dossiers, procedures, scores, targets); hidden until
 * {@link #show}. Ids: {@code PREFIX-conflict}, {@code PREFIX-conflict-fields}, {@code conflict-yours-KEY},
 * {@code conflict-theirs-KEY}, {@code PREFIX-keep-mine}, {@code PREFIX-keep-theirs}.
 */
public final class ConflictPanel extends VBox {
    /** One differing field: its label and both sides as text ("—" for empty). */
    public record Field(String key, String label, String mine, String theirs) {}

    /** How a field of a record reads, for {@link #differing}. */
    public record Spec<T>(String key, String labelKey, Function<T, Object> value) {}

    private final String prefix;

    public ConflictPanel(String prefix) {
        super(6);
        this.prefix = prefix;
        setId(prefix + "-conflict");
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** The fields in which {@code mine} and {@code theirs} read differently. */
    public static <T> List<Field> differing(List<Spec<T>> specs, T mine, T theirs) {
        List<Field> out = new ArrayList<>();
        for (Spec<T> s : specs) {
            String a = text(s.value().apply(mine));
            String b = text(s.value().apply(theirs));
            if (!Objects.equals(a, b)) out.add(new Field(s.key(), I18n.t(s.labelKey()), a, b));
        }
        return out;
    }

    public static String text(Object v) { return v == null || v.toString().isEmpty() ? "—" : v.toString(); }

    public static String yesNo(Boolean b) { return b == null ? null : I18n.t(b ? "common.yes" : "common.no"); }

    /** Shows the fields with the two choices; each choice hides the panel before it runs. */
    public void show(List<Field> fields, Runnable keepMine, Runnable keepTheirs) {
        GridPane diff = new GridPane();
        diff.setId(prefix + "-conflict-fields");
        diff.setHgap(12);
        diff.setVgap(3);
        diff.addRow(0, bold(I18n.t("conflict.field")), bold(I18n.t("conflict.yours")), bold(I18n.t("conflict.theirs")));
        int row = 1;
        for (Field f : fields) {
            Label yours = value(f.mine());
            yours.setId("conflict-yours-" + f.key());
            Label other = value(f.theirs());
            other.setId("conflict-theirs-" + f.key());
            diff.addRow(row++, new Label(f.label()), yours, other);
        }
        Button mine = new Button(I18n.t("conflict.keepMine"));
        mine.setId(prefix + "-keep-mine");
        mine.setOnAction(e -> {
            hide();
            keepMine.run();
        });
        Button theirs = new Button(I18n.t("conflict.keepTheirs"));
        theirs.setId(prefix + "-keep-theirs");
        theirs.setOnAction(e -> {
            hide();
            keepTheirs.run();
        });
        getChildren().setAll(diff, new HBox(8, mine, theirs));
        setVisible(true);
    }

    public void hide() {
        getChildren().clear();
        setVisible(false);
    }

    /** A value in the panel: long ones (a procedure's name) wrap instead of widening the dialog off screen. */
    private static Label value(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-max-width: 22em;");
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }
}
