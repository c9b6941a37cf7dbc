package vn.reformdesk.domain.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;

/**
 * Computes due dates and statuses (domain.md §2). Everything is derived from the dossier's events and the
 * calendar on every call; events dated after the as-of date are ignored, so a report for a past period
 * shows what was known at its end.
 */
public final class DeadlineCalculator {
    private final WorkingCalendar calendar;
    private final DeadlineSettings settings;

    public DeadlineCalculator(WorkingCalendar calendar, DeadlineSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public WorkingCalendar calendar() { return calendar; }

    public DeadlineSettings settings() { return settings; }

    /** The day the count starts: the received day if it is a working day and before the cut-off, else the next working day. */
    public LocalDate effectiveReceivedOn(LocalDateTime receivedAt, Procedure procedure) {
        LocalDate day = receivedAt.toLocalDate();
        LocalTime cutoff = procedure.cutoff() != null ? procedure.cutoff() : settings.globalCutoff();
        if (cutoff != null && receivedAt.toLocalTime().isAfter(cutoff)) {
            return calendar.nextWorkingDayAfter(day);
        }
        return calendar.onOrNextWorkingDay(day);
    }

    /** Due date counted from a start day, in the procedure's unit. */
    private LocalDate countFrom(LocalDate start, Procedure procedure) {
        if (procedure.dayUnit() == DayUnit.CALENDAR) {
            // Calendar-day limits that end on a day off move to the next working day.
            return calendar.onOrNextWorkingDay(start.plusDays(procedure.processingDays()));
        }
        return calendar.plusWorkingDays(start, procedure.processingDays());
    }

    /**
     * The status as of {@code asOf} of a dossier that is open and not waiting for a supplement, from its due date:
     * overdue after it, due soon within the setting's working days of it, else pending.
     */
    public DossierStatus openStatus(LocalDate due, LocalDate asOf) {
        if (asOf.isAfter(due)) return DossierStatus.OVERDUE;
        return calendar.workingDaysBetween(asOf, due) <= settings.dueSoonDays() ? DossierStatus.DUE_SOON
                : DossierStatus.PENDING;
    }

    public Deadline compute(Dossier dossier, Procedure procedure, LocalDate asOf) {
        LocalDate effective = effectiveReceivedOn(dossier.receivedAt(), procedure);
        LocalDate due = countFrom(effective, procedure);
        boolean resolvedByAsOf = dossier.resolvedOn() != null && !dossier.resolvedOn().isAfter(asOf);
        // The clock ends at the resolution: a supplement still awaited then pauses the count only until that day.
        LocalDate clockEnd = resolvedByAsOf ? dossier.resolvedOn() : asOf;
        int cycles = 0;
        boolean waitingForSupplement = false;
        for (SupplementCycle cycle : dossier.supplements()) {
            if (cycle.requestedOn().isAfter(asOf)) continue; // not yet requested as of this date
            cycles++;
            boolean arrived = cycle.receivedOn() != null && !cycle.receivedOn().isAfter(asOf);
            LocalDate until = arrived ? cycle.receivedOn()
                    : (clockEnd.isBefore(cycle.requestedOn()) ? cycle.requestedOn() : clockEnd);
            if (!arrived) waitingForSupplement = true;
            if (procedure.supplementRule() == SupplementRule.RESTART) {
                // The completed dossier counts as newly received on the day the supplement arrives.
                due = countFrom(calendar.onOrNextWorkingDay(until), procedure);
            } else {
                int paused = calendar.workingDaysBetween(cycle.requestedOn(), until);
                due = calendar.plusWorkingDays(due, paused);
            }
        }

        return deadline(dossier, effective, due, cycles, waitingForSupplement, resolvedByAsOf, asOf);
    }

    /**
     * The deadline as of {@code asOf} of a dossier whose due date and supplementation cycles (requested by then) are
     * known, not waiting for a supplement on that day: what {@link #compute} gives once it has counted them. The
     * overdue board's stored candidates keep the due date; this completes it on any day it holds.
     */
    public Deadline fromDueDate(Dossier dossier, Procedure procedure, LocalDate due, int cycles, LocalDate asOf) {
        boolean resolvedByAsOf = dossier.resolvedOn() != null && !dossier.resolvedOn().isAfter(asOf);
        return deadline(dossier, effectiveReceivedOn(dossier.receivedAt(), procedure), due, cycles, false,
                resolvedByAsOf, asOf);
    }

    private Deadline deadline(Dossier dossier, LocalDate effective, LocalDate due, int cycles,
                              boolean waitingForSupplement, boolean resolvedByAsOf, LocalDate asOf) {
        DossierStatus status;
        int late = 0;
        int left = 0;
        LocalDate endOfCount;
        if (resolvedByAsOf) {
            LocalDate r = dossier.resolvedOn();
            endOfCount = r.isAfter(due) ? r : due;
            if (r.isBefore(due)) {
                status = DossierStatus.EARLY;
            } else if (r.isEqual(due)) {
                status = DossierStatus.ON_TIME;
            } else {
                status = DossierStatus.LATE;
                late = Math.max(1, calendar.workingDaysBetween(due, r));
            }
        } else if (waitingForSupplement) {
            status = DossierStatus.PAUSED;
            endOfCount = due;
        } else {
            status = openStatus(due, asOf);
            if (status == DossierStatus.OVERDUE) {
                late = Math.max(1, calendar.workingDaysBetween(due, asOf));
                endOfCount = asOf;
            } else {
                left = calendar.workingDaysBetween(asOf, due);
                endOfCount = due;
            }
        }

        boolean apologyIssued = dossier.apologyOn() != null && !dossier.apologyOn().isAfter(asOf);
        boolean needsApology = status.pastDue()
                || (!resolvedByAsOf && status != DossierStatus.PAUSED && left <= 1);
        return new Deadline(effective, due, status, late, left, cycles, cycles > 1, needsApology && !apologyIssued,
                calendar.entriesBetween(dossier.receivedOn(), endOfCount));
    }
}
