package vn.reformdesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.Database;
import vn.reformdesk.support.TestDb;

/**
 * Generated hostile import files (random bytes, truncation, wrong encodings, huge fields, broken quoting, NULs,
 * mixed line ends, formula and SQL text, impossible dates and numbers, repeated headers ...) for procedures,
 * dossiers and the calendar. For every file: no exception escapes {@link Importer#run}, every problem prints on
 * one line as {@code FILE:LINE: [column NAME: ]what (value)} with LINE ≥ 1, an import that reported problems
 * without skip-invalid left the database exactly as it was, whatever was written can be read back by the
 * register, and no import takes more than 30 s. The seed is fixed ({@code -Dhostile.seed=N} to explore others).
 */
class HostileImportTest {
    static final long SEED = Long.getLong("hostile.seed", 20_261_123L);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    /** FILE:LINE: then optionally "column NAME: ", then the message, all on one line. */
    static final Pattern PROBLEM = Pattern.compile("[^:\\r\\n]+:(\\d+): (column [^:\\r\\n]+: )?[^\\r\\n]+");

    static final String[] FORMULAS = {"=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@A1", "=HYPERLINK(\"http://x\",\"y\")",
        "\t=1+1", "\r=1+1"};
    static final String SQL = "'; DROP TABLE dossiers; --";

    @TempDir
    static Path dir;
    static Database db;
    static RegisterService register;
    static final AtomicInteger fileNo = new AtomicInteger();

    enum Expect { ANY, REJECTED, ACCEPTED }

    /** One generated file; {@code line} > 0: the first problem must be on that line. */
    record Case(String name, ImportKind kind, String ext, byte[] bytes, boolean skipInvalid, Expect expect,
                Check check, long line) {
        Case(String name, ImportKind kind, String ext, byte[] bytes, boolean skipInvalid, Expect expect, Check check) {
            this(name, kind, ext, bytes, skipInvalid, expect, check, 0);
        }
    }

    /** An extra check on the database after an accepted import. */
    interface Check {
        void verify() throws Exception;
    }

    @BeforeAll
    static void seed() throws IOException {
        db = TestDb.open(dir);
        register = new RegisterService(db);
        for (ImportKind k : List.of(ImportKind.PROCEDURES, ImportKind.CALENDAR, ImportKind.DOSSIERS)) {
            Path f = Tables.write(dir, "seed-" + k.code() + ".csv",
                    Tables.csv(Tables.header(k), Tables.rows(k), "\r\n").getBytes(StandardCharsets.UTF_8));
            ImportReport r = Importer.run(db, k, f, false);
            assertThat(r.problems()).as("seed " + k).isEmpty();
            assertThat(r.added()).isEqualTo(Tables.rows(k).size());
        }
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
    }

    @TestFactory
    Stream<DynamicTest> hostileImports() throws IOException {
        List<Case> cases = new ArrayList<>();
        Random rnd = new Random(SEED);
        for (ImportKind kind : List.of(ImportKind.PROCEDURES, ImportKind.DOSSIERS, ImportKind.CALENDAR)) {
            cases.addAll(byteCases(kind, rnd));
            cases.addAll(cellCases(kind, rnd));
            cases.addAll(structureCases(kind, rnd));
        }
        cases.addAll(valueCases());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.kind().code() + ": " + c.name(), () -> runCase(c)));
    }

    // ---- the oracle ----

    void runCase(Case c) throws Exception {
        Path file = Tables.write(dir, c.kind().code() + "-" + fileNo.incrementAndGet() + c.ext(), c.bytes());
        Fingerprint before = Fingerprint.of(db);
        ImportReport report;
        try {
            report = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> Importer.run(db, c.kind(), file, c.skipInvalid()), "import took more than 30 s");
        } catch (org.opentest4j.AssertionFailedError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError("exception escaped the import of '" + c.name() + "' (seed " + SEED + "): " + t, t);
        }
        String name = file.getFileName().toString();
        for (ImportProblem p : report.problems()) {
            String s = p.toString();
            assertThat(s).as("problem of '%s'", c.name()).startsWith(name + ":");
            assertThat(PROBLEM.matcher(s).matches()).as("problem prints on one line as FILE:LINE: column NAME: ...: %s",
                    s.replace("\r", "\\r").replace("\n", "\\n")).isTrue();
            assertThat(p.line()).as("line of %s", s).isGreaterThanOrEqualTo(1);
            assertThat(p.message()).as("message of %s", s).isNotBlank();
        }
        Fingerprint after = Fingerprint.of(db);
        if (!report.written()) {
            assertThat(after).as("nothing written by '%s', so the database is unchanged", c.name()).isEqualTo(before);
        }
        if (!report.problems().isEmpty() && !c.skipInvalid()) {
            assertThat(report.written()).as("'%s' reported problems without skip-invalid", c.name()).isFalse();
            assertThat(after).as("database unchanged after the refused '%s'", c.name()).isEqualTo(before);
        }
        switch (c.expect()) {
            case REJECTED -> assertThat(report.problems()).as("'%s' must be refused with a reason", c.name()).isNotEmpty();
            case ACCEPTED -> assertThat(report.problems()).as("'%s' must import", c.name()).isEmpty();
            default -> { }
        }
        if (report.written()) {
            // whatever went in must not break the register, the overdue board or the export
            try {
                register.rowsAsOf(AS_OF);
                register.overdueBoard(AS_OF);
            } catch (RuntimeException e) {
                fail("the register cannot be read after importing '" + c.name() + "': " + e, e);
            }
        }
        if (c.line() > 0) {
            assertThat(report.problems().get(0).line()).as("line of %s", report.problems().get(0)).isEqualTo(c.line());
        }
        if (c.check() != null && report.problems().isEmpty()) c.check().verify();
    }

    // ---- whole-file byte damage ----

    List<Case> byteCases(ImportKind kind, Random rnd) throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> header = Tables.header(kind);
        List<List<String>> rows = Tables.rows(kind);
        byte[] valid = Tables.csv(header, rows, "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] validXlsx = Tables.xlsx(header, rows);
        for (int i = 0; i < 3; i++) {
            byte[] b = new byte[rnd.nextInt(i == 0 ? 64 : 65_536) + 1];
            rnd.nextBytes(b);
            out.add(new Case("random bytes #" + i + " (" + b.length + " B)", kind, ".csv", b, false, Expect.REJECTED, null));
            out.add(new Case("random bytes #" + i + " as .xlsx", kind, ".xlsx", b, false, Expect.REJECTED, null));
        }
        byte[] ascii = new byte[20_000];
        for (int i = 0; i < ascii.length; i++) ascii[i] = (byte) (32 + rnd.nextInt(95));
        out.add(new Case("random printable ASCII", kind, ".csv", ascii, false, Expect.REJECTED, null));
        if (kind == ImportKind.CALENDAR) {
            byte[] b = new byte[4096];
            rnd.nextBytes(b);
            out.add(new Case("random bytes as .ics", kind, ".ics", b, false, Expect.ANY, null));
            out.add(new Case("valid csv cut at random byte, as .ics", kind, ".ics",
                    java.util.Arrays.copyOf(valid, rnd.nextInt(valid.length)), false, Expect.ANY, null));
            out.add(new Case("ics event lasting 8,000 years", kind, ".ics", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                    + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20000101\r\nDTEND;VALUE=DATE:99991231\r\nSUMMARY:Forever\r\n"
                    + "END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8), false, Expect.REJECTED, null));
            out.add(new Case("ics with 31 February", kind, ".ics", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                    + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260231\r\nSUMMARY:=cmd|' /C calc'!A0\r\n"
                    + "END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8), false, Expect.REJECTED, null));
            out.add(new Case("ics with a broken event", kind, ".ics", ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
                    + "DTSTART;VALUE=DATE:20261331\r\nSUMMARY:=cmd|' /C calc'!A0\r\nBEGIN:VEVENT\r\n")
                    .getBytes(StandardCharsets.UTF_8), false, Expect.ANY, null));
        }
        for (int i = 0; i < 6; i++) {
            int cut = 1 + rnd.nextInt(valid.length - 1);
            out.add(new Case("valid csv cut at byte " + cut, kind, ".csv", java.util.Arrays.copyOf(valid, cut),
                    i % 2 == 1, Expect.ANY, null));
        }
        for (int i = 0; i < 3; i++) {
            int cut = 1 + rnd.nextInt(validXlsx.length - 1);
            out.add(new Case("valid xlsx cut at byte " + cut, kind, ".xlsx", java.util.Arrays.copyOf(validXlsx, cut),
                    false, Expect.REJECTED, null));
        }
        byte[] flipped = validXlsx.clone();
        for (int i = 0; i < 20; i++) flipped[100 + rnd.nextInt(flipped.length - 100)] ^= (byte) (1 + rnd.nextInt(255));
        out.add(new Case("xlsx with flipped bytes", kind, ".xlsx", flipped, false, Expect.ANY, null));
        out.add(new Case("valid csv named .xlsx", kind, ".xlsx", valid, false, Expect.REJECTED, null));
        out.add(new Case("valid xlsx named .csv", kind, ".csv", validXlsx, false, Expect.REJECTED, null));

        String text = Tables.csv(header, rows, "\r\n");
        out.add(new Case("UTF-16LE with BOM", kind, ".csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)), false, Expect.REJECTED, null));
        out.add(new Case("UTF-16 (BE with BOM)", kind, ".csv", text.getBytes(StandardCharsets.UTF_16), false, Expect.REJECTED, null));
        out.add(new Case("UTF-16LE without BOM", kind, ".csv", text.getBytes(StandardCharsets.UTF_16LE), false, Expect.REJECTED, null));
        out.add(new Case("Windows-1258 (CP1258)", kind, ".csv", text.getBytes(Charset.forName("windows-1258")), false,
                Expect.REJECTED, null));
        out.add(new Case("Latin-1 with accents", kind, ".csv", text.replace("Hồng", "Hélène").replace("Thủ tục", "Procédure")
                .replace("Quốc tế", "Fête du").replace("Làm bù", "Récupération")
                .getBytes(StandardCharsets.ISO_8859_1), false, Expect.REJECTED, null));
        out.add(new Case("UTF-8 bytes of a Vietnamese file read back as CP1258 and saved as UTF-8 (mojibake)", kind,
                ".csv", new String(valid, Charset.forName("windows-1258")).getBytes(StandardCharsets.UTF_8), false,
                Expect.ANY, null));
        out.add(new Case("NUL bytes only", kind, ".csv", new byte[4096], false, Expect.REJECTED, null));
        out.add(new Case("empty file", kind, ".csv", new byte[0], false, Expect.REJECTED, null));
        out.add(new Case("BOM only", kind, ".csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, false, Expect.REJECTED, null));
        out.add(new Case("blank lines only", kind, ".csv", "\r\n\n\r\n   \n".getBytes(StandardCharsets.UTF_8), false,
                Expect.REJECTED, null));
        out.add(new Case("only a header", kind, ".csv", (String.join(",", header) + "\r\n").getBytes(StandardCharsets.UTF_8),
                false, Expect.REJECTED, null));
        out.add(new Case("only a header, xlsx", kind, ".xlsx", Tables.xlsx(header, List.of()), false, Expect.REJECTED, null));
        out.add(new Case("a 5 MB single line", kind, ".csv", "x".repeat(5_000_000).getBytes(StandardCharsets.US_ASCII),
                false, Expect.REJECTED, null));
        out.add(new Case("a 5 MB single line after the header", kind, ".csv", (String.join(",", header) + "\n"
                + "a,".repeat(2_500_000)).getBytes(StandardCharsets.US_ASCII), false, Expect.REJECTED, null));
        return out;
    }

    // ---- hostile cells in an otherwise valid table ----

    List<Case> cellCases(ImportKind kind, Random rnd) throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> header = Tables.header(kind);
        String textColumn = kind == ImportKind.DOSSIERS ? "applicant" : "name";
        int textCol = header.indexOf(textColumn);
        String keyColumn = kind == ImportKind.CALENDAR ? "date" : "code";
        int keyCol = header.indexOf(keyColumn);

        // huge cells
        for (String col : List.of(textColumn, keyColumn)) {
            int ci = header.indexOf(col);
            List<List<String>> rows = Tables.rows(kind);
            rows.get(rnd.nextInt(rows.size())).set(ci, "Ư".repeat(1_000_000));
            out.add(new Case("1 MB cell in " + col, kind, ".csv", utf8(header, rows), false, Expect.REJECTED, null));
            out.add(new Case("1 MB cell in " + col + " with skip-invalid", kind, ".csv", utf8(header, rows), true,
                    Expect.REJECTED, null));
            out.add(new Case("1 MB cell in " + col + ", xlsx", kind, ".xlsx", Tables.xlsx(header, rows), false,
                    Expect.REJECTED, null));
        }
        // just over the column size of each free-text column (what the database would refuse)
        for (String[] limit : switch (kind) {
            case PROCEDURES -> new String[][] {{"name", "2001"}, {"field", "501"}, {"section", "501"}, {"code", "65"}};
            case DOSSIERS -> new String[][] {{"applicant", "1001"}, {"code", "101"}};
            default -> new String[][] {{"name", "301"}};
        }) {
            List<List<String>> rows = Tables.rows(kind);
            rows.get(0).set(header.indexOf(limit[0]), "a".repeat(Integer.parseInt(limit[1])));
            out.add(new Case(limit[1] + " characters in " + limit[0], kind, ".csv", utf8(header, rows), false,
                    Expect.REJECTED, null));
        }
        // 10,000 columns
        {
            List<String> wide = new ArrayList<>(header);
            for (int i = 0; i < 10_000; i++) wide.add("extra_" + i);
            List<List<String>> rows = Tables.rows(kind);
            for (List<String> r : rows) for (int i = 0; i < 10_000; i++) r.add(i % 7 == 0 ? "=1+" + i : "");
            out.add(new Case("10,000 columns", kind, ".csv", utf8(wide, rows), false, Expect.ACCEPTED, null));
            List<List<String>> narrow = Tables.rows(kind);
            narrow.get(1).addAll(java.util.Collections.nCopies(10_000, "x"));
            out.add(new Case("a row with 10,000 extra cells (refused: they would be lost)", kind, ".csv", utf8(header, narrow), false,
                    Expect.REJECTED, null));
            List<List<String>> many = Tables.rows(kind);
            List<String> longHeader = new ArrayList<>(header);
            for (int i = 0; i < 10_000; i++) longHeader.add(i % 2 == 0 ? "" : header.get(i % header.size()));
            out.add(new Case("header with 10,000 blank and repeated names", kind, ".csv", utf8(longHeader, many), false,
                    Expect.ANY, null));
        }
        // unbalanced quotes, at a random place of a random row, and at the end
        for (int i = 0; i < 4; i++) {
            String text = Tables.csv(header, Tables.rows(kind), "\n");
            int at = text.indexOf('\n') + 1 + rnd.nextInt(text.length() - text.indexOf('\n') - 1);
            String broken = text.substring(0, at) + '"' + text.substring(at);
            out.add(new Case("an unbalanced quote at char " + at, kind, ".csv", broken.getBytes(StandardCharsets.UTF_8),
                    i == 3, Expect.ANY, null));
        }
        {
            List<List<String>> rows = Tables.rows(kind);
            String text = Tables.csv(header, rows, "\n") + "\"" + String.join(",", rows.get(0)) + "\n";
            out.add(new Case("a quote opened on the last row and never closed", kind, ".csv",
                    text.getBytes(StandardCharsets.UTF_8), false, Expect.REJECTED, null));
            String mid = Tables.csv(header, rows.subList(0, 1), "\n") + rows.get(1).get(0) + "x\"y\"z," + String.join(",",
                    rows.get(1).subList(1, rows.get(1).size())) + "\n";
            out.add(new Case("quotes inside an unquoted cell", kind, ".csv", mid.getBytes(StandardCharsets.UTF_8), false,
                    Expect.ANY, null));
            String after = Tables.csv(header, rows.subList(0, 1), "\n") + "\"" + rows.get(1).get(0) + "\"junk,"
                    + String.join(",", rows.get(1).subList(1, rows.get(1).size())) + "\n";
            out.add(new Case("text after a closing quote", kind, ".csv", after.getBytes(StandardCharsets.UTF_8), false,
                    Expect.REJECTED, null));
        }
        // NUL bytes and other control characters inside cells
        for (String ctl : List.of("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u2028", "\uFEFF")) {
            List<List<String>> rows = Tables.rows(kind);
            int r = rnd.nextInt(rows.size());
            String key = rows.get(r).get(keyCol);
            rows.get(r).set(keyCol, key.substring(0, 2) + ctl + key.substring(2));
            out.add(new Case("control " + escape(ctl) + " inside the key", kind, ".csv", utf8(header, rows), false,
                    ctl.equals("\u2028") && kind != ImportKind.CALENDAR ? Expect.ANY : Expect.REJECTED, null));
            List<List<String>> named = Tables.rows(kind);
            named.get(r).set(textCol, "Lê " + ctl + " Văn");
            out.add(new Case("control " + escape(ctl) + " inside " + textColumn, kind, ".csv", utf8(header, named), false,
                    Expect.ANY, null));
        }
        {
            String text = Tables.csv(header, Tables.rows(kind), "\n");
            StringBuilder sb = new StringBuilder(text);
            for (int i = 0; i < 5; i++) sb.insert(text.indexOf('\n') + 1 + rnd.nextInt(text.length() - text.indexOf('\n') - 1), '\0');
            out.add(new Case("NUL bytes at random places", kind, ".csv", sb.toString().getBytes(StandardCharsets.UTF_8),
                    false, Expect.ANY, null));
        }
        // a BOM in the middle: at the start of a line and in the middle of the header
        {
            List<List<String>> rows = Tables.rows(kind);
            String text = Tables.csv(header, rows, "\n");
            int second = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
            out.add(new Case("a BOM at the start of a data line", kind, ".csv",
                    (text.substring(0, second) + "\uFEFF" + text.substring(second)).getBytes(StandardCharsets.UTF_8), false,
                    Expect.ANY, null));
            out.add(new Case("two BOMs at the start", kind, ".csv", ("\uFEFF\uFEFF" + text).getBytes(StandardCharsets.UTF_8),
                    false, Expect.REJECTED, null));
            int comma = text.indexOf(',');
            out.add(new Case("a BOM inside the header", kind, ".csv",
                    (text.substring(0, comma + 1) + "\uFEFF" + text.substring(comma + 1)).getBytes(StandardCharsets.UTF_8),
                    false, Expect.REJECTED, null));
        }
        // CR / LF / CRLF mixes of the valid file import unchanged
        for (int i = 0; i < 3; i++) {
            byte[] mixed = Tables.csvMixedEol(header, Tables.rows(kind), rnd).getBytes(StandardCharsets.UTF_8);
            out.add(new Case("CR/LF/CRLF mix #" + i, kind, ".csv", mixed, false, Expect.ACCEPTED,
                    () -> assertThat(Fingerprint.of(db).counts()).isNotEmpty()));
        }
        out.add(new Case("only CR line ends", kind, ".csv", Tables.csv(header, Tables.rows(kind), "\r")
                .getBytes(StandardCharsets.UTF_8), false, Expect.ACCEPTED, null));
        // empty lines everywhere, and the header repeated in the middle
        {
            String text = Tables.csv(header, Tables.rows(kind), "\r\n").replace("\r\n", "\r\n\r\n\n");
            out.add(new Case("empty lines between every row", kind, ".csv", text.getBytes(StandardCharsets.UTF_8), false,
                    Expect.ACCEPTED, null));
            List<List<String>> rows = Tables.rows(kind);
            rows.add(rows.size() / 2, new ArrayList<>(header));
            out.add(new Case("the header repeated in the middle", kind, ".csv", utf8(header, rows), false, Expect.REJECTED, null));
            out.add(new Case("the header repeated in the middle, skip-invalid", kind, ".csv", utf8(header, rows), true,
                    Expect.REJECTED, null));
            out.add(new Case("the header repeated in the middle, xlsx", kind, ".xlsx", Tables.xlsx(header, rows), false,
                    Expect.REJECTED, null));
            List<List<String>> commas = Tables.rows(kind);
            commas.add(2, new ArrayList<>(java.util.Collections.nCopies(header.size(), "")));
            out.add(new Case("a row of empty cells", kind, ".csv", utf8(header, commas), false, Expect.ANY, null));
        }
        return out;
    }

    // ---- structure: header variants ----

    List<Case> structureCases(ImportKind kind, Random rnd) throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> header = Tables.header(kind);
        List<List<String>> rows = Tables.rows(kind);
        List<String> upper = header.stream().map(h -> " " + h.toUpperCase() + " ").toList();
        out.add(new Case("header in upper case with spaces", kind, ".csv", utf8(upper, rows), false, Expect.ACCEPTED, null));
        List<String> missing = new ArrayList<>(header);
        missing.remove(1);
        List<List<String>> shorter = Tables.copy(rows);
        for (List<String> r : shorter) r.remove(1);
        out.add(new Case("a required column missing", kind, ".csv", utf8(missing, shorter), false, Expect.REJECTED, null));
        List<String> dup = new ArrayList<>(header);
        dup.add(header.get(0));
        List<List<String>> dupRows = Tables.copy(rows);
        for (List<String> r : dupRows) r.add("zzz");
        out.add(new Case("a column named twice", kind, ".csv", utf8(dup, dupRows), false, Expect.ANY, null));
        List<List<String>> ragged = Tables.copy(rows);
        for (List<String> r : ragged) {
            int keep = 1 + rnd.nextInt(r.size());
            while (r.size() > keep) r.remove(r.size() - 1);
        }
        out.add(new Case("rows cut short at random cells", kind, ".csv", utf8(header, ragged), false, Expect.ANY, null));
        out.add(new Case("rows cut short at random cells, skip-invalid", kind, ".csv", utf8(header, ragged), true,
                Expect.ANY, null));
        List<List<String>> twice = Tables.copy(rows);
        twice.add(new ArrayList<>(rows.get(0)));
        out.add(new Case("a key twice", kind, ".csv", utf8(header, twice), false, Expect.REJECTED, null));
        return out;
    }

    // ---- hostile values in typed columns, and text that must go in verbatim ----

    List<Case> valueCases() throws IOException {
        List<Case> out = new ArrayList<>();
        // formula-looking and SQL-looking names and applicants are just text: stored verbatim, nothing dropped
        for (int i = 0; i < FORMULAS.length + 1; i++) {
            String text = i < FORMULAS.length ? FORMULAS[i] : SQL;
            String stored = text.strip();
            List<List<String>> procs = Tables.rows(ImportKind.PROCEDURES);
            procs.get(0).set(1, text);
            procs.get(1).set(2, text);
            out.add(new Case("name " + escape(text), ImportKind.PROCEDURES, ".csv", utf8(Tables.PROCEDURE_HEADER, procs),
                    false, Expect.ACCEPTED, () -> {
                        assertThat(one("SELECT name FROM procedures WHERE code = ?", "P-001")).isEqualTo(stored);
                        assertThat(one("SELECT field FROM procedures WHERE code = ?", "P-002")).isEqualTo(stored);
                    }));
            List<List<String>> dossiers = Tables.rows(ImportKind.DOSSIERS);
            dossiers.get(2).set(2, text);
            out.add(new Case("applicant " + escape(text), ImportKind.DOSSIERS, ".csv", utf8(Tables.DOSSIER_HEADER, dossiers),
                    false, Expect.ACCEPTED, () -> {
                        assertThat(one("SELECT applicant FROM dossiers WHERE code = ?", "D-0003")).isEqualTo(stored);
                        assertThat(one("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) IN "
                                + "('dossiers', 'procedures')", null)).isEqualTo("2");
                    }));
            out.add(new Case("applicant " + escape(text) + ", xlsx", ImportKind.DOSSIERS, ".xlsx",
                    Tables.xlsx(Tables.DOSSIER_HEADER, dossiers), false, Expect.ACCEPTED,
                    () -> assertThat(one("SELECT applicant FROM dossiers WHERE code = ?", "D-0003")).isEqualTo(stored)));
            List<List<String>> days = Tables.rows(ImportKind.CALENDAR);
            days.get(0).set(2, text);
            out.add(new Case("holiday name " + escape(text), ImportKind.CALENDAR, ".csv", utf8(Tables.CALENDAR_HEADER, days),
                    false, Expect.ACCEPTED, null));
        }
        // SQL in keys: a new procedure and a dossier pointing at it; the tables survive
        {
            List<List<String>> procs = Tables.rows(ImportKind.PROCEDURES);
            procs.add(new ArrayList<>(List.of(SQL, "Robert'); DROP TABLE procedures;--", "", "commune", "1", "none", "", "",
                    "")));
            out.add(new Case("SQL text as a procedure code", ImportKind.PROCEDURES, ".csv",
                    utf8(Tables.PROCEDURE_HEADER, procs), false, Expect.ACCEPTED,
                    () -> assertThat(one("SELECT name FROM procedures WHERE code = ?", SQL))
                            .isEqualTo("Robert'); DROP TABLE procedures;--")));
            List<List<String>> dossiers = Tables.rows(ImportKind.DOSSIERS);
            dossiers.get(0).set(1, SQL);
            dossiers.get(1).set(1, "P-001' OR '1'='1");
            out.add(new Case("SQL text as procedure_code", ImportKind.DOSSIERS, ".csv", utf8(Tables.DOSSIER_HEADER, dossiers),
                    false, Expect.REJECTED, null));
        }
        // dates
        String[] badDates = {"31/02/2026", "2026-13-01", "2026-02-29", "29/02/2025", "0000-01-01", "99999-01-01",
            "+99999-01-01", "-0001-01-01", "2026-1-1", "2026/01/01", "01-01-2026", "1e309", "", "2026-01-01T25:00",
            "2026-01-01 23:60", "32/12/2026", "00/00/0000", "9999-12-31", "1900-01-01", "٢٠٢٦-٠١-٠١"};
        for (String d : badDates) {
            Expect ex = d.isEmpty() ? Expect.REJECTED : Expect.ANY;
            List<List<String>> dossiers = Tables.rows(ImportKind.DOSSIERS);
            dossiers.get(4).set(4, d);
            out.add(new Case("received_at " + d, ImportKind.DOSSIERS, ".csv", utf8(Tables.DOSSIER_HEADER, dossiers), false,
                    ex, null));
            List<List<String>> resolved = Tables.rows(ImportKind.DOSSIERS);
            resolved.get(5).set(7, d);
            resolved.get(5).set(8, "issued");
            out.add(new Case("resolved_on " + d, ImportKind.DOSSIERS, ".csv", utf8(Tables.DOSSIER_HEADER, resolved), false,
                    Expect.ANY, null));
            List<List<String>> days = Tables.rows(ImportKind.CALENDAR);
            days.get(1).set(0, d);
            out.add(new Case("calendar date " + d, ImportKind.CALENDAR, ".csv", utf8(Tables.CALENDAR_HEADER, days), false,
                    d.isEmpty() ? Expect.REJECTED : Expect.ANY, null));
        }
        for (String d : new String[] {"31/02/2026", "2026-13-01", "99999-01-01", "1e309", "0000-01-01", "9999-12-31",
            "1582-10-10", "1899-12-31 23:59", "01/01/2200"}) {
            List<List<String>> dossiers = Tables.rows(ImportKind.DOSSIERS);
            dossiers.get(4).set(4, d);
            out.add(new Case("received_at " + d + " must be refused", ImportKind.DOSSIERS, ".csv",
                    utf8(Tables.DOSSIER_HEADER, dossiers), false, Expect.REJECTED, null));
        }
        for (String d : new String[] {"1900-01-01", "31/12/2199 23:59", "2199-12-31T23:59:59"}) {
            List<List<String>> dossiers = Tables.rows(ImportKind.DOSSIERS);
            dossiers.get(4).set(4, d);
            dossiers.get(4).set(5, "");
            dossiers.get(4).set(6, "");
            dossiers.get(4).set(7, "");
            dossiers.get(4).set(8, "");
            String day = d.startsWith("1900") ? "1900-01-01" : "2199-12-31";
            out.add(new Case("received_at " + d + " is kept as it is", ImportKind.DOSSIERS, ".csv",
                    utf8(Tables.DOSSIER_HEADER, dossiers), false, Expect.ACCEPTED,
                    () -> assertThat(one("SELECT CAST(received_at AS VARCHAR) FROM dossiers WHERE code = ?", "D-0005"))
                            .startsWith(day)));
        }
        // numbers
        String[] numbers = {"1e309", "-0", "9223372036854775808", "9223372036854775807", "-9223372036854775808", "-5",
            "1.5", "1,5", "NaN", "Infinity", "0x10", "١٠", "1_000", "100001", "99999", "100000", " 7 ", "+7", "007",
            "1.000.000.000.000.000.000"};
        for (String n : numbers) {
            List<List<String>> procs = Tables.rows(ImportKind.PROCEDURES);
            procs.get(2).set(4, n);
            out.add(new Case("processing_days " + n, ImportKind.PROCEDURES, ".csv", utf8(Tables.PROCEDURE_HEADER, procs),
                    false, Expect.ANY, null));
            List<List<String>> fees = Tables.rows(ImportKind.PROCEDURES);
            fees.get(3).set(6, n);
            out.add(new Case("fee_vnd " + n, ImportKind.PROCEDURES, ".csv", utf8(Tables.PROCEDURE_HEADER, fees), false,
                    Expect.ANY, null));
        }
        for (String n : new String[] {"1e309", "9223372036854775808", "-5", "1.5", "NaN"}) {
            List<List<String>> procs = Tables.rows(ImportKind.PROCEDURES);
            procs.get(2).set(4, n);
            out.add(new Case("processing_days " + n + " must be refused", ImportKind.PROCEDURES, ".csv",
                    utf8(Tables.PROCEDURE_HEADER, procs), false, Expect.REJECTED, null));
        }
        // enumerations and booleans with hostile text
        for (String v : new String[] {"=1+1", "DIRECT\u0000", "dírect", SQL, "true; --", "x".repeat(100_000)}) {
            List<List<String>> dossiers = Tables.rows(ImportKind.DOSSIERS);
            dossiers.get(6).set(3, v);
            dossiers.get(7).set(9, v);
            out.add(new Case("channel and paid_online " + escape(v), ImportKind.DOSSIERS, ".csv",
                    utf8(Tables.DOSSIER_HEADER, dossiers), false, Expect.REJECTED, null));
        }
        // a multi-line quoted cell keeps the line numbers of later problems right
        {
            List<List<String>> dossiers = Tables.rows(ImportKind.DOSSIERS);
            dossiers.get(0).set(2, "Dòng một\nDòng hai\r\nDòng ba");
            dossiers.get(3).set(3, "carrier pigeon");
            // header line 1, D-0001 on lines 2-4, D-0002 line 5, D-0003 line 6, D-0004 line 7
            out.add(new Case("a multi-line applicant before a bad channel", ImportKind.DOSSIERS, ".csv",
                    utf8(Tables.DOSSIER_HEADER, dossiers), false, Expect.REJECTED, null, 7));
            List<List<String>> quoted = Tables.rows(ImportKind.DOSSIERS);
            quoted.get(0).set(2, "Dòng một\nDòng hai");
            String text = Tables.csv(Tables.DOSSIER_HEADER, quoted, "\n");
            int d3 = text.indexOf("D-0003");
            text = text.substring(0, d3) + "\"" + text.substring(d3);
            // D-0003 starts on line 5: its opening quote is never closed
            out.add(new Case("an unclosed quote after a multi-line cell", ImportKind.DOSSIERS, ".csv",
                    text.getBytes(StandardCharsets.UTF_8), false, Expect.REJECTED, null, 5));
        }
        return out;
    }

    // ---- helpers ----

    static byte[] utf8(List<String> header, List<List<String>> rows) {
        return Tables.csv(header, rows, "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : (s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s).toCharArray()) {
            if (ch < 0x20 || ch == 0x7f || ch == 0xFEFF || ch == 0x2028) sb.append(String.format("\\u%04x", (int) ch));
            else sb.append(ch);
        }
        return sb.toString();
    }

    static String one(String sql, String arg) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void writeText(Path p, String text) throws IOException { Files.writeString(p, text); }
}
