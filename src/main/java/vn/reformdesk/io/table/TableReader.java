package vn.reformdesk.io.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a CSV (UTF-8, with or without BOM, RFC 4180) or an .xlsx file with one header row into
 * {@link TableRow}s. Header names are matched case-insensitively; unknown columns are kept and ignored by
 * the importers. Malformed text (bad encoding, broken quoting) ends in a {@link TableFormatException}.
 */
public final class TableReader {
    /** RFC 4180, spaces around cells kept (they are trimmed where a value is read). */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();

    private TableReader() {}

    /** The file as strict UTF-8 text (a malformed byte is an error, not a replacement character), without its BOM. */
    static Reader openText(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
        } catch (IOException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    /** The header (lower-case, trimmed) and a callback per row, so large files stream. */
    public static List<String> read(Path file, Consumer<TableRow> rows) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? readXlsx(file, rows) : readCsv(file, rows);
    }

    private static List<String> readCsv(Path file, Consumer<TableRow> rows) throws IOException {
        try (Reader reader = openText(file)) {
            try (CSVParser parser = CSVParser.parse(reader, CSV)) {
                List<String> header = null;
                long[] nextStart = {1};
                try {
                for (CSVRecord rec : parser) {
                    long start = nextStart[0];
                    nextStart[0] = parser.getCurrentLineNumber() + 1;
                    List<String> values = rec.toList();
                    Cells.refuseNul(file, start, header, values);
                    if (header == null) {
                        header = new ArrayList<>();
                        for (String h : values) header.add(h.trim().toLowerCase(Locale.ROOT));
                        continue;
                    }
                    if (rec.size() == 1 && rec.get(0).isBlank()) continue; // blank line
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < rec.size(); i++) cells.put(header.get(i), rec.get(i));
                    // header is line 1; a record's line is where it starts (multi-line quoted cells span more)
                    rows.accept(row(file, start, header.size(), cells, values));
                }
                } catch (java.io.UncheckedIOException e) {
                    throw unwrap(file, e.getCause(), nextStart[0]);
                }
                return header == null ? List.of() : header;
            } catch (IllegalStateException e) {
                throw new TableFormatException(file.getFileName() + ": " + e.getMessage(), e);
            }
        } catch (CharacterCodingException e) {
            throw new TableFormatException(file.getFileName() + ": the file is not UTF-8 text (save it as CSV UTF-8)", e);
        }
    }

    /**
     * A parse failure as a problem of the file: bad encoding, or broken quoting reported on {@code line}, the line
     * where the record that cannot be read starts (where the unbalanced quote opens).
     */
    static IOException unwrap(Path file, IOException e, long line) {
        if (e instanceof CharacterCodingException) {
            return new TableFormatException(file.getFileName() + ": the file is not UTF-8 text (save it as CSV UTF-8)", e);
        }
        if (e instanceof org.apache.commons.csv.CSVException) {
            String m = String.valueOf(e.getMessage());
            String why = m.contains("EOF reached before encapsulated token finished")
                    ? "a quoted cell that starts on this line is never closed (unbalanced \")"
                    : m.contains("Invalid character between encapsulated token and delimiter")
                    ? "text after the closing quote of a cell (a \" inside a quoted cell must be written \"\")"
                    : "broken CSV quoting (" + m + ")";
            return new TableFormatException(file.getFileName() + ": " + why, e, line);
        }
        return e;
    }

    private static List<String> readXlsx(Path file, Consumer<TableRow> rows) throws IOException {
        WorkbookCheck.check(file); // a zip bomb, a part too large, a DTD: refused in words before unpacking
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            List<String> header = null;
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (header == null) {
                        header = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            header.add(text(row.getCell(i)).trim().toLowerCase(Locale.ROOT));
                        }
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    List<String> values = new ArrayList<>(row.getCellCount());
                    boolean any = false;
                    for (int i = 0; i < row.getCellCount(); i++) {
                        String v = text(row.getCell(i));
                        any |= !v.isBlank();
                        values.add(v);
                        if (i < header.size()) cells.put(header.get(i), v);
                    }
                    if (any) rows.accept(row(file, row.getRowNum(), header.size(), cells, values));
                }
            }
            return header == null ? List.of() : header;
        } catch (IOException | RuntimeException e) {
            if (e instanceof TableFormatException t) throw t;
            throw new TableFormatException(file.getFileName() + ": not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    /** A data row; one with a filled cell beyond the header carries that problem (the cell would be lost). */
    private static TableRow row(Path file, long line, int headerSize, Map<String, String> cells, List<String> values) {
        ImportProblem beyond = Cells.beyondHeader(file.getFileName().toString(), line, headerSize, values);
        return new TableRow(line, cells, beyond == null ? List.of() : List.of(beyond));
    }

    static String text(Cell cell) {
        if (cell == null) return "";
        return switch (cell.getType()) {
            case NUMBER -> {
                var n = cell.asNumber();
                yield n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }
}
