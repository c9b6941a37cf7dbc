package vn.reformdesk.ui.common;

import javafx.scene.control.TableCell;
import vn.reformdesk.domain.dossier.DossierStatus;

/** A dossier status as its word in its colour (app.css {@code status-CODE}): never the colour alone. */
public final class StatusCell<S> extends TableCell<S, DossierStatus> {
    @Override
    protected void updateItem(DossierStatus item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeIf(s -> s.startsWith("status-"));
        if (empty || item == null) {
            setText(null);
        } else {
            setText(I18n.t("status." + item.code()));
            getStyleClass().add("status-" + item.code());
        }
    }
}
