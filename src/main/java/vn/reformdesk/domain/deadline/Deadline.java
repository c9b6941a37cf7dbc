package vn.reformdesk.domain.deadline;

import java.time.LocalDate;
import java.util.List;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.DossierStatus;

/**
 * A dossier's computed deadline and status as of a date.
 *
 * @param effectiveReceivedOn the day the count starts from (after weekends, holidays and the cut-off hour)
 * @param dueOn               the statutory due date (ngày hẹn trả), moved by supplementation pauses
 * @param workingDaysLate     working days after the due date (late: until resolution; overdue: until as-of); else 0
 * @param workingDaysLeft     working days from as-of to the due date for pending dossiers; else 0
 * @param supplementCycles    supplementation requests made by the as-of date
 * @param multipleSupplements more than one request: the national portal counts such a dossier as overdue for its
 *                            own index. A warning only; the due date does not change for it.
 * @param apologyMissing      late, overdue or due within one working day, and no apology letter yet
 * @param appliedDays         holidays and swapped working days between receipt and the end of the count
 */
public record Deadline(LocalDate effectiveReceivedOn, LocalDate dueOn, DossierStatus status, int workingDaysLate,
                       int workingDaysLeft, int supplementCycles, boolean multipleSupplements, boolean apologyMissing,
                       List<CalendarDay> appliedDays) {
}
