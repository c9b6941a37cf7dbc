package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.service.DossierRow;

/**
 * One list of the overdue board as a spreadsheet file, written by {@link CsvExport} (UTF-8 with BOM, RFC 4180,
 * text cells neutralised against formula injection, dates in the import formats; .xlsx when the name ends so).
 * The officer's file (the board's export button) has the headings and statuses in the words of the screen; the
 * machine form, with the codes of {@code export dossiers}, is kept for scripts and tests.
 */
public final class BoardCsv {
    public static final List<String> HEADER = List.of("code", "procedure_code", "procedure_name", "applicant",
            "received_at", "due_on", "status", "working_days_late", "working_days_left");

    private BoardCsv() {}

    public static void write(Path file, List<DossierRow> rows) throws IOException {
        write(file, rows, HEADER, DossierStatus::code);
    }

    /** With {@code header} (one heading per column of {@link #HEADER}) and statuses in {@code statusWords}. */
    public static void write(Path file, List<DossierRow> rows, List<String> header,
                             Function<DossierStatus, String> statusWords) throws IOException {
        if (header.size() != HEADER.size()) throw new IllegalArgumentException("one heading per column: " + HEADER);
        CsvExport.writeRows(file, header, rows.stream().map(r -> cells(r, statusWords)).toList());
    }

    static List<Object> cells(DossierRow r, Function<DossierStatus, String> statusWords) {
        Dossier d = r.dossier();
        Deadline dl = r.deadline();
        return Arrays.asList(d.code(), d.procedureCode(), r.procedure() == null ? null : r.procedure().name(),
                d.applicant(), d.receivedAt(), dl.dueOn(), statusWords.apply(dl.status()), dl.workingDaysLate(),
                dl.workingDaysLeft());
    }
}
