package vn.reformdesk.ui.imports;

import java.util.List;

import javafx.scene.control.MenuItem;
import vn.reformdesk.ui.shell.ShellContext;

/** The File → Import menu items. */
public final class ImportActions {
    private ImportActions() {}

    public static List<MenuItem> menuItems(ShellContext shell) {
        return List.of();
    }
}
