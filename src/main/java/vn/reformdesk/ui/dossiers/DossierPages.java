package vn.reformdesk.ui.dossiers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.DossierRepository.ListKey;

/**
 * The dossier list's reads, page by page (keyset on received_at DESC, id DESC): run them off the JavaFX thread and
 * hand the pages to {@link DossiersViewModel#setData} and {@link DossiersViewModel#appendPage} (the screen does; the
 * bench times the same calls).
 */
public final class DossierPages {
    /** What the loaded rows answer: the unit choice, the received period, a report cell's dossiers (null = none). */
    public record Query(UnitScope scope, LocalDate from, LocalDate to, Set<Long> only) {}

    /** Rows read, with their search keys; {@code last} = nothing after them; {@code lastKey} = where to go on. */
    public record Page(DossiersViewModel.Prepared prepared, boolean last, ListKey lastKey) {
        public List<vn.reformdesk.service.DossierRow> rows() { return prepared.rows(); }
    }

    private DossierPages() {}

    /**
     * The first {@code want} rows of the query (a report cell's dossiers whole), with deadlines as of {@code asOf} on
     * each unit's calendar ({@link RegisterService#calculators()}: made once per load and kept for its next pages,
     * since building a calendar costs more than reading a page).
     */
    public static Page first(RegisterService reg, Query q, LocalDate asOf, int want, Function<String, DeadlineCalculator> calcs) {
        if (q.only() != null) return page(reg, reg.dossiers().findByIds(q.only()), asOf, true, calcs);
        List<Dossier> page = reg.dossiers().findPage(q.scope(), q.from(), q.to(), null, want);
        return page(reg, page, asOf, page.size() < want, calcs);
    }

    /** The {@code size} rows after {@code after}. */
    public static Page next(RegisterService reg, Query q, LocalDate asOf, ListKey after, int size, Function<String, DeadlineCalculator> calcs) {
        List<Dossier> page = reg.dossiers().findPage(q.scope(), q.from(), q.to(), after, size);
        return page(reg, page, asOf, page.size() < size, calcs);
    }

    private static Page page(RegisterService reg, List<Dossier> page, LocalDate asOf, boolean last, Function<String, DeadlineCalculator> calcs) {
        return new Page(DossiersViewModel.prepare(reg.rows(page, asOf, calcs)), last,
                page.isEmpty() ? null : ListKey.of(page.get(page.size() - 1)));
    }
}
