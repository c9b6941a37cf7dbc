package vn.reformdesk.io.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;

/**
 * A dossier with every field and every supplementation cycle as one CSV record: the row format of the
 * exchange package, and the stored form of "their" side of a conflict. Its SHA-256 identifies a version.
 */
public final class DossierCodec {
    public static final String[] HEADER = {"code", "procedure_code", "applicant", "channel", "received_at",
        "resolved_on", "outcome", "paid_online", "inputs_digitised", "electronic_result", "result_digitised",
        "reused_data", "rating", "complaint", "apology_on", "new_appointment_on", "unit_code", "supplements"};

    private DossierCodec() {}

    public static List<String> fields(Dossier d) {
        List<String> out = new ArrayList<>(HEADER.length);
        out.add(d.code());
        out.add(d.procedureCode());
        out.add(d.applicant());
        out.add(d.channel().code());
        out.add(d.receivedAt().toString());
        out.add(str(d.resolvedOn()));
        out.add(d.outcome() == null ? null : d.outcome().code());
        out.add(str(d.paidOnline()));
        out.add(str(d.inputsDigitised()));
        out.add(str(d.electronicResult()));
        out.add(str(d.resultDigitised()));
        out.add(str(d.reusedData()));
        out.add(d.rating() == null ? null : d.rating().code());
        out.add(str(d.complaint()));
        out.add(str(d.apologyOn()));
        out.add(str(d.newAppointmentOn()));
        out.add(d.unitCode());
        StringBuilder cycles = new StringBuilder();
        for (SupplementCycle c : d.supplements()) {
            if (cycles.length() > 0) cycles.append(';');
            cycles.append(c.requestedOn()).append('/').append(c.receivedOn() == null ? "" : c.receivedOn());
        }
        out.add(cycles.toString());
        return out;
    }

    /** Reads a record written by {@link #fields}; throws IllegalArgumentException naming the bad field. */
    public static Dossier parse(CSVRecord r) {
        String field = "code";
        try {
            String code = need(r, field);
            field = "supplements";
            List<SupplementCycle> cycles = new ArrayList<>();
            String s = opt(r, field);
            if (s != null) {
                for (String part : s.split(";")) {
                    String[] ab = part.split("/", -1);
                    cycles.add(new SupplementCycle(LocalDate.parse(ab[0]), ab[1].isEmpty() ? null : LocalDate.parse(ab[1])));
                }
            }
            field = "channel";
            Channel channel = Channel.fromCode(need(r, field));
            field = "received_at";
            LocalDateTime received = LocalDateTime.parse(need(r, field));
            field = "outcome";
            String outcome = opt(r, field);
            field = "rating";
            String rating = opt(r, field);
            field = "resolved_on";
            return new Dossier(null, code, need(r, "procedure_code"), opt(r, "applicant"), channel, received, cycles,
                    date(r, "resolved_on"), outcome == null ? null : Outcome.fromCode(outcome),
                    bool(r, "paid_online"), bool(r, "inputs_digitised"), bool(r, "electronic_result"),
                    bool(r, "result_digitised"), bool(r, "reused_data"),
                    rating == null ? null : Rating.fromCode(rating), bool(r, "complaint"), date(r, "apology_on"),
                    date(r, "new_appointment_on"), opt(r, "unit_code"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("line " + r.getRecordNumber() + ": " + field + ": " + e.getMessage(), e);
        }
    }

    /** One line of text (used to store a conflict's incoming version). */
    public static String toLine(Dossier d) {
        try (StringWriter w = new StringWriter(); CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(fields(d));
            p.flush();
            return w.toString().strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Dossier fromLine(String line) {
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
            return parse(format.parse(new StringReader(line)).getRecords().get(0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a dossier's content (its id and unit excluded), to tell versions apart. */
    public static String hash(Dossier d) {
        return sha256(toLine(new Dossier(null, d.code(), d.procedureCode(), d.applicant(), d.channel(), d.receivedAt(),
                d.supplements(), d.resolvedOn(), d.outcome(), d.paidOnline(), d.inputsDigitised(), d.electronicResult(),
                d.resultDigitised(), d.reusedData(), d.rating(), d.complaint(), d.apologyOn(), d.newAppointmentOn(),
                null)).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    private static String opt(CSVRecord r, String col) {
        if (!r.isMapped(col) || !r.isSet(col)) return null;
        String v = r.get(col);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String need(CSVRecord r, String col) {
        String v = opt(r, col);
        if (v == null) throw new IllegalArgumentException("missing");
        return v;
    }

    private static LocalDate date(CSVRecord r, String col) {
        String v = opt(r, col);
        return v == null ? null : LocalDate.parse(v);
    }

    private static Boolean bool(CSVRecord r, String col) {
        String v = opt(r, col);
        return v == null ? null : Boolean.valueOf(v);
    }
}
