package vn.reformdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.TestDb;

/** The dashboard's figures are kept between views and recomputed after every kind of write that changes them. */
class DashboardLoaderTest {
    @TempDir
    Path dir;

    @Test
    void keptFiguresFollowSavedDossiersCalendarEditsAndImports() throws Exception {
        try (AppContext app = TestDb.context(dir)) {
            app.register().procedures().save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 2, OnlineLevel.NONE));
            Period q = Period.parse("2026-Q4");
            LocalDate today = LocalDate.of(2026, 11, 27); // a Friday
            // received Wednesday 25/11, 2 working days: due Friday 27/11, so due soon (0 days left) today
            app.register().dossiers().save(Dossier.received("D1", "P1", null, Channel.DIRECT,
                    LocalDateTime.of(2026, 11, 25, 9, 0)));
            DashboardData first = DashboardLoader.load(app, q, today, DashboardData.TOP);
            assertThat(first.current().received()).isEqualTo(1);
            assertThat(first.registerDueSoon()).isEqualTo(1);
            assertThat(DashboardLoader.load(app, q, today, DashboardData.TOP)).isSameAs(first);

            app.register().dossiers().save(Dossier.received("D2", "P1", null, Channel.ONLINE,
                    LocalDateTime.of(2026, 11, 26, 9, 0)));
            assertThat(DashboardLoader.load(app, q, today, DashboardData.TOP).current().received()).isEqualTo(2);

            // Thursday 26/11 off: D1 is now due Monday 30/11 and D2 Tuesday 1/12 — still due soon, not overdue
            app.register().calendar().save(CalendarDay.holiday(LocalDate.of(2026, 11, 26), "test"));
            DashboardData afterHoliday = DashboardLoader.load(app, q, LocalDate.of(2026, 12, 1), DashboardData.TOP);
            assertThat(afterHoliday.registerOverdue()).isEqualTo(1); // D1, due 30/11
            assertThat(afterHoliday.registerDueSoon()).isEqualTo(1); // D2, due today

            // an import is a write too: its dossier shows at once
            Path file = dir.resolve("dossiers.csv");
            java.nio.file.Files.writeString(file, "code,procedure_code,channel,received_at\nD3,P1,online,2026-11-30\n");
            assertThat(vn.reformdesk.io.Importer.run(app.database(), vn.reformdesk.io.ImportKind.DOSSIERS, file, false)
                    .ok()).isTrue();
            assertThat(DashboardLoader.load(app, q, LocalDate.of(2026, 12, 1), DashboardData.TOP).current().received())
                    .isEqualTo(3);
        }
    }
}
