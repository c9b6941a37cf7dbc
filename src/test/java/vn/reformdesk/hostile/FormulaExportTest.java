package vn.reformdesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.CsvExport;
import vn.reformdesk.io.DossierExport;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.Importer;
import vn.reformdesk.io.table.SafeCells;
import vn.reformdesk.io.table.TableReader;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;

/**
 * Exports neutralise spreadsheet formulas: every text cell that starts with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe in the CSV and the .xlsx written by {@link DossierExport} and {@link CsvExport},
 * plain numbers such as {@code -5} are left alone, and importing the export back gives the original text.
 */
class FormulaExportTest {
    /** Applicants imported from a file (leading whitespace is trimmed by the import, so no tab/CR here). */
    static final String[] IMPORTED = {"=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@A1", "=HYPERLINK(\"http://evil\",\"x\")",
        "-", "=", "@", "'=already quoted", "'; DROP TABLE dossiers; --"};
    /** Applicants typed in a form (saved with the repository, as the dossier form does): tab and CR kept. */
    static final String[] TYPED = {"\t=1+1", "\r=1+1", "\t@SUM(A1:A9)", "'=typed with an apostrophe", "''+1", "'-5"};
    /** Look like numbers: must stay as they are. */
    static final String[] NUMBERS = {"-5", "+5", "-1,5", "-1.5", "-1.234.567"};
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database db;
    RegisterService register;
    /** dossier code → applicant as stored */
    final Map<String, String> applicants = new LinkedHashMap<>();

    @BeforeEach
    void seed() throws IOException {
        db = TestDb.open(dir);
        register = new RegisterService(db);
        List<List<String>> procs = new ArrayList<>();
        procs.add(List.of("P-1", "=cmd|' /C calc'!A0", "@field", "commune", "5", "full", "0", "", "-section"));
        procs.add(List.of("P-2", "Thủ tục thường", "", "district", "3", "none", "0", "", ""));
        Path pf = Tables.write(dir, "procedures.csv", HostileImportTest.utf8(Tables.PROCEDURE_HEADER, procs));
        assertThat(Importer.run(db, ImportKind.PROCEDURES, pf, false).problems()).isEmpty();

        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        List<String> all = new ArrayList<>(List.of(IMPORTED));
        all.addAll(List.of(NUMBERS));
        for (String a : all) {
            String code = String.format("H-%03d", ++n);
            rows.add(List.of(code, n % 2 == 0 ? "P-1" : "P-2", a, "direct", "2026-10-05 09:00", "", "", "", "", "", "", "",
                    "", "", ""));
            applicants.put(code, SafeCells.unescape(a)); // a spreadsheet's text marker is not part of the text
        }
        Path df = Tables.write(dir, "dossiers-in.csv", HostileImportTest.utf8(Tables.DOSSIER_HEADER, rows));
        ImportReport r = Importer.run(db, ImportKind.DOSSIERS, df, false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.added()).isEqualTo(all.size());
        for (String a : TYPED) {
            String code = String.format("H-%03d", ++n);
            new DossierRepository(db).save(new Dossier(null, code, "P-2", a, Channel.ONLINE,
                    LocalDateTime.of(2026, 10, 6, 8, 0), List.of(), null, null, null, null, null, null, null, null, null,
                    null, null, null));
            applicants.put(code, a);
        }
        for (var e : applicants.entrySet()) {
            assertThat(new DossierRepository(db).findByCode(e.getKey()).orElseThrow().applicant())
                    .as("stored verbatim").isEqualTo(e.getValue());
        }
    }

    @AfterEach
    void close() { db.close(); }

    @ParameterizedTest
    @ValueSource(strings = {"export.csv", "export.xlsx"})
    void dossierExportQuotesFormulasAndReimportsTheOriginalText(String name) throws IOException {
        Path out = dir.resolve(name);
        assertThat(DossierExport.write(register, out, AS_OF)).isEqualTo(applicants.size());

        Map<String, String> exported = new LinkedHashMap<>();
        List<String> header = TableReader.read(out, row -> exported.put(row.raw("code"), row.raw("applicant")));
        assertThat(header).containsAll(DossierExport.header());
        assertThat(exported.keySet()).containsExactlyInAnyOrderElementsOf(applicants.keySet());
        for (var e : applicants.entrySet()) {
            String original = e.getValue();
            String cell = exported.get(e.getKey());
            assertCell(original, cell);
        }

        // the same file imports back unchanged (nothing lost, nothing doubled)
        ImportReport again = Importer.run(db, ImportKind.DOSSIERS, out, false);
        assertThat(again.problems()).isEmpty();
        assertThat(again.unchanged()).as(again.summary()).isEqualTo(applicants.size());
        assertThat(again.updated()).isZero();
        for (var e : applicants.entrySet()) {
            assertThat(new DossierRepository(db).findByCode(e.getKey()).orElseThrow().applicant())
                    .as("applicant of %s after re-import", e.getKey()).isEqualTo(e.getValue());
        }

        // and into an empty database it gives the original text too
        try (Database fresh = TestDb.open(dir.resolve("fresh-" + name))) {
            for (Procedure p : new ProcedureRepository(db).findAll()) new ProcedureRepository(fresh).save(p.withId(null));
            ImportReport r = Importer.run(fresh, ImportKind.DOSSIERS, out, false);
            assertThat(r.problems()).isEmpty();
            assertThat(r.added()).isEqualTo(applicants.size());
            for (var e : applicants.entrySet()) {
                assertThat(new DossierRepository(fresh).findByCode(e.getKey()).orElseThrow().applicant())
                        .as("applicant of %s in a fresh database", e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void rawCsvBytesStartWithTheApostrophe() throws IOException {
        Path out = dir.resolve("raw.csv");
        DossierExport.write(register, out, AS_OF);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,");
        assertThat(text).contains(",'=cmd|' /C calc'!A0,").contains(",'+SUM(1),").contains(",'@A1,")
                .contains(",'-2+3,").contains(",'\t=1+1,").contains(",\"'\r=1+1\",");
        assertThat(text).contains(",-5,").contains(",+5,").contains(",\"-1,5\",").contains(",-1.234.567,");
        // no line of the file begins a cell with a bare formula character
        for (String line : text.split("\r\n")) {
            for (String cell : line.split(",")) {
                if (!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as("a bare formula cell in: " + line).matches("[-+]?\\d+([.,]\\d+)*");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"procedures.csv", "procedures.xlsx"})
    void csvExportQuotesEveryTextColumn(String name) throws IOException {
        Path out = dir.resolve("out-" + name);
        List<List<?>> rows = new ArrayList<>();
        for (Procedure p : new ProcedureRepository(db).findAll()) {
            rows.add(java.util.Arrays.asList(p.code(), p.name(), p.field(), p.section(), p.processingDays(), -5L, "-5"));
        }
        rows.add(java.util.Arrays.asList("X", "\t=tab", "\r=cr", "@at", -1, -2.5, "+1"));
        CsvExport.writeRows(out, List.of("code", "name", "field", "section", "days", "number", "text_number"), rows);
        List<Map<String, String>> read = new ArrayList<>();
        TableReader.read(out, row -> read.add(row.cells()));
        assertThat(read).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> cells = read.get(i);
            List<?> row = rows.get(i);
            assertCell((String) row.get(1), cells.get("name"));
            assertCell((String) row.get(2), cells.get("field"));
            assertCell((String) row.get(3), cells.get("section"));
            assertThat(cells.get("number")).isIn("-5", "-2.5");
            assertThat(cells.get("text_number")).isIn("-5", "+1");
        }
    }

    @Test
    void safeCellsRoundTripOnGeneratedText() {
        java.util.Random rnd = new java.util.Random(HostileImportTest.SEED);
        String alphabet = "'''=+-@\t\r0123456789.,aZ ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = rnd.nextInt(7); n > 0; n--) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String s = sb.toString();
            String cell = SafeCells.text(s);
            assertThat(SafeCells.unescape(cell)).as("round trip of %s", HostileImportTest.escape(s)).isEqualTo(s);
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                assertThat(cell).as("only numbers may start with a formula character").matches("[-+]?\\d+([.,]\\d+)*");
            }
        }
    }

    /** A risky text must come out with one leading apostrophe and unescape to the original; the rest untouched. */
    static void assertCell(String original, String cell) {
        if (original == null || original.isEmpty()) {
            assertThat(cell == null ? "" : cell).isEmpty();
            return;
        }
        String afterQuotes = original.replaceFirst("^'+", "");
        boolean risky = !afterQuotes.isEmpty() && "=+-@\t\r".indexOf(afterQuotes.charAt(0)) >= 0
                && (afterQuotes.length() < original.length() || !original.matches("[-+]?\\d+([.,]\\d+)*"));
        if (risky) {
            assertThat(cell).as("exported cell of %s", HostileImportTest.escape(original)).isEqualTo("'" + original);
        } else {
            assertThat(cell).as("exported cell of %s", HostileImportTest.escape(original)).isEqualTo(original);
        }
        assertThat(SafeCells.unescape(cell)).isEqualTo(original);
    }
}
