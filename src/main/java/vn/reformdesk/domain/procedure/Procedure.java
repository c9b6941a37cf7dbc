package vn.reformdesk.domain.procedure;

import java.time.LocalTime;
import java.util.Objects;

/**
 * An administrative procedure (thủ tục hành chính) the unit handles.
 *
 * @param id              database id, null before it is saved
 * @param processingDays  statutory time; 0 = resolved the same day
 * @param cutoff          optional hour after which a dossier counts from the next working day (null = off)
 */
public record Procedure(Long id, String code, String name, String field, AdminLevel level, int processingDays,
                        DayUnit dayUnit, OnlineLevel onlineLevel, long feeVnd, boolean paperResult, String section,
                        SupplementRule supplementRule, LocalTime cutoff) {

    public Procedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(onlineLevel, "onlineLevel");
        dayUnit = dayUnit == null ? DayUnit.WORKING : dayUnit;
        supplementRule = supplementRule == null ? SupplementRule.PAUSE : supplementRule;
    }

    /** A procedure with the defaults for the optional rules (working days, pause, no cut-off). */
    public static Procedure of(String code, String name, AdminLevel level, int processingDays, OnlineLevel online) {
        return new Procedure(null, code, name, null, level, processingDays, DayUnit.WORKING, online, 0, false, null,
                SupplementRule.PAUSE, null);
    }

    public boolean feeBearing() { return feeVnd > 0; }

    public Procedure withId(Long newId) {
        return new Procedure(newId, code, name, field, level, processingDays, dayUnit, onlineLevel, feeVnd, paperResult,
                section, supplementRule, cutoff);
    }

    public Procedure withSupplementRule(SupplementRule rule) {
        return new Procedure(id, code, name, field, level, processingDays, dayUnit, onlineLevel, feeVnd, paperResult,
                section, rule, cutoff);
    }

    public Procedure withCutoff(LocalTime time) {
        return new Procedure(id, code, name, field, level, processingDays, dayUnit, onlineLevel, feeVnd, paperResult,
                section, supplementRule, time);
    }

    public Procedure withDayUnit(DayUnit unit) {
        return new Procedure(id, code, name, field, level, processingDays, unit, onlineLevel, feeVnd, paperResult,
                section, supplementRule, cutoff);
    }
}
