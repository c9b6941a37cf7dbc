package vn.reformdesk.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.reformdesk.io.table.SafeCells;

/**
 * Writes a list as a table any exporter can use: CSV (UTF-8 with BOM so Excel shows Vietnamese correctly,
 * CRLF, RFC 4180 quoting) or .xlsx when the file name ends in {@code .xlsx}. Cells may be String, Number,
 * Boolean, LocalDate, LocalDateTime or null. Text goes through {@link SafeCells#text} (no formula injection);
 * dates are written as {@code yyyy-MM-dd} and date-times as {@code yyyy-MM-dd HH:mm} ({@code HH:mm:ss} when the
 * seconds are not zero), the import formats, so an
 * exported file imports back unchanged. The file is written to a temporary sibling and then moved into place.
 */
public final class CsvExport {
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvExport() {}

    /** Where rows go one at a time, so an export of a million dossiers never holds them all. */
    public interface RowSink extends AutoCloseable {
        void row(List<?> cells) throws IOException;

        /** Finishes the file and moves it into place. */
        @Override
        void close() throws IOException;
    }

    public static void writeRows(Path file, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        try (RowSink sink = open(file, header)) {
            for (List<?> row : rows) sink.row(row);
        }
    }

    /** Opens a CSV (UTF-8 with BOM) or .xlsx file for writing row by row; it appears only when closed. */
    public static RowSink open(Path file, List<String> header) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = (parent == null ? Path.of(".") : parent).resolve(file.getFileName() + ".tmp");
        boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        OutputStream out = Files.newOutputStream(tmp);
        RowSink inner = xlsx ? xlsxSink(out, header) : csvSink(out, header);
        return new RowSink() {
            private boolean failed = true;

            @Override
            public void row(List<?> cells) throws IOException { inner.row(cells); }

            @Override
            public void close() throws IOException {
                try {
                    inner.close();
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                    failed = false;
                } finally {
                    if (failed) Files.deleteIfExists(tmp);
                }
            }
        };
    }

    private static RowSink csvSink(OutputStream out, List<String> header) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
        w.write('\uFEFF');
        printer.printRecord(header);
        String[] cells = new String[header.size()];
        return new RowSink() {
            @Override
            public void row(List<?> row) throws IOException {
                for (int i = 0; i < cells.length; i++) cells[i] = i < row.size() ? text(row.get(i)) : "";
                printer.printRecord((Object[]) cells);
            }

            @Override
            public void close() throws IOException { printer.close(); }
        };
    }

    /** A cell as CSV text. */
    public static String text(Object v) {
        if (v == null) return "";
        if (v instanceof String s) return SafeCells.text(s);
        if (v instanceof LocalDate d) return d.toString();
        // seconds kept when there are any, so an exported register imports back as "unchanged"
        if (v instanceof LocalDateTime t) return (t.getSecond() == 0 && t.getNano() == 0 ? DATE_TIME : DATE_TIME_SECONDS).format(t);
        if (v instanceof BigDecimal b) return b.toPlainString();
        return SafeCells.text(String.valueOf(v));
    }

    private static RowSink xlsxSink(OutputStream out, List<String> header) {
        Workbook wb = new Workbook(out, "ReformDesk", "1.0");
        Worksheet ws = wb.newWorksheet("data");
        for (int c = 0; c < header.size(); c++) ws.value(0, c, header.get(c));
        if (!header.isEmpty()) ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        return new RowSink() {
            private int r = 1;

            @Override
            public void row(List<?> row) throws IOException {
                for (int c = 0; c < header.size() && c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v == null) continue;
                    if (v instanceof Number n) ws.value(r, c, n);
                    else if (v instanceof Boolean b) ws.value(r, c, b.toString());
                    else ws.value(r, c, text(v));
                }
                if (r % 10_000 == 0) ws.flush();
                r++;
            }

            @Override
            public void close() throws IOException {
                wb.finish();
                out.close();
            }
        };
    }
}
