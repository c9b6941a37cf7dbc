package vn.reformdesk.ui.procedures;

import java.util.Arrays;
import java.util.function.Function;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;
import vn.reformdesk.ui.common.I18n;

/** Small wiring helpers shared by the register screens (procedures, dossiers) and their forms. */
public final class Forms {
    private Forms() {}

    /** A label under a field that shows the field's error text (red), and takes no room when there is none. */
    public static Label errorLabel(String id, StringProperty error) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line of the message, not "…"
        l.textProperty().bind(error);
        l.managedProperty().bind(error.isNotEmpty());
        l.visibleProperty().bind(error.isNotEmpty());
        return l;
    }

    /** Marks a field red while its error text is not empty (the reason is shown next to it too). */
    public static void markOnError(Node field, StringProperty error) {
        error.addListener((o, a, b) -> {
            field.getStyleClass().remove("field-error");
            if (b != null && !b.isEmpty()) field.getStyleClass().add("field-error");
        });
    }

    public static TextField text(String id, StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    /** A combo box of enum values shown with their translated words ({@code prefix + code}); null = "all". */
    @SafeVarargs
    public static <E extends Enum<E>> ComboBox<E> enumCombo(String id, String prefix, String nullText, E... values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        if (nullText != null) {
            box.getItems().add(null);
            box.setPromptText(nullText);
        }
        box.getItems().addAll(FXCollections.observableArrayList(Arrays.asList(values)));
        box.setConverter(converter(e -> e == null ? nullText : I18n.t(prefix + e.name().toLowerCase(java.util.Locale.ROOT))));
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? nullText : box.getConverter().toString(item));
            }
        });
        return box;
    }

    public static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) { return show.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        };
    }

    /**
     * Installs a window-wide shortcut that works only while {@code root} is the screen on display. Several screens
     * may claim the same keys (Ctrl+N): each shortcut hands over to the one installed before it when its screen is
     * not shown.
     */
    public static void shortcut(Node root, KeyCombination keys, Runnable action) {
        root.sceneProperty().addListener((o, old, scene) -> install(scene, root, keys, action));
        if (root.getScene() != null) install(root.getScene(), root, keys, action);
    }

    private static void install(Scene scene, Node root, KeyCombination keys, Runnable action) {
        if (scene == null || Boolean.TRUE.equals(root.getProperties().get("shortcut:" + keys + scene.hashCode()))) return;
        root.getProperties().put("shortcut:" + keys + scene.hashCode(), Boolean.TRUE);
        Runnable previous = scene.getAccelerators().get(keys);
        scene.getAccelerators().put(keys, () -> {
            if (root.getScene() == scene && root.getParent() != null && root.isVisible()) {
                action.run();
            } else if (previous != null) {
                previous.run();
            }
        });
    }
}
