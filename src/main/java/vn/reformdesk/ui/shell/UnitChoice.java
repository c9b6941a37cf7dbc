package vn.reformdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.ui.common.I18n;

/**
 * The shell's unit choice, above the screens' buttons: every unit the login may see, or one of them. Shown only when
 * more than one unit is visible (one PC with one unit, an officer of one unit: nothing to choose).
 */
final class UnitChoice {
    /** One entry of the list: a scope and how it reads. */
    record Item(UnitScope scope, String label) {
        @Override
        public String toString() { return label; }
    }

    private UnitChoice() {}

    /** The entries for these visible units: all of them first, then each unit ("code — name"). */
    static List<Item> items(List<Unit> visible) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(UnitScope.ALL, I18n.t("shell.unit.all", visible.size())));
        for (Unit u : visible) {
            // the placeholder code of a register whose unit code was never set says nothing to the officer
            String code = u.code().equals(vn.reformdesk.store.UnitRepository.DEFAULT_CODE) ? "" : " (" + u.code() + ")";
            items.add(new Item(UnitScope.of(u.code()), u.name() + code));
        }
        return items;
    }

    /**
     * Adds the choice once the visible units are read, in the background: on a server that is a round trip, which the
     * window's first frame does not wait for. Until then (and if they cannot be read) the screens show every unit.
     */
    static void install(MainWindow shell, VBox nav) {
        vn.reformdesk.ui.common.Tasks.run(() -> shell.app().register().units().visible(), visible -> add(shell, nav, visible),
                e -> vn.reformdesk.service.AppLog.get(UnitChoice.class).log(java.util.logging.Level.WARNING, "units not read", e));
    }

    private static void add(MainWindow shell, VBox nav, List<Unit> visible) {
        if (visible.size() <= 1) return;
        Label label = new Label(I18n.t("shell.unit"));
        ComboBox<Item> box = new ComboBox<>();
        box.setId("unit-choice");
        // A long unit name must not widen the navigation bar (at 1024 px it took the screen): the box takes the bar's
        // width, the chosen name is cut with its whole text in the tooltip, and the list shows names whole.
        box.setPrefWidth(1);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new javafx.scene.control.Tooltip());
        box.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                box.getTooltip().setText(now == null ? "" : now.toString()));
        box.getItems().setAll(items(visible));
        label.setLabelFor(box);
        for (Item i : box.getItems()) if (i.scope().equals(shell.app().unitScope())) box.getSelectionModel().select(i);
        if (box.getSelectionModel().isEmpty()) box.getSelectionModel().selectFirst();
        box.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == null || shell.changeUnitScope(now.scope())) return;
            javafx.application.Platform.runLater(() -> box.getSelectionModel().select(was)); // the officer stayed
        });
        VBox group = new VBox(2, label, box);
        group.getStyleClass().add("unit-choice");
        group.setPadding(new javafx.geometry.Insets(0, 0, 6, 0));
        nav.getChildren().add(0, group); // above the screens' buttons, which are in place by now
    }

    /** Selects a scope in the shell's unit choice (which narrows the screens); false when there is no choice shown. */
    static boolean choose(MainWindow shell, UnitScope scope) {
        if (!(shell.root().lookup("#unit-choice") instanceof ComboBox<?> box)) return false;
        for (Object o : box.getItems()) {
            if (o instanceof Item i && i.scope().equals(scope)) {
                @SuppressWarnings("unchecked")
                ComboBox<Item> items = (ComboBox<Item>) box;
                items.getSelectionModel().select(i);
                return true;
            }
        }
        return false;
    }
}
