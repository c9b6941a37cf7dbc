package vn.reformdesk.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.reformdesk.ui.common.I18n;

/**
 * The user guide (docs/huong-dan-su-dung.md, copied into the jar with its screenshots by the build) in a window of
 * its own under F1 / Trợ giúp. One window: F1 again brings it to the front.
 */
public final class HelpWindow {
    static final String GUIDE = "/help/huong-dan-su-dung.md";
    private static Stage open;

    private HelpWindow() {}

    /** Help → User guide (F1). */
    public static MenuItem menuItem(Stage owner) {
        MenuItem item = new MenuItem(I18n.t("help.guide"));
        item.setId("menu-help-guide");
        item.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        item.setOnAction(e -> show(owner));
        return item;
    }

    /** Opens the guide, or brings the open one to the front. */
    public static Stage show(Stage owner) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return open;
        }
        VBox content = GuideView.render(guide(), HelpWindow::image);
        content.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("help-guide");
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.setTitle(I18n.t("help.title"));
        Scene scene = new Scene(scroll, 860, 700);
        var css = HelpWindow.class.getResource("/css/app.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        stage.setScene(scene);
        if (owner != null && owner.getScene() != null) stage.initOwner(owner);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.show();
        open = stage;
        return stage;
    }

    static String guide() {
        try (InputStream in = HelpWindow.class.getResourceAsStream(GUIDE)) {
            if (in == null) return "# " + I18n.t("help.title") + "\n\n" + I18n.t("help.missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "# " + I18n.t("help.title") + "\n\n" + I18n.t("help.missing");
        }
    }

    private static Image image(String file) {
        var url = HelpWindow.class.getResource("/help/screenshots/" + file);
        return url == null ? null : new Image(url.toExternalForm());
    }
}
