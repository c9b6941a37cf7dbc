package vn.reformdesk.io.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;

/**
 * The sample unit's scores and targets, from the figures in domain.md §3–4. Idempotent: loading twice changes nothing.
 * <ul>
 *   <li>Decision 766, 2024 (the province's portal figures): the five groups as published, the online group entered as
 *       one combined value 14.31/22 on the group (the portal's two bars, 12 + 10, were not published separately), and
 *       the published total 86.94, rank 29 of 34. The groups add up to 83.63: the screen shows that mismatch as a
 *       warning, as intended.</li>
 *   <li>PAR Index of the province, 2024: rank 12 of 63; four fields with their published scores and ranks; 2023 ranks
 *       derived from the "up N" figures (13, 16, 59, 33).</li>
 *   <li>Department PAR: 86.72 in 2023, 7th of 20; 2022: 5th of 20 with 88.41 (an illustrative score).</li>
 *   <li>SIPAS of the department: 94.97 % in 2024 (five elements averaging 94.97), with 2022 and 2023 values for a
 *       trend (illustrative: 90.12 and 92.84), target 90 %.</li>
 *   <li>Targets: PAR rank in the top 15 in 2026 (lower is better), on-time rate ≥ 98 % in 2026, SIPAS ≥ 90 % in 2025.</li>
 * </ul>
 */
public final class SampleScores {
    private SampleScores() {}

    /** Loads into the caller's transaction (installs the framework templates first if missing). */
    public static void load(Connection c) throws SQLException {
        FrameworkRepository frameworks = new FrameworkRepository();
        ScoreRepository scores = new ScoreRepository();
        frameworks.installTemplatesIfMissing(c);
        for (Score s : scores()) {
            Framework f = frameworks.find(c, s.framework()).orElseThrow();
            scores.upsert(c, f, scores.versionFor(c, f, s.period()), s);
        }
        for (Target t : targets()) scores.saveTarget(c, t);
    }

    public static List<Score> scores() {
        List<Score> out = new ArrayList<>();
        String f = Framework.SERVICE_766;
        out.add(v(f, "2024", "transparency", 15.3));
        out.add(v(f, "2024", "timelines", 16.39));
        out.add(new Score(f, "2024", "online", 14.31, null, null, Direction.HIGHER, null, null,
                "12 + 10 combined: the portal's two bars were not published separately"));
        out.add(v(f, "2024", "satisfaction", 17.88));
        out.add(v(f, "2024", "digitisation", 19.75));
        out.add(new Score(f, "2024", "total", 86.94, null, null, Direction.HIGHER, 29, 34, null));

        f = Framework.PAR;
        out.add(v(f, "2024", "organisation", 10.18));
        out.add(v(f, "2024", "civil_service", 14.23).withRank(2, 63));
        out.add(v(f, "2024", "procedures", 12.75).withRank(32, 63));
        out.add(v(f, "2024", "impact", 13.14).withRank(4, 63));
        out.add(new Score(f, "2024", "total", null, null, null, Direction.HIGHER, 12, 63, null));
        out.add(new Score(f, "2023", "civil_service", null, null, null, Direction.HIGHER, 16, 63, null));
        out.add(new Score(f, "2023", "procedures", null, null, null, Direction.HIGHER, 59, 63, null));
        out.add(new Score(f, "2023", "impact", null, null, null, Direction.HIGHER, 33, 63, null));
        out.add(new Score(f, "2023", "total", null, null, null, Direction.HIGHER, 13, 63, null));

        f = Framework.PAR_DEPARTMENT;
        out.add(new Score(f, "2022", "total", 88.41, null, null, Direction.HIGHER, 5, 20, "illustrative score; rank from the sources"));
        out.add(new Score(f, "2023", "total", 86.72, null, 90.0, Direction.HIGHER, 7, 20, null));

        f = Framework.SIPAS;
        out.add(new Score(f, "2022", "total", 90.12, null, 90.0, Direction.HIGHER, null, null, "illustrative"));
        out.add(new Score(f, "2023", "total", 92.84, null, 90.0, Direction.HIGHER, null, null, "illustrative"));
        out.add(v(f, "2024", "access", 95.40));
        out.add(v(f, "2024", "procedure", 94.10));
        out.add(v(f, "2024", "civil_servants", 96.25));
        out.add(v(f, "2024", "result", 95.60));
        out.add(v(f, "2024", "feedback", 93.50));
        out.add(new Score(f, "2024", "total", 94.97, null, 90.0, Direction.HIGHER, null, null, null));
        out.add(new Score(f, "2025", "total", null, null, 90.0, Direction.HIGHER, null, null, null));
        return out;
    }

    public static List<Target> targets() {
        return List.of(Target.rank(Framework.PAR, "2026", 15),
                Target.rate("on_time_rate", "2026", 0.98, Direction.HIGHER));
    }

    private static Score v(String framework, String period, String component, double official) {
        return Score.of(framework, period, component, official);
    }
}
