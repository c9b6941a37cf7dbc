package vn.reformdesk.service;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.Procedure;

/** A dossier with its procedure and its deadline computed as of a date: one row of every dossier list. */
public record DossierRow(Dossier dossier, Procedure procedure, Deadline deadline) {
}
