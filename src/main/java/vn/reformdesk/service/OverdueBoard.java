package vn.reformdesk.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The three lists of the overdue board as of a date.
 *
 * @param overdue        not resolved and past the due date
 * @param dueSoon        pending with at most K working days left
 * @param missingApology late, overdue or due within one working day, and no apology letter issued
 */
public record OverdueBoard(LocalDate asOf, int dueSoonDays, List<DossierRow> overdue, List<DossierRow> dueSoon,
                           List<DossierRow> missingApology) {
}
