package vn.reformdesk.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.io.table.SafeCells;
import vn.reformdesk.service.DossierRow;

/**
 * Writes one list of the overdue board as CSV for a spreadsheet: UTF-8 with a BOM (so Excel shows Vietnamese
 * correctly), comma separated, RFC 4180 quoting, one header row. Dates are ISO ({@code yyyy-MM-dd},
 * {@code yyyy-MM-ddTHH:mm}) and statuses are codes, as in the dossier import format.
 * Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get
 * a leading apostrophe ({@link SafeCells}).
 */
public final class BoardCsv {
    public static final List<String> HEADER = List.of("code", "procedure_code", "procedure_name", "applicant",
            "received_at", "due_on", "status", "working_days_late", "working_days_left");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new)).get();

    private BoardCsv() {}

    /** Writes {@code rows} to {@code file}, replacing it only once everything is written. */
    public static void write(Path file, List<DossierRow> rows) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".board-", ".csv.tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(w, rows);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(Writer out, List<DossierRow> rows) throws IOException {
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        for (DossierRow r : rows) {
            Dossier d = r.dossier();
            Deadline dl = r.deadline();
            csv.printRecord(safe(d.code()), safe(d.procedureCode()),
                    safe(r.procedure() == null ? "" : r.procedure().name()), safe(d.applicant()),
                    DATE_TIME.format(d.receivedAt()), dl.dueOn().toString(), dl.status().code(),
                    dl.workingDaysLate(), dl.workingDaysLeft());
        }
        csv.flush();
    }

    private static String safe(String text) { return text == null ? "" : SafeCells.text(text); }
}
