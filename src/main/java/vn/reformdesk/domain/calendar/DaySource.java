package vn.reformdesk.domain.calendar;

import vn.reformdesk.domain.procedure.CodeEnums;

/** Where a day of the unit's calendar comes from. */
public enum DaySource {
    /** The official civil-servant calendar the app ships for the year. */
    OFFICIAL,
    /** The default rule applied to the lunar calendar, for a year the app has no official calendar of. */
    GENERATED,
    /** Typed or imported by the officer. */
    OFFICER;

    public String code() { return CodeEnums.code(this); }
}
