package vn.reformdesk.ui.shell;

import java.util.function.Function;

import vn.reformdesk.ui.common.View;

/**
 * An entry of the navigation bar: its text key, its keyboard shortcut (Ctrl+digit) and how to build it.
 */
public record Screen(String id, String titleKey, Function<ShellContext, View> factory) {
}
