package vn.reformdesk.ui.presentation;

import java.util.List;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.reformdesk.ui.common.I18n;

/**
 * Presentation mode: a full-screen, read-only window showing one slide at a time. Right / Page Down / Space /
 * Down / a click go forward (a presenter clicker sends Page Up / Page Down), Left / Page Up / Backspace / Up go back,
 * Home / End jump, Esc leaves. An optional automatic rotation moves on every N seconds.
 */
public final class PresentationWindow {
    private final Stage stage = new Stage();
    private final StackPane holder = new StackPane();
    private final DeckModel model;
    private final DeckData data;
    private Timeline rotation;

    public PresentationWindow(Window owner, DeckData data, List<SlideType> slides, int rotateSeconds) {
        this.data = data;
        this.model = new DeckModel(data.shown(slides).isEmpty() ? slides : data.shown(slides));
        if (owner != null) stage.initOwner(owner);
        holder.getStyleClass().add("presentation-root");
        holder.getStylesheets().add(PresentationWindow.class.getResource(Slides.CSS).toExternalForm());
        Rectangle2D b = owner != null ? screenOf(owner).getBounds() : Screen.getPrimary().getBounds();
        Scene scene = new Scene(holder, b.getWidth(), b.getHeight());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        holder.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) next();
            else if (e.getButton() == MouseButton.SECONDARY) model.previous();
        });
        stage.setScene(scene);
        stage.setTitle(I18n.t("presentation.windowTitle"));
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it leaves presentation mode
        stage.setFullScreenExitHint(I18n.t("presentation.exitHint"));
        model.indexProperty().addListener((o, a, i) -> show());
        holder.widthProperty().addListener((o, a, w) -> show());
        holder.heightProperty().addListener((o, a, h) -> show());
        if (rotateSeconds > 0) {
            rotation = new Timeline(new KeyFrame(Duration.seconds(rotateSeconds), e -> model.rotate()));
            rotation.setCycleCount(Timeline.INDEFINITE);
        }
        stage.setOnHidden(e -> {
            if (rotation != null) rotation.stop();
        });
    }

    private static Screen screenOf(Window w) {
        List<Screen> s = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()));
        return s.isEmpty() ? Screen.getPrimary() : s.get(0);
    }

    public void show() {
        double w = holder.getWidth() > 0 ? holder.getWidth() : stage.getScene().getWidth();
        double h = holder.getHeight() > 0 ? holder.getHeight() : stage.getScene().getHeight();
        Region slide = Slides.build(model.current(), data, model.index() + 1, model.size(), w, h);
        slide.setId("slide");
        holder.getChildren().setAll(slide);
    }

    public void open() {
        show();
        stage.setFullScreen(true);
        stage.show();
        if (rotation != null) rotation.play();
    }

    private void next() {
        model.next();
        if (rotation != null) rotation.playFromStart(); // the presenter took over: the next turn waits a full interval
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN, ENTER -> next();
            case LEFT, PAGE_UP, BACK_SPACE, UP -> {
                model.previous();
                if (rotation != null) rotation.playFromStart();
            }
            case HOME -> model.first();
            case END -> model.last();
            case ESCAPE -> stage.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    public DeckModel model() { return model; }

    public Stage stage() { return stage; }
}
