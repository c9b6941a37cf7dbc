package vn.reformdesk.io.sample;

import java.util.List;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.store.UnitRepository;

/**
 * Loads the {@link SampleProvince} into an empty database in one transaction (all or nothing): the province as the
 * home unit, its departments, districts and communes and wards, every unit's 2024 scores and targets, the communes'
 * shared procedures and their registers ({@link SampleCommunes}), the shipped 2024–2025 calendar (the province's,
 * which its units use until they change theirs) and the sample's date.
 */
public final class SampleProvinceLoader {
    /** What was loaded. */
    public record Result(int units, int scores, int procedures, int dossiers, long millis) {}

    private SampleProvinceLoader() {}

    public static Result load(Database db) {
        if (!SampleLoader.isEmpty(db)) {
            throw new SampleLoader.NotEmptyException(new ProcedureRepository(db).count(), new DossierRepository(db).count());
        }
        long t0 = System.nanoTime();
        SampleCommunes communes = SampleCommunes.build();
        List<Unit> units = SampleProvince.units();
        List<SampleProvince.UnitScore> scores = SampleProvince.scores();
        ProcedureRepository procedures = new ProcedureRepository(db);
        DossierRepository dossiers = new DossierRepository(db);
        SettingsRepository settings = new SettingsRepository(db);
        UnitRepository unitRepo = new UnitRepository(db);
        Transactions.inBulkTransaction(db, c -> {
            // the home unit of this PC becomes the province (it keeps any calendar the database had)
            settings.put(c, SettingsRepository.UNIT_CODE, SampleProvince.CODE);
            settings.put(c, SettingsRepository.UNIT_NAME, SampleProvince.NAME);
            for (Unit u : units) unitRepo.upsert(c, u);
            new CalendarRepository(db, SampleProvince.CODE).restoreDefaults(c, List.of(2024, 2025));
            for (Procedure p : communes.procedures()) procedures.save(c, p);
            List<Dossier> all = communes.dossiers();
            for (int from = 0; from < all.size(); from += 2_000) {
                dossiers.saveAll(c, all.subList(from, Math.min(all.size(), from + 2_000)), false);
            }
            FrameworkRepository frameworks = new FrameworkRepository();
            frameworks.installTemplatesIfMissing(c);
            for (SampleProvince.UnitScore s : scores) {
                ScoreRepository repo = new ScoreRepository(null, s.unitCode());
                Framework f = frameworks.find(c, s.score().framework()).orElseThrow();
                repo.upsert(c, f, repo.versionFor(c, f, s.score().period()), s.score());
            }
            for (SampleProvince.UnitTarget t : SampleProvince.targets()) {
                new ScoreRepository(null, t.unitCode()).saveTarget(c, t.target());
            }
            settings.put(c, SettingsRepository.SAMPLE_AS_OF, SampleProvince.AS_OF.toString());
            return null;
        });
        return new Result(units.size(), scores.size(), communes.procedures().size(), communes.dossiers().size(),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
