package vn.reformdesk.domain.calendar;

import vn.reformdesk.domain.procedure.CodeEnums;

/** A day that differs from the Monday–Friday rule: a weekday off, or a weekend day worked (swapped). */
public enum DayKind {
    HOLIDAY, WORKDAY;

    public String code() { return CodeEnums.code(this); }

    public static DayKind fromCode(String code) { return CodeEnums.parse(DayKind.class, code); }
}
