package vn.reformdesk.domain.dossier;

import vn.reformdesk.domain.procedure.CodeEnums;

/** How a dossier was filed. Portal channel codes: 1 in person, 2 online, 3 public postal service. */
public enum Channel {
    DIRECT, ONLINE, POSTAL;

    public String code() { return CodeEnums.code(this); }

    public static Channel fromCode(String code) { return CodeEnums.parse(Channel.class, code); }
}
