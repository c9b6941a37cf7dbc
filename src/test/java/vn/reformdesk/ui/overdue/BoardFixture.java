package vn.reformdesk.ui.overdue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.SettingsRepository;

/**
 * Hand-made dossiers around Wednesday 11/03/2026 (no holidays in March; K = 2 by default).
 * Procedure P3 takes 3 working days, P5 takes 5.
 * <pre>
 * A  P3 received Mon 02/03            → due Thu 05/03, overdue 4 days (Fri 6, Mon 9, Tue 10, Wed 11), no apology
 * B  P3 received Mon 02/03, apology 04/03 → overdue 4 days, apology issued
 * C  P5 received Mon 09/03            → due Mon 16/03, 3 days left (Thu 12, Fri 13, Mon 16): pending
 * D  P3 received Tue 10/03            → due Fri 13/03, 2 days left: due soon, no apology needed yet
 * E  P3 received Mon 09/03            → due Thu 12/03, 1 day left: due soon and needs an apology
 * F  P3 received Mon 02/03, resolved Tue 10/03 → late 3 days (Fri 6, Mon 9, Tue 10), no apology
 * G  P3 received Mon 02/03, resolved Wed 04/03 → early
 * H  P3 received Thu 12/03            → after the as-of date: on no list
 * I  P3 received Mon 02/03, supplement requested 03/03, not back → paused
 * </pre>
 * Overdue {A, B}; due soon {D, E}; missing apology {A, E, F}.
 */
public final class BoardFixture {
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 11);
    public static final String P3 = "1.000003";
    public static final String P5 = "2.000005";

    private BoardFixture() {}

    static LocalDateTime at(int day) { return LocalDateTime.of(2026, 3, day, 9, 30); }

    static Dossier d(String code, String proc, int day) {
        return Dossier.received(code, proc, "Công ty TNHH " + code, Channel.ONLINE, at(day));
    }

    public static void procedures(AppContext app) {
        app.register().settings().put(SettingsRepository.SAMPLE_AS_OF, AS_OF.toString());
        app.register().procedures().save(Procedure.of(P3, "Cấp Giấy chứng nhận đủ điều kiện kinh doanh", AdminLevel.PROVINCE, 3, OnlineLevel.FULL));
        app.register().procedures().save(Procedure.of(P5, "Cấp giấy phép sử dụng vật liệu nổ", AdminLevel.PROVINCE, 5, OnlineLevel.PARTIAL));
    }

    public static void all(AppContext app) {
        procedures(app);
        List.of(d("A", P3, 2),
                d("B", P3, 2).withApology(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 13)),
                d("C", P5, 9),
                d("D", P3, 10),
                d("E", P3, 9),
                d("F", P3, 2).withResolution(LocalDate.of(2026, 3, 10), Outcome.ISSUED),
                d("G", P3, 2).withResolution(LocalDate.of(2026, 3, 4), Outcome.ISSUED),
                d("H", P3, 12),
                d("I", P3, 2).withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 3, 3), null))))
                .forEach(app.register().dossiers()::save);
    }

    /** One overdue (with its apology), one due soon (2 days left), one late without an apology. */
    public static void small(AppContext app) {
        procedures(app);
        List.of(d("B", P3, 2).withApology(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 13)),
                d("D", P3, 10),
                d("F", P3, 2).withResolution(LocalDate.of(2026, 3, 10), Outcome.ISSUED))
                .forEach(app.register().dossiers()::save);
    }
}
