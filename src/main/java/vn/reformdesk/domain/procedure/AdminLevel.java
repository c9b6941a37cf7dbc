package vn.reformdesk.domain.procedure;

/** Tier of government that handles a procedure. {@code DISTRICT} is kept for history after the 2025 reorganisation. */
public enum AdminLevel {
    PROVINCE, DISTRICT, COMMUNE;

    public String code() { return name().toLowerCase(); }

    public static AdminLevel fromCode(String code) { return CodeEnums.parse(AdminLevel.class, code); }
}
