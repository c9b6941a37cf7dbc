package vn.reformdesk.ui.presentation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.service.UserPreferences;

/** The presentation setup dialog without controls: which slides, in which order, and the rotation interval. */
public final class SetupModel {
    private final ObservableList<SlideType> order = FXCollections.observableArrayList();
    private final Set<SlideType> chosen = EnumSet.noneOf(SlideType.class);
    private int rotateSeconds;

    public SetupModel(List<SlideType> order, List<SlideType> chosen, int rotateSeconds) {
        this.order.setAll(order);
        this.chosen.addAll(chosen);
        this.rotateSeconds = rotateSeconds;
    }

    public static SetupModel load(UserPreferences prefs) {
        return new SetupModel(DeckModel.order(prefs), DeckModel.chosen(prefs), DeckModel.rotateSeconds(prefs));
    }

    public void save(UserPreferences prefs) { DeckModel.save(prefs, List.copyOf(order), chosen(), rotateSeconds); }

    public ObservableList<SlideType> order() { return order; }

    public boolean isChosen(SlideType t) { return chosen.contains(t); }

    public void setChosen(SlideType t, boolean on) {
        if (on) chosen.add(t);
        else chosen.remove(t);
    }

    /** The chosen slides in the order shown. */
    public List<SlideType> chosen() { return order.stream().filter(chosen::contains).toList(); }

    /** Moves the slide at {@code i} one place up; returns its new index. */
    public int moveUp(int i) {
        if (i <= 0 || i >= order.size()) return i;
        SlideType t = order.remove(i);
        order.add(i - 1, t);
        return i - 1;
    }

    public int moveDown(int i) {
        if (i < 0 || i >= order.size() - 1) return i;
        SlideType t = order.remove(i);
        order.add(i + 1, t);
        return i + 1;
    }

    public int rotateSeconds() { return rotateSeconds; }

    public void setRotateSeconds(int s) { rotateSeconds = Math.max(0, s); }
}
