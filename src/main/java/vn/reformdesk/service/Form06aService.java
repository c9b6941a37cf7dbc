package vn.reformdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.store.SettingsRepository;

/**
 * Form 06a from the register: only the dossiers the form can count are read — those still open the day before the
 * period (carried over, from the index on resolved_on) and those received in it — not the whole register.
 */
public final class Form06aService {
    private Form06aService() {}

    /** The table, where each dossier counts (for opening a cell's dossiers), and the unit it is about. */
    public record Result(Form06a form, List<Form06a.Entry> entries, String unitName, String unitCode) {}

    /** The period's form on {@code today} (a period not yet ended is counted as of today). */
    public static Result compute(RegisterService register, Period period, PeriodDates dates, LocalDate today) {
        LocalDate from = dates.start(period);
        LocalDate asOf = Form06a.asOf(period, dates, today);
        Map<String, Procedure> procedures = register.proceduresByCode();
        DeadlineCalculator calc = register.calculator();
        List<Dossier> dossiers = new ArrayList<>();
        register.dossiers().forEachOpen(from.minusDays(1), dossiers::add);
        if (!asOf.isBefore(from)) dossiers.addAll(register.dossiers().findRateFacts(from, asOf));
        List<Form06a.Entry> entries = Form06a.entries(period, dates, today, dossiers, procedures, calc);
        SettingsRepository settings = register.settings();
        return new Result(Form06a.of(period, dates, today, procedures.values(), entries),
                entries, settings.get(SettingsRepository.UNIT_NAME).orElse(""),
                settings.get(SettingsRepository.UNIT_CODE).orElse(""));
    }
}
