package vn.reformdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.ui.audit.AuditView;
import vn.reformdesk.ui.calendar.CalendarView;
import vn.reformdesk.ui.dashboard.DashboardView;
import vn.reformdesk.ui.dossiers.DossiersView;
import vn.reformdesk.ui.exchange.ConflictsView;
import vn.reformdesk.ui.indexcharts.IndexChartsView;
import vn.reformdesk.ui.overdue.OverdueView;
import vn.reformdesk.ui.procedures.ProceduresView;
import vn.reformdesk.ui.scores.ScoresView;
import vn.reformdesk.ui.settings.SettingsView;

/** The screens of the navigation bar, in order (Ctrl+1… opens the first nine without a shortcut of their own). Each feature registers here. */
public final class Screens {
    private Screens() {}

    public static List<Screen> all() {
        List<Screen> out = new ArrayList<>();
        out.add(new Screen("dashboard", "dashboard.nav", DashboardView::new));
        out.add(new Screen("dossiers", "dossiers.nav", DossiersView::new));
        out.add(new Screen("overdue", "overdue.nav", OverdueView::new));
        out.add(new Screen("procedures", "procedures.nav", ProceduresView::new));
        out.add(new Screen("calendar", "calendar.nav", CalendarView::new));
        out.add(new Screen("scores", "scores.nav", ScoresView::new));
        out.add(new Screen("charts", "indexcharts.nav", IndexChartsView::new));
        out.add(new Screen("report06a", "report06a.nav", vn.reformdesk.ui.report06a.Report06aView::new));
        // the provincial review's screen: Ctrl+U (units), so the nine Ctrl+digit screens keep their keys
        out.add(new Screen("units", "units.nav", vn.reformdesk.ui.units.UnitsView::new,
                new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.U,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN)));
        out.add(new Screen("conflicts", "nav.conflicts", ConflictsView::new));
        out.add(new Screen("audit", "nav.audit", AuditView::new));
        out.add(new Screen("settings", "settings.nav", SettingsView::new));
        return out;
    }
}
