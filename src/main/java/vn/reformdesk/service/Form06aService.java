package vn.reformdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitScope;

/**
 * Form 06a from the register: only the dossiers the form can count are read — those still open the day before the
 * period (carried over, from the index on resolved_on) and those received in it — not the whole register.
 */
public final class Form06aService {
    private Form06aService() {}

    /** The table, where each dossier counts (for opening a cell's dossiers), and the unit it is about. */
    public record Result(Form06a form, List<Form06a.Entry> entries, String unitName, String unitCode) {}

    /** The period's form on {@code today} (a period not yet ended is counted as of today), of every visible unit. */
    public static Result compute(RegisterService register, Period period, PeriodDates dates, LocalDate today) {
        return compute(register, UnitScope.ALL, period, dates, today);
    }

    /**
     * The form of the units in {@code scope}: one unit's, or every visible unit's counted together (each dossier on its
     * own unit's calendar). The unit named is the one unit, or, for several, the province (the unit with no parent
     * among them), else none.
     */
    public static Result compute(RegisterService register, UnitScope scope, Period period, PeriodDates dates,
                                 LocalDate today) {
        LocalDate from = dates.start(period);
        LocalDate asOf = Form06a.asOf(period, dates, today);
        Map<String, Procedure> procedures = register.proceduresByCode();
        var calcOf = register.calculators();
        List<Unit> covered = register.units().covered(scope);
        List<Form06a.Entry> entries = new ArrayList<>();
        for (Unit u : covered) {
            UnitScope one = UnitScope.of(u.code());
            List<Dossier> dossiers = new ArrayList<>();
            register.dossiers().forEachOpen(one, from.minusDays(1), dossiers::add);
            if (!asOf.isBefore(from)) dossiers.addAll(register.dossiers().findRateFacts(one, from, asOf));
            entries.addAll(Form06a.entries(period, dates, today, dossiers, procedures, calcOf.apply(u.code())));
        }
        String name = "";
        String code = "";
        if (covered.size() == 1) {
            name = covered.get(0).name();
            code = covered.get(0).code();
            // one PC: the settings' name and code are the home unit's (kept equal, UnitRepository.setHome)
            SettingsRepository settings = register.settings();
            if (scope instanceof UnitScope.All) { // as before units: what the settings say, maybe nothing
                name = settings.get(SettingsRepository.UNIT_NAME).orElse("");
                code = settings.get(SettingsRepository.UNIT_CODE).orElse("");
            }
        } else {
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (Unit u : covered) codes.add(u.code());
            for (Unit u : covered) {
                if (u.parentCode() == null || !codes.contains(u.parentCode())) {
                    if (u.kind() == vn.reformdesk.domain.unit.UnitKind.PROVINCE) {
                        name = u.name();
                        code = u.code();
                        break;
                    }
                }
            }
        }
        return new Result(Form06a.of(period, dates, today, procedures.values(), entries), entries, name, code);
    }
}
