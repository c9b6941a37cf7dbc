package vn.reformdesk.ui.presentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import vn.reformdesk.service.UserPreferences;

/**
 * The slides of a deck and where the presenter is, without controls: next / previous stop at the ends, the
 * automatic rotation wraps around. Also reads and saves the officer's choice and order of slides.
 */
public final class DeckModel {
    public static final String PREF_SLIDES = "presentation.slides";
    public static final String PREF_ORDER = "presentation.order";
    public static final String PREF_ROTATE = "presentation.rotateSeconds";

    private final List<SlideType> slides;
    private final IntegerProperty index = new SimpleIntegerProperty(0);

    public DeckModel(List<SlideType> slides) {
        if (slides.isEmpty()) throw new IllegalArgumentException("a deck needs at least one slide");
        this.slides = List.copyOf(slides);
    }

    public List<SlideType> slides() { return slides; }

    public IntegerProperty indexProperty() { return index; }

    public int index() { return index.get(); }

    public SlideType current() { return slides.get(index.get()); }

    public int size() { return slides.size(); }

    /** "3/9". */
    public String label() { return (index.get() + 1) + "/" + slides.size(); }

    public boolean next() {
        if (index.get() >= slides.size() - 1) return false;
        index.set(index.get() + 1);
        return true;
    }

    public boolean previous() {
        if (index.get() == 0) return false;
        index.set(index.get() - 1);
        return true;
    }

    public void first() { index.set(0); }

    public void last() { index.set(slides.size() - 1); }

    /** The automatic rotation: the next slide, back to the first after the last. */
    public void rotate() { index.set((index.get() + 1) % slides.size()); }

    // ---- saved choice

    /** The slides chosen, in the chosen order (every type when nothing is saved). */
    public static List<SlideType> chosen(UserPreferences prefs) {
        String saved = prefs.get(PREF_SLIDES, null);
        if (saved == null) return List.of(SlideType.values());
        List<SlideType> out = SlideType.parseList(saved);
        return out.isEmpty() ? List.of(SlideType.values()) : out;
    }

    /** Every type in the officer's order (chosen ones first as ordered, then the rest as last arranged). */
    public static List<SlideType> order(UserPreferences prefs) {
        List<SlideType> out = new ArrayList<>(SlideType.parseList(prefs.get(PREF_ORDER, "")));
        for (SlideType t : chosen(prefs)) if (!out.contains(t)) out.add(t);
        for (SlideType t : Arrays.asList(SlideType.values())) if (!out.contains(t)) out.add(t);
        return out;
    }

    public static void save(UserPreferences prefs, List<SlideType> order, List<SlideType> chosen, int rotateSeconds) {
        prefs.set(PREF_ORDER, SlideType.format(order));
        prefs.set(PREF_SLIDES, SlideType.format(chosen));
        prefs.set(PREF_ROTATE, Integer.toString(Math.max(0, rotateSeconds)));
    }

    /** Seconds between slides in the automatic rotation; 0 = off. */
    public static int rotateSeconds(UserPreferences prefs) {
        try {
            return Math.max(0, Integer.parseInt(prefs.get(PREF_ROTATE, "0").trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
