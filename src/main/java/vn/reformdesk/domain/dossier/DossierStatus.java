package vn.reformdesk.domain.dossier;

import vn.reformdesk.domain.procedure.CodeEnums;

/** A dossier's status as of a date (domain.md §2). */
public enum DossierStatus {
    EARLY, ON_TIME, LATE, PAUSED, OVERDUE, PENDING, DUE_SOON;

    public String code() { return CodeEnums.code(this); }

    public boolean resolved() { return this == EARLY || this == ON_TIME || this == LATE; }

    /** Late or overdue: the dossier counts against timeliness. */
    public boolean pastDue() { return this == LATE || this == OVERDUE; }

    public static DossierStatus fromCode(String code) { return CodeEnums.parse(DossierStatus.class, code); }
}
