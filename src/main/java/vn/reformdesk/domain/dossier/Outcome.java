package vn.reformdesk.domain.dossier;

import vn.reformdesk.domain.procedure.CodeEnums;

/** How a dossier ended. Rejected and withdrawn stop the clock but are not results issued. */
public enum Outcome {
    ISSUED, REJECTED, WITHDRAWN;

    public String code() { return CodeEnums.code(this); }

    public static Outcome fromCode(String code) { return CodeEnums.parse(Outcome.class, code); }
}
