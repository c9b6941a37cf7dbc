package vn.reformdesk.io;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Codes;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.DossierIndexes;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;

/**
 * dossiers.csv (formats.md). A row is the dossier's state for the columns the file has; {@code procedure_code}
 * must already be in the database (import procedures first).
 *
 * <p><b>Supplementation cycles.</b> The file carries one cycle ({@code supplement_requested_on},
 * {@code supplement_received_on}) while the app may hold several. On import the file's cycle <em>replaces the
 * dossier's first cycle</em> and any further cycles entered in the app are kept; when both supplement columns
 * are empty the stored cycles are left as they are (empty means unknown, formats.md). The export writes the
 * first cycle into these columns, so an exported file imports back unchanged.
 *
 * <p>Fields the file does not carry (result digitised, data reused, the apology's new appointment date, the
 * unit code) keep their stored values on update.
 */
final class DossierImport extends TableImport<Dossier> {
    /** The stored procedure codes by their key (case aside): a file's p-001 is the stored P-001. */
    private Map<String, String> procedureCodes = Map.of();
    /** Procedure codes by name, for files that name the procedure ("Thủ tục") instead of giving its code. */
    private Map<String, String> codesByName = Map.of();

    @Override
    protected List<String> requiredColumns() {
        return List.of("code", "procedure_code", "channel", "received_at");
    }

    @Override
    protected String keyColumn() { return "code"; }

    @Override
    protected void prepare(Connection c) throws SQLException {
        procedureCodes = new HashMap<>();
        for (String code : new ProcedureRepository(db).ids(c).keySet()) procedureCodes.putIfAbsent(Codes.key(code), code);
        if (mapping != null) codesByName = ProcedureNames.codesByName(new ProcedureRepository(db).findAll(c));
    }

    @Override
    protected boolean dropIndexes(long lines) { return DossierIndexes.dropForBulk(db, lines); }

    @Override
    protected void buildIndexes() { DossierIndexes.ensure(db); }

    /**
     * A large file leaves the stored figures behind, to be counted again once when next asked (as after a calendar
     * edit) instead of applying each of its rows to them; while the foreign keys are away, the procedures and units
     * they refer to stay locked (DossierIndexes).
     */
    @Override
    protected void begin(Connection c, long lines, boolean indexesDropped) throws SQLException {
        if (indexesDropped) DossierIndexes.lockReferenced(c);
        figuresLeftBehind = DossierIndexes.large(lines);
        if (figuresLeftBehind) DossierRepository.leaveFiguresBehind(c);
    }

    /** Whether this import's transaction left the stored figures behind ({@link #begin}). */
    private boolean figuresLeftBehind;

    @Override
    protected boolean nothingStored(Connection c) throws SQLException {
        return new DossierRepository(db).noneStored(c);
    }

    @Override
    protected Dossier parse(RowParser r) {
        String code = r.requiredCode("code");
        String procedure = r.requiredCode("procedure_code");
        if (procedure != null && !procedureCodes.containsKey(Codes.key(procedure))) {
            procedure = ProcedureNames.code(codesByName, procedure);
        }
        if (procedure != null && !procedureCodes.containsKey(Codes.key(procedure))) {
            r.problem("procedure_code", "unknown procedure (import it in procedures.csv first)", procedure);
        } else if (procedure != null) {
            procedure = procedureCodes.get(Codes.key(procedure)); // as the procedure is stored
        }
        if (code != null && code.length() > 100) r.problem("code", "longer than 100 characters", code);
        String applicant = r.text("applicant");
        r.maxLength("applicant", applicant, 1000);
        Channel channel = r.value("channel", Channel::fromCode, true);
        LocalDateTime received = r.value("received_at", Values::dateTime, true);
        LocalDate requested = r.value("supplement_requested_on", Values::date, false);
        LocalDate supplied = r.value("supplement_received_on", Values::date, false);
        LocalDate resolved = r.value("resolved_on", Values::date, false);
        Outcome outcome = r.value("outcome", Outcome::fromCode, false);
        Boolean paid = r.value("paid_online", Values::bool, false);
        Boolean digitised = r.value("inputs_digitised", Values::bool, false);
        Boolean eResult = r.value("electronic_result", Values::bool, false);
        Rating rating = r.value("rating", Rating::fromCode, false);
        Boolean complaint = r.value("complaint", Values::bool, false);
        LocalDate apology = r.value("apology_on", Values::date, false);

        LocalDate receivedOn = received == null ? null : received.toLocalDate();
        if (supplied != null && requested == null && r.raw("supplement_requested_on") == null) {
            r.problem("supplement_received_on", "set without supplement_requested_on", r.raw("supplement_received_on"));
        }
        if (supplied != null && requested != null && supplied.isBefore(requested)) {
            r.problem("supplement_received_on", "before supplement_requested_on (" + requested + ")",
                    r.raw("supplement_received_on"));
        }
        if (requested != null && receivedOn != null && requested.isBefore(receivedOn)) {
            r.problem("supplement_requested_on", "before received_at (" + receivedOn + ")",
                    r.raw("supplement_requested_on"));
        }
        if (resolved != null && receivedOn != null && resolved.isBefore(receivedOn)) {
            r.problem("resolved_on", "before received_at (" + receivedOn + ")", r.raw("resolved_on"));
        }
        if (resolved != null && outcome == null && r.raw("outcome") == null) {
            r.problem("outcome", "required when resolved_on is set (issued, rejected or withdrawn)", null);
        }
        if (outcome != null && resolved == null && r.raw("resolved_on") == null) {
            r.problem("resolved_on", "required when outcome is set", null);
        }
        if (apology != null && receivedOn != null && apology.isBefore(receivedOn)) {
            r.problem("apology_on", "before received_at (" + receivedOn + ")", r.raw("apology_on"));
        }
        if (r.bad()) return null;
        List<SupplementCycle> cycles = requested == null ? List.of() : List.of(new SupplementCycle(requested, supplied));
        return new Dossier(null, code, procedure, applicant, channel, received, cycles, resolved, outcome, paid,
                digitised, eResult, null, null, rating, complaint, apology, null, null);
    }

    @Override
    protected Object key(Dossier d) { return Codes.key(d.code()); } // BADX-1 and badx-1 are one dossier

    @Override
    protected Map<Object, Dossier> existing(Connection c, Set<Object> keys) throws SQLException {
        List<String> codes = new ArrayList<>();
        for (Object k : keys) codes.add((String) k);
        return byKey(c, codes);
    }

    /** Looks the codes up as the file spells them: the database folds them as it folded the stored ones (V11). */
    @Override
    protected Map<Object, Dossier> existingOf(Connection c, List<Dossier> items) throws SQLException {
        List<String> codes = new ArrayList<>();
        for (Dossier d : items) codes.add(d.code());
        return byKey(c, codes);
    }

    private Map<Object, Dossier> byKey(Connection c, List<String> codes) throws SQLException {
        Map<Object, Dossier> out = new HashMap<>();
        for (Dossier d : new DossierRepository(db).findByCodesIgnoringCase(c, codes)) out.putIfAbsent(key(d), d);
        return out;
    }

    @Override
    protected Dossier merge(Dossier old, Dossier p) {
        if (old == null) return p;
        List<SupplementCycle> cycles = new ArrayList<>(old.supplements());
        if (!p.supplements().isEmpty()) {
            if (cycles.isEmpty()) cycles.add(p.supplements().get(0));
            else cycles.set(0, p.supplements().get(0));
        }
        // the stored spelling of the code stays: an import of badx-1 updates BADX-1
        return new Dossier(old.id(), old.code(), p.procedureCode(), p.applicant(), p.channel(), p.receivedAt(), cycles,
                p.resolvedOn(), p.outcome(), p.paidOnline(), p.inputsDigitised(), p.electronicResult(),
                old.resultDigitised(), old.reusedData(), p.rating(), p.complaint(), p.apologyOn(),
                old.newAppointmentOn(), old.unitCode());
    }

    @Override
    protected void write(Connection c, List<Dossier> items, Map<Object, Dossier> stored) throws SQLException {
        // New dossiers are not audited one by one: the import records one summary entry (TableImport).
        Map<String, Dossier> before = new HashMap<>();
        stored.values().forEach(d -> before.put(d.code(), d));
        if (figuresLeftBehind) new DossierRepository(db).saveAllFiguresLeftBehind(c, items, before);
        else new DossierRepository(db).saveAll(c, items, false, before);
    }
}
