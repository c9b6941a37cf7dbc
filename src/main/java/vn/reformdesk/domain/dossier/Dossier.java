package vn.reformdesk.domain.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A dossier (hồ sơ) filed under a procedure, with its life events. Facts that may be unknown are
 * {@code Boolean} (null = unknown). The due date is never stored: it is computed from these events and
 * the calendar, so editing a holiday recomputes every dossier.
 *
 * @param newAppointmentOn the new date promised in the apology letter; set at most once and kept apart
 *                         from the statutory due date, against which the dossier still counts as late
 */
public record Dossier(Long id, String code, String procedureCode, String applicant, Channel channel,
                      LocalDateTime receivedAt, List<SupplementCycle> supplements, LocalDate resolvedOn,
                      Outcome outcome, Boolean paidOnline, Boolean inputsDigitised, Boolean electronicResult,
                      Boolean resultDigitised, Boolean reusedData, Rating rating, Boolean complaint,
                      LocalDate apologyOn, LocalDate newAppointmentOn, String unitCode) {

    public Dossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
    }

    /** A freshly received dossier with no events. */
    public static Dossier received(String code, String procedureCode, String applicant, Channel channel,
                                   LocalDateTime receivedAt) {
        return new Dossier(null, code, procedureCode, applicant, channel, receivedAt, List.of(), null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    public LocalDate receivedOn() { return receivedAt.toLocalDate(); }

    public boolean resolved() { return resolvedOn != null; }

    public Dossier withId(Long newId) {
        return new Dossier(newId, code, procedureCode, applicant, channel, receivedAt, supplements, resolvedOn, outcome,
                paidOnline, inputsDigitised, electronicResult, resultDigitised, reusedData, rating, complaint,
                apologyOn, newAppointmentOn, unitCode);
    }

    /** The same dossier in another unit (the unit's code, see {@code vn.reformdesk.domain.unit.Unit}). */
    public Dossier withUnit(String unit) {
        return new Dossier(id, code, procedureCode, applicant, channel, receivedAt, supplements, resolvedOn, outcome,
                paidOnline, inputsDigitised, electronicResult, resultDigitised, reusedData, rating, complaint,
                apologyOn, newAppointmentOn, unit);
    }

    public Dossier withSupplements(List<SupplementCycle> cycles) {
        return new Dossier(id, code, procedureCode, applicant, channel, receivedAt, cycles, resolvedOn, outcome,
                paidOnline, inputsDigitised, electronicResult, resultDigitised, reusedData, rating, complaint,
                apologyOn, newAppointmentOn, unitCode);
    }

    public Dossier withResolution(LocalDate on, Outcome how) {
        return new Dossier(id, code, procedureCode, applicant, channel, receivedAt, supplements, on, how,
                paidOnline, inputsDigitised, electronicResult, resultDigitised, reusedData, rating, complaint,
                apologyOn, newAppointmentOn, unitCode);
    }

    public Dossier withApology(LocalDate on, LocalDate newAppointment) {
        return new Dossier(id, code, procedureCode, applicant, channel, receivedAt, supplements, resolvedOn, outcome,
                paidOnline, inputsDigitised, electronicResult, resultDigitised, reusedData, rating, complaint,
                on, newAppointment, unitCode);
    }

    public Dossier withFacts(Boolean paid, Boolean digitised, Boolean eResult, Boolean resultDig, Boolean reused,
                             Rating newRating, Boolean hasComplaint) {
        return new Dossier(id, code, procedureCode, applicant, channel, receivedAt, supplements, resolvedOn, outcome,
                paid, digitised, eResult, resultDig, reused, newRating, hasComplaint, apologyOn, newAppointmentOn,
                unitCode);
    }
}
