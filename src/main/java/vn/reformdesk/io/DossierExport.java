package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.service.RegisterService;

/**
 * {@code export dossiers}: every dossier with the dossiers.csv input columns (so the file imports back
 * unchanged) plus {@code effective_received_on, due_on, status, working_days_late, supplement_cycles} computed
 * as of a date by {@link RegisterService#rowsAsOf}. CSV (UTF-8 with BOM) or .xlsx by the file name.
 * The supplement columns hold the first cycle (see {@link DossierImport}); {@code supplement_cycles} counts the
 * requests made by the as-of date. A dossier received after the as-of date has no status then: its computed columns
 * are left empty.
 */
public final class DossierExport {
    public static final List<String> INPUT_COLUMNS = List.of("code", "procedure_code", "applicant", "channel",
            "received_at", "supplement_requested_on", "supplement_received_on", "resolved_on", "outcome", "paid_online",
            "inputs_digitised", "electronic_result", "rating", "complaint", "apology_on");
    public static final List<String> COMPUTED_COLUMNS = List.of("effective_received_on", "due_on", "status",
            "working_days_late", "supplement_cycles");

    private DossierExport() {}

    public static List<String> header() {
        List<String> h = new ArrayList<>(INPUT_COLUMNS);
        h.addAll(COMPUTED_COLUMNS);
        return h;
    }

    /** Writes the file; returns how many dossiers it holds. */
    public static int write(RegisterService register, Path file, LocalDate asOf) throws IOException {
        int[] count = {0};
        try (CsvExport.RowSink sink = CsvExport.open(file, header())) {
            register.forEachRow(null, null, asOf, row -> {
                try {
                    sink.row(cells(row, asOf));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                count[0]++;
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** One row's cells, in {@link #header()} order; the computed ones empty for a dossier received after {@code asOf}. */
    public static List<Object> cells(DossierRow row, LocalDate asOf) {
        Dossier d = row.dossier();
        Deadline dl = row.deadline();
        SupplementCycle first = d.supplements().isEmpty() ? null : d.supplements().get(0);
        List<Object> c = new ArrayList<>(20);
        c.add(d.code());
        c.add(d.procedureCode());
        c.add(d.applicant());
        c.add(d.channel().code());
        c.add(d.receivedAt());
        c.add(first == null ? null : first.requestedOn());
        c.add(first == null ? null : first.receivedOn());
        c.add(d.resolvedOn());
        c.add(d.outcome() == null ? null : d.outcome().code());
        c.add(d.paidOnline());
        c.add(d.inputsDigitised());
        c.add(d.electronicResult());
        c.add(d.rating() == null ? null : d.rating().code());
        c.add(d.complaint());
        c.add(d.apologyOn());
        if (d.receivedOn().isAfter(asOf)) {
            for (int i = 0; i < COMPUTED_COLUMNS.size(); i++) c.add(null);
            return c;
        }
        c.add(dl.effectiveReceivedOn());
        c.add(dl.dueOn());
        c.add(dl.status().code());
        c.add(dl.workingDaysLate());
        c.add(dl.supplementCycles());
        return c;
    }
}
