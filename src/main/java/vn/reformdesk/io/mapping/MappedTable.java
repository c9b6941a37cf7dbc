package vn.reformdesk.io.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reformdesk.io.table.Cells;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.RawTable;
import vn.reformdesk.io.table.TableFormatException;
import vn.reformdesk.io.table.TableRow;

/**
 * Reads a spreadsheet through a {@link ColumnMapping}: finds its heading row below the title rows, gives each
 * data row our column names and codes, and reads Excel date serial numbers in date columns. The rows keep their
 * line in the file, so the importers' {@code FILE:LINE: column NAME} messages point at the right place.
 */
public final class MappedTable {
    /** The heading row is looked for among this many first rows (title rows, a date range, blank rows). */
    public static final int HEADING_SEARCH_ROWS = 30;
    /** The first day of Excel's date serial numbers (1900 date system; serials after 60, i.e. every real date). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
    private static final Pattern DASHED_DATE = Pattern.compile("(\\d{1,2})[-.](\\d{1,2})[-.](\\d{4})(.*)");
    private static final Pattern DAYS = Pattern.compile("(\\d+)\\s*(ngay|ngay lam viec|ngay lv|days?)?( .*)?");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");

    /** A raw row of the file: its line and its cells. */
    public record RawRow(long line, List<String> cells) { }

    private final ColumnMapping mapping;
    /** The file's name, for the problems of a row ("" in the import screen's preview). */
    private final String fileName;
    /** Our column for each column of the file (null: not imported). */
    private final String[] targets;
    /** The outcome of a resolved dossier when the file has no status column: a result date means a result. */
    private final boolean impliedOutcome;
    private final List<String> header = new ArrayList<>();
    private boolean firstDataRow = true;

    private MappedTable(ColumnMapping mapping, List<String> headingCells, String fileName) {
        this.mapping = mapping;
        this.fileName = fileName;
        targets = new String[headingCells.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = mapping.column(headingCells.get(i));
            if (targets[i] != null) header.add(targets[i]);
        }
        impliedOutcome = "dossiers".equals(mapping.kind()) && header.contains("resolved_on") && !header.contains("outcome");
        if (impliedOutcome) header.add("outcome");
    }

    /** The mapping applied to a heading row (its cells as in the file). */
    public static MappedTable of(ColumnMapping mapping, List<String> headingCells) { return new MappedTable(mapping, headingCells, ""); }

    /** Our columns, in the file's order. */
    public List<String> header() { return List.copyOf(header); }

    /**
     * Reads {@code file} through {@code mapping}; every data row goes to {@code rows}. Returns the header (our
     * column names). A file whose first rows hold no row with the mapping's headings is refused.
     */
    public static List<String> read(Path file, ColumnMapping mapping, Consumer<TableRow> rows) throws IOException {
        List<RawRow> first = new ArrayList<>();
        MappedTable[] table = {null};
        try {
            RawTable.read(file, (line, cells) -> {
                if (table[0] != null) {
                    table[0].emit(line, cells, rows);
                    return;
                }
                first.add(new RawRow(line, cells));
                if (first.size() == HEADING_SEARCH_ROWS) {
                    try {
                        table[0] = start(file, mapping, first, rows);
                    } catch (TableFormatException e) {
                        throw new NoHeading(e);
                    }
                }
            });
        } catch (NoHeading e) {
            throw e.problem;
        }
        if (table[0] == null) table[0] = start(file, mapping, first, rows);
        return table[0].header();
    }

    private static MappedTable start(Path file, ColumnMapping mapping, List<RawRow> first, Consumer<TableRow> rows)
            throws TableFormatException {
        int h = headingRow(mapping, first);
        if (h < 0) {
            throw new TableFormatException(file.getFileName() + ": none of the first " + HEADING_SEARCH_ROWS
                    + " rows has the headings of the mapping (" + String.join(", ", mapping.columns().keySet()) + ")",
                    null, first.isEmpty() ? 1 : first.get(0).line());
        }
        MappedTable t = new MappedTable(mapping, first.get(h).cells(), file.getFileName().toString());
        for (RawRow r : first.subList(h + 1, first.size())) t.emit(r.line(), r.cells(), rows);
        return t;
    }

    private void emit(long line, List<String> cells, Consumer<TableRow> rows) {
        TableRow r = row(line, cells);
        if (r != null) rows.accept(r);
    }

    /** The first row holding every heading the mapping imports; -1 when none does (or it imports nothing). */
    public static int headingRow(ColumnMapping mapping, List<RawRow> rows) {
        if (mapping.columns().isEmpty()) return -1;
        for (int i = 0; i < rows.size(); i++) {
            Set<String> keys = new HashSet<>();
            for (String c : rows.get(i).cells()) keys.add(Headings.key(c));
            if (keys.containsAll(mapping.columns().keySet())) return i;
        }
        return -1;
    }

    /** The row with the most headings the vocabulary knows (at least two), for a file never seen; -1 if none. */
    public static int likelyHeadingRow(String kind, List<RawRow> rows) {
        int best = -1;
        int bestScore = 1;
        for (int i = 0; i < rows.size(); i++) {
            int score = ColumnMapping.suggest(kind, rows.get(i).cells()).columns().size();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** One data row with our columns and codes; null for a blank row or the row of column numbers under the heading. */
    public TableRow row(long line, List<String> cells) {
        boolean wasFirst = firstDataRow;
        Map<String, String> out = new LinkedHashMap<>();
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) return null;
        firstDataRow = false;
        if (wasFirst && columnNumbers(cells)) return null;
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] == null) continue;
            String raw = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            out.put(targets[i], value(targets[i], raw));
        }
        if (impliedOutcome) {
            String resolved = out.get("resolved_on");
            out.put("outcome", resolved != null && !resolved.isBlank() ? "issued" : "");
        }
        ImportProblem beyond = Cells.beyondHeader(fileName, line, targets.length, cells);
        return new TableRow(line, out, beyond == null ? List.of() : List.of(beyond));
    }

    /** Portal exports number their columns "(1) (2) (3)…" on the row under the headings: not data. */
    public static boolean columnNumbers(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            if (c == null || c.isBlank()) continue;
            if (!COLUMN_NUMBER.matcher(c.trim()).matches()) return false;
            n++;
        }
        return n >= 2;
    }

    /** A cell as our importers read it: a code for a known word, a date for a serial number. */
    String value(String column, String raw) {
        String v = raw.trim();
        if (v.isEmpty()) return raw;
        if (Vocabulary.coded(column)) {
            String code = mapping.code(column, v);
            return code != null ? code : raw;
        }
        if (Vocabulary.DATE_COLUMNS.contains(column)) return date(v, column.equals("received_at"));
        String key = Headings.key(v);
        if (column.equals("processing_days") && !v.matches("[-+]?\\d+")) { // "15 ngày làm việc"
            Matcher m = DAYS.matcher(key);
            return m.matches() ? m.group(1) : raw;
        }
        if (column.equals("fee_vnd")) {
            if (key.equals("mien phi") || key.equals("khong") || key.equals("khong thu")) return "0";
            return v.replaceAll("(?i)\\s*(đồng|đ|vnđ|vnd)\\.?$", "");
        }
        return raw;
    }

    /** An Excel serial (45000 is 15/03/2023; 45000.5 its noon) or dd-MM-yyyy as the importers' dd/MM/yyyy. */
    static String date(String v, boolean withTime) {
        if (SERIAL.matcher(v).matches()) {
            double serial = Double.parseDouble(v);
            if (serial >= 61 && serial < 2_958_466) {
                LocalDate day = EXCEL_EPOCH.plusDays((long) Math.floor(serial));
                long minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
                if (!withTime || minutes == 0) return day.toString();
                LocalDateTime t = day.atStartOfDay().plusMinutes(minutes);
                return t.toString();
            }
        }
        Matcher m = DASHED_DATE.matcher(v);
        if (m.matches()) return m.group(1) + "/" + m.group(2) + "/" + m.group(3) + m.group(4);
        return v;
    }

    /** At most {@code max} raw rows from the start of the file (for the import screen). */
    public static List<RawRow> firstRows(Path file, int max) throws IOException {
        List<RawRow> out = new ArrayList<>();
        try {
            RawTable.read(file, (line, cells) -> {
                if (out.size() >= max) throw new Enough();
                out.add(new RawRow(line, cells));
            });
        } catch (Enough e) {
            // read enough
        }
        return out;
    }

    /** Carries the missing heading row out of the reading callback. */
    private static final class NoHeading extends RuntimeException {
        final transient TableFormatException problem;

        NoHeading(TableFormatException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private static final class Enough extends RuntimeException {
        Enough() { super(null, null, false, false); }
    }
}
