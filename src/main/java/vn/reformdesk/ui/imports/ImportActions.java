package vn.reformdesk.ui.imports;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.MenuItem;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.shell.ShellContext;

/** The File → Import menu items, and {@link #open} for screens that offer an import button. */
public final class ImportActions {
    private ImportActions() {}

    /** One item per import kind ("imports.menu.KIND"); a kind without a menu text is still in the dialog's list. */
    public static List<MenuItem> menuItems(ShellContext shell) {
        List<MenuItem> items = new ArrayList<>();
        for (ImportKind kind : ImportKind.values()) {
            String key = "imports.menu." + kind.code();
            String text = I18n.t(key);
            if (text.equals(key)) continue;
            MenuItem item = new MenuItem(text);
            item.setId("menu-import-" + kind.code());
            item.setOnAction(e -> open(shell, kind));
            items.add(item);
        }
        return items;
    }

    /** Opens the import dialog with {@code kind} chosen; the shell's dataChanged() runs after a successful import. */
    public static ImportDialog open(ShellContext shell, ImportKind kind) {
        ImportDialog dialog = new ImportDialog(shell, kind);
        dialog.show();
        return dialog;
    }
}
