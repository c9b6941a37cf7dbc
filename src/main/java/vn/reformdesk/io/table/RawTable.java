package vn.reformdesk.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellRangeAddress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A CSV or .xlsx file as it is, row by row, before any heading is known: what the mapping layer needs to find
 * the heading row below a report's title rows. In a workbook a merged cell's value is given to every cell of
 * its range (a procedure name merged down over its dossiers, a heading merged over two heading rows), as the
 * officer sees it on screen.
 */
public final class RawTable {
    /** One row: its 1-based line in the file (a workbook's row number) and its cells, blank ones as "". */
    @FunctionalInterface
    public interface Rows {
        void row(long line, List<String> cells);
    }

    private static final Pattern MERGE = Pattern.compile("<(?:\\w+:)?mergeCell\\s[^>]*?ref=\"([A-Z]+\\d+:[A-Z]+\\d+)\"");

    private RawTable() {}

    /** Every row of the file's first sheet (or of the CSV), blank rows included; the consumer may throw to stop. */
    public static void read(Path file, Rows rows) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) readXlsx(file, rows);
        else readCsv(file, rows);
    }

    private static void readCsv(Path file, Rows rows) throws IOException {
        try (Reader reader = TableReader.openText(file); CSVParser parser = CSVParser.parse(reader, TableReader.CSV)) {
            long next = 1;
            try {
                for (CSVRecord rec : parser) {
                    long start = next;
                    next = parser.getCurrentLineNumber() + 1;
                    List<String> cells = rec.toList();
                    Cells.refuseNul(file, start, null, cells);
                    rows.row(start, cells);
                }
            } catch (java.io.UncheckedIOException e) {
                throw TableReader.unwrap(file, e.getCause(), next);
            }
        } catch (CharacterCodingException e) {
            throw new TableFormatException(file.getFileName() + ": the file is not UTF-8 text (save it as CSV UTF-8)", e);
        }
    }

    private static void readXlsx(Path file, Rows rows) throws IOException {
        WorkbookCheck.check(file); // a zip bomb, a part too large, a DTD: refused in words before unpacking
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            List<CellRangeAddress> merged = mergedRanges(file, sheet.getId());
            List<List<String>> fill = new ArrayList<>(); // values of merged ranges, by index in `merged`
            for (int i = 0; i < merged.size(); i++) fill.add(null);
            try (var stream = sheet.openStream()) {
                long previous = 0;
                for (Row row : (Iterable<Row>) stream::iterator) {
                    // rows with no cell at all are absent from the sheet: give them as blank rows
                    for (long blank = previous + 1; blank < row.getRowNum(); blank++) rows.row(blank, List.of());
                    previous = row.getRowNum();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) cells.add(TableReader.text(row.getCell(i)));
                    fillMerged(row.getRowNum() - 1, cells, merged, fill);
                    rows.row(row.getRowNum(), cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TableFormatException t) throw t;
            if (e instanceof RuntimeException r && !(r instanceof org.dhatim.fastexcel.reader.ExcelReaderException)
                    && !(r instanceof IllegalArgumentException) && !(r instanceof java.io.UncheckedIOException)) {
                throw r; // the consumer stopping, or a bug
            }
            throw new TableFormatException(file.getFileName() + ": not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    /** Gives the cells of {@code row} (0-based) inside a merged range the value of the range's first cell. */
    private static void fillMerged(int row, List<String> cells, List<CellRangeAddress> merged, List<List<String>> fill) {
        for (int m = 0; m < merged.size(); m++) {
            CellRangeAddress r = merged.get(m);
            if (!r.containsRow(row)) continue;
            while (cells.size() <= r.getLastColumn()) cells.add("");
            if (row == r.getFirstRow()) {
                String v = cells.get(r.getFirstColumn());
                for (int c = r.getFirstColumn(); c <= r.getLastColumn(); c++) cells.set(c, v);
                fill.set(m, List.of(v));
            } else if (fill.get(m) != null) {
                for (int c = r.getFirstColumn(); c <= r.getLastColumn(); c++) cells.set(c, fill.get(m).get(0));
            }
        }
    }

    /**
     * The merged ranges of the sheet with relationship id {@code sheetId}. fastexcel does not give them; they are
     * listed after the rows in the sheet's XML, so its text is scanned for them (no XML tree is built).
     */
    private static List<CellRangeAddress> mergedRanges(Path file, String sheetId) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String part = sheetPart(zip, sheetId);
            ZipEntry entry = part == null ? null : zip.getEntry(part);
            if (entry == null) return List.of();
            Set<String> refs = new LinkedHashSet<>();
            try (Reader r = new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.ISO_8859_1)) {
                char[] buf = new char[1 << 16];
                StringBuilder window = new StringBuilder();
                int n;
                while ((n = r.read(buf)) > 0) {
                    window.append(buf, 0, n);
                    Matcher m = MERGE.matcher(window);
                    while (m.find()) refs.add(m.group(1));
                    // keep a tail long enough for an element cut in two by the buffer
                    if (window.length() > 512) window.delete(0, window.length() - 512);
                }
            }
            List<CellRangeAddress> out = new ArrayList<>();
            for (String ref : refs) out.add(CellRangeAddress.valueOf(ref));
            return out;
        }
    }

    private static String sheetPart(ZipFile zip, String sheetId) throws IOException {
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (rels == null || sheetId == null) return null;
        String text = new String(zip.getInputStream(rels).readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<Relationship\\s[^>]*>").matcher(text);
        while (m.find()) {
            String tag = m.group();
            if (!tag.contains("Id=\"" + sheetId + "\"")) continue;
            Matcher t = Pattern.compile("Target=\"([^\"]+)\"").matcher(tag);
            if (!t.find()) return null;
            String target = t.group(1);
            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
        }
        return null;
    }
}
