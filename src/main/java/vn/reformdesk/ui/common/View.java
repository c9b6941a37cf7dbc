package vn.reformdesk.ui.common;

import javafx.scene.Node;

/** One screen of the main window. */
public interface View {
    Node root();

    /** Reloads what the screen shows (called when it is shown and after data changes elsewhere). */
    default void refresh() {}

    /** Whether the window may show another screen now; a screen with unsaved work asks the officer first. */
    default boolean canLeave() { return true; }
}
