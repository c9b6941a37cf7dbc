package vn.reformdesk.ui.shell;

import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;

/**
 * What a screen gets from the main window: the application context, the stage (owner of dialogs), a way to
 * tell every screen that data changed, and a way to open another screen (e.g. a counter opening the list).
 */
public interface ShellContext {
    AppContext app();

    Stage stage();

    /** Data changed (an import, an edit): every screen reloads when next shown, the status line now. */
    void dataChanged();

    /** Switches to the screen with this id; returns its view. */
    vn.reformdesk.ui.common.View show(String screenId);

    /**
     * Narrows every screen to one unit (as the shell's unit choice does) and opens its dashboard; returns the view
     * shown (the current one when the officer stayed to keep unsaved work).
     */
    default vn.reformdesk.ui.common.View openUnit(String unitCode) {
        app().setUnitScope(vn.reformdesk.domain.unit.UnitScope.of(unitCode));
        dataChanged();
        return show("dashboard");
    }

    /** Sets the one-line message at the bottom of the window. */
    void status(String message);
}
