package vn.reformdesk.io.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;

/**
 * A data exchange package ({@code .rdpkg}): a zip holding a unit's procedures, dossiers (with every event)
 * and calendar as CSV entries, and {@code manifest.properties} naming the unit, the app and schema versions,
 * and each entry's row count and SHA-256, and {@code manifest.sig}: the unit's Ed25519 signature over the manifest's
 * bytes. A package whose entries do not match its manifest is refused whole here; whether the signature is that of
 * the unit the manifest names is checked against the registered units ({@link TrustedUnits#verify}).
 * {@code manifest} and {@code signature} are null in a package built from a database and not yet written.
 */
public record ExchangePackage(String unitCode, String unitName, String appVersion, String createdAt,
                              LocalDate from, LocalDate to, List<Procedure> procedures, List<Dossier> dossiers,
                              List<CalendarDay> calendar, byte[] manifest, byte[] signature) {
    public static final String EXTENSION = ".rdpkg";
    static final String FORMAT = "reformdesk-exchange";
    /** 2: signed. Packages of version 1 carry no signature and are refused. */
    static final int FORMAT_VERSION = 2;
    static final String MANIFEST = "manifest.properties";
    static final String SIGNATURE = "manifest.sig";
    static final String PROCEDURES = "procedures.csv";
    static final String DOSSIERS = "dossiers.csv";
    static final String CALENDAR = "calendar.csv";
    static final String[] PROCEDURE_HEADER = {"code", "name", "field", "level", "processing_days", "day_unit",
        "online_level", "fee_vnd", "paper_result", "section", "supplement_rule", "cutoff"};
    static final String[] CALENDAR_HEADER = {"date", "kind", "name"};

    /** Writes the package signed with {@code key}; the file appears only when complete. */
    public void write(Path file, UnitKey key) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PROCEDURES, csv(PROCEDURE_HEADER, procedures.stream().map(ExchangePackage::procedureFields).toList()));
        entries.put(DOSSIERS, csv(DossierCodec.HEADER, dossiers.stream().map(DossierCodec::fields).toList()));
        entries.put(CALENDAR, csv(CALENDAR_HEADER, calendar.stream()
                .map(d -> java.util.Arrays.asList(d.date().toString(), d.kind().code(), d.name())).toList()));
        Properties m = new Properties();
        m.setProperty("format", FORMAT);
        m.setProperty("format_version", String.valueOf(FORMAT_VERSION));
        m.setProperty("unit_code", unitCode);
        m.setProperty("unit_name", unitName == null ? "" : unitName);
        m.setProperty("app_version", appVersion);
        m.setProperty("created_at", createdAt);
        m.setProperty("from", from == null ? "" : from.toString());
        m.setProperty("to", to == null ? "" : to.toString());
        m.setProperty("entries", String.join(",", entries.keySet()));
        m.setProperty("rows." + PROCEDURES, String.valueOf(procedures.size()));
        m.setProperty("rows." + DOSSIERS, String.valueOf(dossiers.size()));
        m.setProperty("rows." + CALENDAR, String.valueOf(calendar.size()));
        for (var e : entries.entrySet()) m.setProperty("sha256." + e.getKey(), DossierCodec.sha256(e.getValue()));
        m.setProperty("key_fingerprint", UnitKey.fingerprint(key.publicKey()));
        ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(manifestBytes, StandardCharsets.UTF_8)) {
            m.store(w, "ReformDesk data exchange package");
        }
        byte[] manifestData = manifestBytes.toByteArray();
        byte[] signatureData = java.util.Base64.getEncoder().encode(key.sign(manifestData));

        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifestData);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SIGNATURE));
            zip.write(signatureData);
            zip.closeEntry();
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Largest inflated entry and largest inflated package accepted (zip bombs are refused before any is kept). */
    static final long MAX_ENTRY_BYTES = 200_000_000L;
    static final long MAX_TOTAL_BYTES = 256_000_000L;
    static final int MAX_ENTRIES = 64;
    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final List<String> KNOWN = List.of(MANIFEST, SIGNATURE, PROCEDURES, DOSSIERS, CALENDAR);

    /** Reads and verifies a package; any mismatch refuses it whole with the reason. */
    public static ExchangePackage read(Path file) {
        // First pass: only count what every entry inflates to, so a zip bomb is refused without being held.
        scan(file);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (entries.containsKey(e.getName())) throw new PackageRejectedException("duplicate entry " + e.getName());
                if (!KNOWN.contains(e.getName())) continue;
                byte[] data = zip.readNBytes((int) MAX_ENTRY_BYTES + 1);
                if (data.length > MAX_ENTRY_BYTES) throw tooLarge(e.getName());
                entries.put(e.getName(), data);
            }
        } catch (IOException e) {
            throw new PackageRejectedException("not a readable package (" + e.getMessage() + ")");
        }
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) throw new PackageRejectedException("no manifest: not a ReformDesk exchange package");
        Properties m = new Properties();
        try {
            m.load(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new PackageRejectedException("damaged manifest");
        }
        if (!FORMAT.equals(m.getProperty("format"))) throw new PackageRejectedException("not a ReformDesk exchange package");
        int version = parseInt(m.getProperty("format_version"));
        if (version > FORMAT_VERSION) {
            throw new PackageRejectedException("made by a newer ReformDesk (" + m.getProperty("app_version") + "); update this one");
        }
        byte[] signature;
        try {
            signature = entries.containsKey(SIGNATURE) ? java.util.Base64.getDecoder().decode(
                    new String(entries.get(SIGNATURE), StandardCharsets.US_ASCII).trim()) : null;
        } catch (IllegalArgumentException e) {
            signature = null;
        }
        if (version < FORMAT_VERSION || signature == null) {
            throw new PackageRejectedException("the package is not signed (made by an older ReformDesk, or the signature"
                    + " was removed): ask the unit to export it again with this version", "unsigned");
        }
        for (String name : List.of(PROCEDURES, DOSSIERS, CALENDAR)) {
            byte[] data = entries.get(name);
            if (data == null) throw new PackageRejectedException("entry " + name + " is missing");
            if (!DossierCodec.sha256(data).equals(m.getProperty("sha256." + name))) {
                throw new PackageRejectedException("entry " + name + " was damaged or changed after export (checksum differs)");
            }
        }
        try {
            List<Procedure> procedures = new ArrayList<>();
            for (CSVRecord r : records(entries.get(PROCEDURES), PROCEDURE_HEADER)) procedures.add(procedure(r));
            List<Dossier> dossiers = new ArrayList<>();
            for (CSVRecord r : records(entries.get(DOSSIERS), DossierCodec.HEADER)) dossiers.add(DossierCodec.parse(r));
            List<CalendarDay> calendar = new ArrayList<>();
            for (CSVRecord r : records(entries.get(CALENDAR), CALENDAR_HEADER)) {
                calendar.add(new CalendarDay(LocalDate.parse(r.get("date")), DayKind.fromCode(r.get("kind")),
                        r.get("name").isEmpty() ? null : r.get("name")));
            }
            checkRows(m, PROCEDURES, procedures.size());
            checkRows(m, DOSSIERS, dossiers.size());
            checkRows(m, CALENDAR, calendar.size());
            String unit = m.getProperty("unit_code", "");
            if (unit.isBlank()) throw new PackageRejectedException("the manifest names no unit");
            return new ExchangePackage(unit, m.getProperty("unit_name"), m.getProperty("app_version"),
                    m.getProperty("created_at"), dateOrNull(m.getProperty("from")), dateOrNull(m.getProperty("to")),
                    procedures, dossiers, calendar, manifestBytes, signature);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PackageRejectedException p) throw p;
            throw new PackageRejectedException("damaged content: " + e.getMessage());
        }
    }

    /**
     * Streams through every entry without keeping it: refuses names that are not plain file names (path
     * traversal such as {@code ../../evil}, absolute or drive paths), duplicates, too many entries, and any entry
     * or total that inflates beyond {@link #MAX_ENTRY_BYTES} / {@link #MAX_TOTAL_BYTES}.
     */
    private static void scan(Path file) {
        java.util.Set<String> names = new java.util.HashSet<>();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (java.util.zip.ZipFile whole = new java.util.zip.ZipFile(file.toFile())) {
            if (whole.size() > MAX_ENTRIES) throw new PackageRejectedException("more than " + MAX_ENTRIES + " entries");
        } catch (IOException | IllegalArgumentException e) {
            // a cut or damaged copy: the directory at the end of the zip is missing or broken
            throw new PackageRejectedException("not a readable package, the file is incomplete or damaged (" + e.getMessage() + ")");
        }
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
                    throw new PackageRejectedException("unsafe entry name '" + printable(name) + "' (not a plain file name)");
                }
                if (!names.add(name)) throw new PackageRejectedException("duplicate entry " + name);
                if (names.size() > MAX_ENTRIES) throw new PackageRejectedException("more than " + MAX_ENTRIES + " entries");
                long size = 0;
                for (int n; (n = zip.read(buf)) > 0; ) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES) throw tooLarge(name);
                    if (total > MAX_TOTAL_BYTES) {
                        throw new PackageRejectedException("the package unpacks to more than " + MAX_TOTAL_BYTES / 1_000_000
                                + " MB (a damaged or hostile package)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PackageRejectedException("not a readable package (" + e.getMessage() + ")");
        }
    }

    private static PackageRejectedException tooLarge(String name) {
        return new PackageRejectedException("entry " + printable(name) + " unpacks to more than " + MAX_ENTRY_BYTES / 1_000_000
                + " MB (a damaged or hostile package)");
    }

    private static String printable(String s) {
        String t = s.length() > 100 ? s.substring(0, 100) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }

    private static void checkRows(Properties m, String entry, int actual) {
        if (parseInt(m.getProperty("rows." + entry)) != actual) {
            throw new PackageRejectedException("entry " + entry + " has " + actual + " rows, the manifest says "
                    + m.getProperty("rows." + entry));
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.trim());
        } catch (NumberFormatException e) {
            throw new PackageRejectedException("damaged manifest");
        }
    }

    private static LocalDate dateOrNull(String s) { return s == null || s.isBlank() ? null : LocalDate.parse(s); }

    private static List<CSVRecord> records(byte[] data, String[] header) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(new String(data, StandardCharsets.UTF_8))).getRecords();
    }

    private static byte[] csv(String[] header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (List<String> row : rows) p.printRecord(row);
        }
        return bytes.toByteArray();
    }

    private static List<String> procedureFields(Procedure p) {
        return java.util.Arrays.asList(p.code(), p.name(), p.field(), p.level().code(),
                String.valueOf(p.processingDays()), p.dayUnit().code(), p.onlineLevel().code(),
                String.valueOf(p.feeVnd()), String.valueOf(p.paperResult()), p.section(), p.supplementRule().code(),
                p.cutoff() == null ? null : p.cutoff().toString());
    }

    private static Procedure procedure(CSVRecord r) {
        String cutoff = r.get("cutoff");
        return new Procedure(null, r.get("code"), r.get("name"), emptyToNull(r.get("field")),
                AdminLevel.fromCode(r.get("level")), Integer.parseInt(r.get("processing_days")),
                DayUnit.fromCode(r.get("day_unit")), OnlineLevel.fromCode(r.get("online_level")),
                Long.parseLong(r.get("fee_vnd")), Boolean.parseBoolean(r.get("paper_result")),
                emptyToNull(r.get("section")), SupplementRule.fromCode(r.get("supplement_rule")),
                cutoff.isEmpty() ? null : LocalTime.parse(cutoff));
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }

    /** A package built from a unit's database for the dossiers received in [from, to] (nulls = everything). */
    public static ExchangePackage of(String unitCode, String unitName, String appVersion, LocalDateTime now,
                                     LocalDate from, LocalDate to, List<Procedure> procedures, List<Dossier> all,
                                     List<CalendarDay> calendar) {
        List<Dossier> selected = new ArrayList<>();
        for (Dossier d : all) {
            LocalDate day = d.receivedOn();
            if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
                selected.add(d.unitCode() == null ? withUnit(d, unitCode) : d);
            }
        }
        return new ExchangePackage(unitCode, unitName, appVersion, now.toString(), from, to, procedures, selected, calendar,
                null, null);
    }

    static Dossier withUnit(Dossier d, String unit) {
        return new Dossier(d.id(), d.code(), d.procedureCode(), d.applicant(), d.channel(), d.receivedAt(), d.supplements(),
                d.resolvedOn(), d.outcome(), d.paidOnline(), d.inputsDigitised(), d.electronicResult(),
                d.resultDigitised(), d.reusedData(), d.rating(), d.complaint(), d.apologyOn(), d.newAppointmentOn(), unit);
    }
}
