package vn.reformdesk.ui.shell;

import java.util.function.Function;

import javafx.scene.input.KeyCombination;
import vn.reformdesk.ui.common.View;

/**
 * An entry of the navigation bar: its text key, how to build it, and its keyboard shortcut: its own
 * ({@code shortcut}, e.g. Ctrl+U), or else Ctrl+digit by its place among the screens without one of their own.
 */
public record Screen(String id, String titleKey, Function<ShellContext, View> factory, KeyCombination shortcut) {
    public Screen(String id, String titleKey, Function<ShellContext, View> factory) {
        this(id, titleKey, factory, null);
    }
}
