package vn.reformdesk.io.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.store.UnitRepository;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.store.Transactions;

/**
 * Loads the {@link SampleDepartment} into an empty database in one transaction (all or nothing): procedures, the
 * 2024–2025 calendar (replacing any calendar entries of those two years, so due dates are the sample's), the
 * dossiers in batches, the unit's name and code, and {@link SettingsRepository#SAMPLE_AS_OF}, which makes the app
 * show statuses as of the sample's date.
 */
public final class SampleLoader {
    /** Progress from 0 to 1 with a short stage name ({@code generate}, {@code procedures}, {@code dossiers}). */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String stage);

        Progress NONE = (f, s) -> { };
    }

    /** The database already holds procedures or dossiers: the sample is refused, nothing is written. */
    public static final class NotEmptyException extends IllegalStateException {
        public NotEmptyException(long procedures, long dossiers) {
            super("the database is not empty (" + procedures + " procedures, " + dossiers + " dossiers)");
        }
    }

    /** What was loaded and how long it took. */
    /**
     * @param summary the sample year's figures as of its date, computed from the data written (for a summary line)
     */
    public record Result(int procedures, int dossiers, int calendarDays, LocalDate asOf, long generateMillis,
                         long saveMillis, ServiceRates summary) {}

    private static final int CHUNK = 2_000;

    private SampleLoader() {}

    /** True when the database has no procedures and no dossiers. */
    public static boolean isEmpty(Database db) {
        return new ProcedureRepository(db).count() == 0 && new DossierRepository(db).count() == 0;
    }

    public static Result load(Database db, Progress progress) {
        if (!isEmpty(db)) {
            throw new NotEmptyException(new ProcedureRepository(db).count(), new DossierRepository(db).count());
        }
        progress.update(0.02, "generate");
        long t0 = System.nanoTime();
        SampleDepartment sample = SampleDepartment.build();
        long t1 = System.nanoTime();
        progress.update(0.25, "procedures");
        ProcedureRepository procedures = new ProcedureRepository(db);
        DossierRepository dossiers = new DossierRepository(db);
        CalendarRepository calendar = new CalendarRepository(db);
        SettingsRepository settings = new SettingsRepository(db);
        Transactions.inBulkTransaction(db, c -> {
            long[] counts = counts(c);
            if (counts[0] > 0 || counts[1] > 0) throw new NotEmptyException(counts[0], counts[1]);
            // the sample department is the home unit (one PC: the settings rename it), before its dossiers name it
            settings.put(c, SettingsRepository.UNIT_NAME, SampleDepartment.UNIT_NAME);
            settings.put(c, SettingsRepository.UNIT_CODE, SampleDepartment.UNIT_CODE);
            UnitRepository units = new UnitRepository(db);
            if (units.find(c, SampleDepartment.UNIT_CODE).isEmpty()) {
                units.upsert(c, new Unit(SampleDepartment.UNIT_CODE, SampleDepartment.UNIT_NAME, UnitKind.DEPARTMENT, null));
            }
            for (Procedure p : sample.procedures()) procedures.save(c, p);
            // 2024 and 2025 are the shipped official calendars: the sample's days come with every database.
            calendar.restoreDefaults(c, List.of(2024, 2025));
            List<Dossier> all = sample.dossiers();
            for (int from = 0; from < all.size(); from += CHUNK) {
                int to = Math.min(all.size(), from + CHUNK);
                dossiers.saveAll(c, all.subList(from, to), false);
                progress.update(0.3 + 0.65 * to / all.size(), "dossiers");
            }
            settings.put(c, SettingsRepository.SAMPLE_AS_OF, SampleDepartment.AS_OF.toString());
            SampleScores.load(c); // the indices' figures from the source articles, so the charts show something real
            return null;
        });
        long t2 = System.nanoTime();
        progress.update(1.0, "done");
        ServiceRates summary = ServiceRates.compute(Period.year(SampleDepartment.AS_OF.getYear()),
                SampleDepartment.AS_OF, sample.dossiers(), sample.procedures(), new DeadlineCalculator(
                        CalendarOverrides.none().workingCalendar(), DeadlineSettings.DEFAULT));
        return new Result(sample.procedures().size(), sample.dossiers().size(), sample.calendar().size(),
                SampleDepartment.AS_OF, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, summary);
    }

    private static long[] counts(Connection c) throws SQLException {
        long[] out = new long[2];
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM procedures),"
                + " (SELECT COUNT(*) FROM dossiers)"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            out[0] = rs.getLong(1);
            out[1] = rs.getLong(2);
        }
        return out;
    }
}
