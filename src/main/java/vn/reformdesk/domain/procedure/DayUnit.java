package vn.reformdesk.domain.procedure;

/** Unit of a procedure's statutory time. Nearly all are working days; a few laws state calendar days. */
public enum DayUnit {
    WORKING, CALENDAR;

    public String code() { return CodeEnums.code(this); }

    public static DayUnit fromCode(String code) { return CodeEnums.parse(DayUnit.class, code); }
}
