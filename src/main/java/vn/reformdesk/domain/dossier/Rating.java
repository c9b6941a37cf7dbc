package vn.reformdesk.domain.dossier;

import vn.reformdesk.domain.procedure.CodeEnums;

/** The citizen's rating of a dossier's handling. */
public enum Rating {
    VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED;

    public String code() { return CodeEnums.code(this); }

    public boolean negative() { return this == DISSATISFIED; }

    public static Rating fromCode(String code) { return CodeEnums.parse(Rating.class, code); }
}
