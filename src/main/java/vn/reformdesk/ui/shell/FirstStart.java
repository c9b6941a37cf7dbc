package vn.reformdesk.ui.shell;

import javafx.stage.Stage;
import vn.reformdesk.service.AppContext;

/** On a new, empty database: offers to load the sample department or to start empty. */
public final class FirstStart {
    private FirstStart() {}

    public static void offer(AppContext app, Stage owner) {
        // filled in with the sample department
    }
}
