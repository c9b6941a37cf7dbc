package vn.reformdesk.ui.presentation;

import java.util.Map;
import java.util.WeakHashMap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.service.AppContext;

/**
 * The period under review, shared by the dashboard (where it is chosen) and presentation mode (F5 shows it).
 * One per open database; null until the dashboard chose one (then the quarter containing the app's date).
 */
public final class ReviewPeriod {
    private static final Map<AppContext, ObjectProperty<Period>> PERIODS = new WeakHashMap<>();

    private ReviewPeriod() {}

    public static synchronized ObjectProperty<Period> of(AppContext app) {
        return PERIODS.computeIfAbsent(app, a -> new SimpleObjectProperty<>());
    }

    /** The chosen period, or the quarter containing the app's date. */
    public static Period current(AppContext app) {
        Period p = of(app).get();
        return p != null ? p : Period.of(Period.Kind.QUARTER, app.asOf());
    }
}
