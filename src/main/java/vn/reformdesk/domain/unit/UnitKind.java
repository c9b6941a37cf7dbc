package vn.reformdesk.domain.unit;

import vn.reformdesk.domain.procedure.CodeEnums;

/** What a unit of a province is. The province ranks departments among departments and communes among communes. */
public enum UnitKind {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE;

    public String code() { return CodeEnums.code(this); }

    public static UnitKind fromCode(String code) { return CodeEnums.parse(UnitKind.class, code); }
}
