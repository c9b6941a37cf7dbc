package vn.reformdesk.io.table;

import java.nio.file.Path;
import java.util.List;

/** What every reader refuses in a row's cells instead of dropping it: a NUL byte, a cell beyond the header. */
public final class Cells {
    private Cells() {}

    /** The spreadsheet letter of a 0-based column: A … Z, AA … (what the officer sees above the column). */
    public static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) sb.insert(0, (char) ('A' + (i - 1) % 26));
        return sb.toString();
    }

    /**
     * Refuses the file at the first NUL byte in {@code cells} (line {@code line}): a NUL is not text, and quietly
     * dropping it (as trimming a cell does) would change the value. {@code header} names the columns (null: the
     * columns are named by their letter).
     */
    public static void refuseNul(Path file, long line, List<String> header, List<String> cells) throws TableFormatException {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v == null || v.indexOf('\0') < 0) continue;
            String column = header != null && i < header.size() && !header.get(i).isBlank() ? header.get(i) : letter(i);
            throw new TableFormatException(file.getFileName() + ": contains a NUL byte (U+0000): the file is damaged or"
                    + " is not CSV text (saved as UTF-16 or from another program?); save it again as CSV UTF-8", null,
                    line, column, v);
        }
    }

    /**
     * The problem of a row with more cells than the header has columns when one of the extra cells holds something
     * (it would be lost: often an unquoted comma inside a cell); null when the extra cells are blank or there are none.
     */
    public static ImportProblem beyondHeader(String fileName, long line, int headerSize, List<String> cells) {
        for (int i = headerSize; i < cells.size(); i++) {
            String v = cells.get(i);
            if (v == null || v.isBlank()) continue;
            return new ImportProblem(fileName, line, letter(i), "the row has " + lastFilled(cells) + " cells but the"
                    + " header only " + headerSize + ": this cell has no heading and would be lost (a comma inside an"
                    + " unquoted cell?)", v);
        }
        return null;
    }

    private static int lastFilled(List<String> cells) {
        int n = cells.size();
        while (n > 0 && (cells.get(n - 1) == null || cells.get(n - 1).isBlank())) n--;
        return n;
    }
}
