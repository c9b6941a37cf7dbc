package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.service.DossierRow;

/**
 * One list of the overdue board as a spreadsheet file, written by {@link CsvExport} (UTF-8 with BOM, RFC 4180,
 * text cells neutralised against formula injection, dates in the import formats; .xlsx when the name ends so).
 * Statuses are codes, as in {@code export dossiers}.
 */
public final class BoardCsv {
    public static final List<String> HEADER = List.of("code", "procedure_code", "procedure_name", "applicant",
            "received_at", "due_on", "status", "working_days_late", "working_days_left");

    private BoardCsv() {}

    public static void write(Path file, List<DossierRow> rows) throws IOException {
        CsvExport.writeRows(file, HEADER, rows.stream().map(BoardCsv::cells).toList());
    }

    static List<Object> cells(DossierRow r) {
        Dossier d = r.dossier();
        Deadline dl = r.deadline();
        return Arrays.asList(d.code(), d.procedureCode(), r.procedure() == null ? null : r.procedure().name(),
                d.applicant(), d.receivedAt(), dl.dueOn(), dl.status().code(), dl.workingDaysLate(),
                dl.workingDaysLeft());
    }
}
