package vn.reformdesk.ui.overdue;

/** The three lists of the overdue board. */
public enum BoardList {
    OVERDUE("overdue", "qua-han"),
    DUE_SOON("dueSoon", "sap-den-han"),
    MISSING_APOLOGY("apology", "thieu-phieu-xin-loi");

    private final String key;
    private final String filePrefix;

    BoardList(String key, String filePrefix) {
        this.key = key;
        this.filePrefix = filePrefix;
    }

    /** The part of the i18n keys and node ids for this list, e.g. {@code overdue.list.dueSoon.title}. */
    public String key() { return key; }

    /** The service's list this one shows. */
    public vn.reformdesk.service.BoardPages.Kind kind() { return vn.reformdesk.service.BoardPages.Kind.valueOf(name()); }

    /** The suggested export file name's start (ASCII, safe on every file system). */
    public String filePrefix() { return filePrefix; }
}
