package vn.reformdesk.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once, on the JavaFX thread, after a scene's next layout pass: what was just set is then drawn. */
public final class AfterLayout {
    private AfterLayout() {}

    public static void run(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
