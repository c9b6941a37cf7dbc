package vn.reformdesk.domain.procedure;

/** Online service level: FULL (toàn trình, old "level 4"), PARTIAL (một phần, old "level 3"), NONE. */
public enum OnlineLevel {
    FULL, PARTIAL, NONE;

    public String code() { return CodeEnums.code(this); }

    public static OnlineLevel fromCode(String code) { return CodeEnums.parse(OnlineLevel.class, code); }
}
