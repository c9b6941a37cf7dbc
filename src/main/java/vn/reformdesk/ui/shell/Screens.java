package vn.reformdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.ui.audit.AuditView;
import vn.reformdesk.ui.exchange.ConflictsView;

/** The screens of the navigation bar, in order. Each feature registers its screen here. */
public final class Screens {
    private Screens() {}

    public static List<Screen> all() {
        List<Screen> out = new ArrayList<>();
        out.add(new Screen("dashboard", "dashboard.nav", s -> new vn.reformdesk.ui.dashboard.DashboardView(s)));
        out.add(new Screen("dossiers", "dossiers.nav", s -> new vn.reformdesk.ui.dossiers.DossiersView(s)));
        out.add(new Screen("procedures", "procedures.nav", s -> new vn.reformdesk.ui.procedures.ProceduresView(s)));
        out.add(new Screen("overdue", "overdue.nav", s -> new vn.reformdesk.ui.overdue.OverdueView(s)));
        out.add(new Screen("calendar", "calendar.nav", s -> new vn.reformdesk.ui.calendar.CalendarView(s)));
        out.add(new Screen("scores", "scores.nav", s -> new vn.reformdesk.ui.scores.ScoresView(s)));
        out.add(new Screen("conflicts", "nav.conflicts", ConflictsView::new));
        out.add(new Screen("audit", "nav.audit", AuditView::new));
        out.add(new Screen("charts", "indexcharts.nav", s -> new vn.reformdesk.ui.indexcharts.IndexChartsView(s)));
        out.add(new Screen("settings", "settings.nav", s -> new vn.reformdesk.ui.settings.SettingsView(s)));
        return out;
    }
}
