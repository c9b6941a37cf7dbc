package vn.reformdesk.store;

/** For tests in other packages: what counts as a large import (DossierIndexes), so a few hundred rows can be one. */
public final class LargeImports {
    private LargeImports() {}

    /** Sets the rows from which an import is large; returns the previous value, to be set back afterwards. */
    public static long fromRows(long rows) {
        long before = DossierIndexes.minRows;
        DossierIndexes.minRows = rows;
        return before;
    }
}
