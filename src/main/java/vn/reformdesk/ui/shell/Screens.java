package vn.reformdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;

/** The screens of the navigation bar, in order. Each feature registers its screen here. */
public final class Screens {
    private Screens() {}

    public static List<Screen> all() {
        List<Screen> out = new ArrayList<>();
        out.add(new Screen("overdue", "overdue.nav", s -> new vn.reformdesk.ui.overdue.OverdueView(s)));
        out.add(new Screen("calendar", "calendar.nav", s -> new vn.reformdesk.ui.calendar.CalendarView(s)));
        out.add(new Screen("settings", "settings.nav", s -> new vn.reformdesk.ui.settings.SettingsView(s)));
        return out;
    }
}
