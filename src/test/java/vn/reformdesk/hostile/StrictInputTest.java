package vn.reformdesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import vn.reformdesk.cli.RootCommand;
import vn.reformdesk.store.Database;

/**
 * Issue 13's input strictness on the command line, with hand-made files (src/test/resources/strict): every refusal is
 * one line {@code FILE:LINE: column NAME: what (value)} on stderr, exit 2, and the database exactly as it was.
 */
class StrictInputTest {
    @TempDir
    Path dir;
    Path db;

    record Run(int exit, String out, String err) {
        List<String> errLines() { return err.isEmpty() ? List.of() : List.of(err.split("\n")); }
    }

    @BeforeEach
    void procedures() throws IOException {
        db = dir.resolve("db");
        Run r = cli("import", "procedures", file("procedures.csv").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** A hand-made file of src/test/resources/strict, copied into the test's folder. */
    Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) {
            try (InputStream in = StrictInputTest.class.getResourceAsStream("/strict/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, p);
            }
        }
        return p;
    }

    Fingerprint fingerprint() {
        try (Database d = Database.open(db)) {
            return Fingerprint.of(d);
        }
    }

    /** Imports {@code name} as {@code kind}; expects exit 2, nothing written, and exactly {@code expected} on stderr. */
    Run refused(String kind, String name, String... expected) throws IOException {
        Path f = file(name);
        Fingerprint before = fingerprint();
        Run r = cli("import", kind, f.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(expected);
        assertThat(r.out()).contains("(nothing written)");
        assertThat(fingerprint()).isEqualTo(before);
        return r;
    }

    // ---- 1. NUL bytes and cells beyond the header ----

    @Test
    void aNulByteInsideACellIsRefusedWithItsLineColumnAndValue() throws IOException {
        refused("dossiers", "nul-in-applicant.csv", "nul-in-applicant.csv:3: column applicant: contains a NUL byte"
                + " (U+0000): the file is damaged or is not CSV text (saved as UTF-16 or from another program?); save it"
                + " again as CSV UTF-8 (Lê Thị\\u0000 Bình)");
    }

    @Test
    void aNulByteAtTheEndOfACellIsNotTrimmedAway() throws IOException {
        // String.trim() took a trailing NUL for a space: the date read as 2026-03-03 and went in
        refused("dossiers", "nul-at-end-of-date.csv", "nul-at-end-of-date.csv:3: column received_at: contains a NUL byte"
                + " (U+0000): the file is damaged or is not CSV text (saved as UTF-16 or from another program?); save it"
                + " again as CSV UTF-8 (2026-03-03\\u0000)");
    }

    @Test
    void aRowWithMoreFilledCellsThanTheHeaderIsRefusedNotCut() throws IOException {
        // line 3: an unquoted comma in the applicant made six cells; line 4 ends in blank cells, which lose nothing
        refused("dossiers", "extra-cells.csv", "extra-cells.csv:3: column F: the row has 6 cells but the header only"
                + " 5: this cell has no heading and would be lost (a comma inside an unquoted cell?) (2026-03-03)");
    }

    @Test
    void withSkipInvalidTheRowBeyondTheHeaderGoesToTheRejectFile() throws IOException {
        Path f = file("extra-cells.csv");
        Run r = cli("import", "dossiers", f.toString(), "--skip-invalid");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("dossiers: 2 added, 0 updated, 0 unchanged, 1 rejected");
        assertThat(Files.readString(dir.resolve("extra-cells.rejects.csv"))).contains("column F: the row has 6 cells");
    }

    @Test
    void anXlsxRowWithAFilledCellBeyondTheHeaderIsRefused() throws IOException {
        Path f = dir.resolve("extra-cells.xlsx");
        try (var out = Files.newOutputStream(f); Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] header = {"code", "procedure_code", "channel", "received_at"};
            for (int i = 0; i < header.length; i++) ws.value(0, i, header[i]);
            String[] row = {"D-1", "BADX-P", "direct", "2026-03-02"};
            for (int i = 0; i < row.length; i++) ws.value(1, i, row[i]);
            ws.value(1, 6, "ghi chú");
            wb.finish();
        }
        Fingerprint before = fingerprint();
        Run r = cli("import", "dossiers", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("extra-cells.xlsx:2: column G: the row has 7 cells but the header only"
                + " 4: this cell has no heading and would be lost (a comma inside an unquoted cell?) (ghi chú)");
        assertThat(fingerprint()).isEqualTo(before);
    }

    // ---- 4. at most 1,000 problems printed ----

    @Test
    void threeHundredThousandGarbageRowsPrintAThousandProblemsAndTheCount() throws IOException {
        Path f = dir.resolve("garbage.xlsx");
        try (var out = Files.newOutputStream(f); Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] header = {"code", "procedure_code", "channel", "received_at"};
            for (int i = 0; i < header.length; i++) ws.value(0, i, header[i]);
            for (int r = 1; r <= 300_000; r++) {
                ws.value(r, 0, "G" + r);
                ws.value(r, 1, "nope");
                ws.value(r, 2, "carrier pigeon");
                ws.value(r, 3, "someday");
                if (r % 50_000 == 0) ws.flush();
            }
            wb.finish();
        }
        Fingerprint before = fingerprint();
        Run r = cli("import", "dossiers", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<String> lines = r.errLines();
        assertThat(lines).hasSize(1_001);
        assertThat(lines.get(0)).isEqualTo("garbage.xlsx:2: column procedure_code: unknown procedure (import it in"
                + " procedures.csv first) (nope)");
        assertThat(lines.get(999)).startsWith("garbage.xlsx:335: ");
        assertThat(lines.get(1_000)).isEqualTo("… and 899000 more problems");
        assertThat(r.out()).contains("dossiers: 0 added, 0 updated, 0 unchanged, 300000 rejected (nothing written)");
        assertThat(fingerprint()).isEqualTo(before);
    }

    // ---- 2. .ics: cut short, repeats, DTEND before DTSTART ----

    /** The calendar rows as "date kind name". */
    List<String> calendarDays() {
        List<String> out = new ArrayList<>();
        try (Database d = Database.open(db); var c = d.connection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT day_date, kind, name FROM calendar_days ORDER BY day_date")) {
            while (rs.next()) out.add(rs.getDate(1).toLocalDate() + " " + rs.getString(2) + " " + rs.getString(3));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    Run imported(String kind, String name) throws IOException {
        Run r = cli("import", kind, file(name).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r;
    }

    @Test
    void anIcsCutShortInsideAnEventIsRefused() throws IOException {
        refused("calendar", "truncated-event.ics", "truncated-event.ics:10: the file is cut short: BEGIN:VEVENT on this"
                + " line is never closed (no END:VEVENT); save or download it again (BEGIN:VEVENT)");
    }

    @Test
    void anIcsWithoutItsEndVcalendarIsRefused() throws IOException {
        refused("calendar", "truncated-calendar.ics", "truncated-calendar.ics:1: the file is cut short: BEGIN:VCALENDAR"
                + " on this line is never closed (no END:VCALENDAR); save or download it again (BEGIN:VCALENDAR)");
    }

    @Test
    void aDailyRuleWithCountFiveGivesFiveDays() throws IOException {
        Run r = imported("calendar", "daily-count5.ics");
        assertThat(r.out()).contains("calendar: 5 added");
        assertThat(calendarDays()).containsExactly("2026-02-16 holiday Tết Nguyên đán", "2026-02-17 holiday Tết Nguyên đán",
                "2026-02-18 holiday Tết Nguyên đán", "2026-02-19 holiday Tết Nguyên đán", "2026-02-20 holiday Tết Nguyên đán");
    }

    @Test
    void aWeeklyRuleWithIntervalUntilAndAnExceptionDate() throws IOException {
        // every second Friday from 4/9/2026 until 10/10: 4/9, 18/9 (EXDATE: not off), 2/10
        imported("calendar", "weekly-until.ics");
        assertThat(calendarDays()).containsExactly("2026-09-04 holiday Nghỉ luân phiên", "2026-10-02 holiday Nghỉ luân phiên");
    }

    @Test
    void aYearlyOutlookRuleWithAMovedOccurrence() throws IOException {
        // 1/1 of 2025, 2026 and 2027; 2026's occurrence is moved to 2/1 by the second event (RECURRENCE-ID)
        imported("calendar", "yearly-outlook.ics");
        assertThat(calendarDays()).containsExactly("2025-01-01 holiday Tết Dương lịch",
                "2026-01-02 holiday Tết Dương lịch (nghỉ bù)", "2027-01-01 holiday Tết Dương lịch");
    }

    @Test
    void aRepeatWithoutEndIsRefusedInWords() throws IOException {
        refused("calendar", "yearly-forever.ics", "yearly-forever.ics:7: column RRULE: repeats without end: the rule needs"
                + " COUNT (how many times) or UNTIL (until when) to say which days are off (FREQ=YEARLY)");
    }

    @Test
    void aRepeatMoreOftenThanDailyIsRefused() throws IOException {
        refused("calendar", "hourly.ics", "hourly.ics:7: column RRULE: repeats HOURLY: a day off repeats at most daily"
                + " (DAILY, WEEKLY, MONTHLY or YEARLY) (FREQ=HOURLY;COUNT=3)");
    }

    @Test
    void aRulePartThatIsNotReadIsRefusedNotDropped() throws IOException {
        refused("calendar", "bysetpos.ics", "bysetpos.ics:7: column RRULE: the rule part BYSETPOS is not read (only FREQ,"
                + " COUNT, UNTIL, INTERVAL, BYDAY, BYMONTH and BYMONTHDAY); enter the days one by one"
                + " (FREQ=MONTHLY;COUNT=3;BYDAY=FR;BYSETPOS=-1)");
    }

    @Test
    void anEventEndingBeforeItStartsIsRefused() throws IOException {
        refused("calendar", "dtend-before-dtstart.ics", "dtend-before-dtstart.ics:13: column DTEND: the event ends before"
                + " it starts (DTSTART 2026-09-02, DTEND 2026-09-01) (20260901)");
    }

    // ---- 5. a zip bomb and a DTD in a workbook, in words ----

    /** A real one-sheet workbook (fastexcel) with its sheet part replaced by {@code sheet}. */
    Path workbookWithSheet(String name, java.io.InputStream sheet) throws IOException {
        Path plain = dir.resolve("plain-" + name);
        try (var out = Files.newOutputStream(plain); Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "code");
            wb.finish();
        }
        Path f = dir.resolve(name);
        try (var zin = new java.util.zip.ZipFile(plain.toFile());
             var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            for (var e : java.util.Collections.list(zin.entries())) {
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                try (var part = e.getName().equals("xl/worksheets/sheet1.xml") ? sheet : zin.getInputStream(e)) {
                    part.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        return f;
    }

    @Test
    void aZipBombWorkbookIsRefusedInWords() throws IOException {
        // 200 MB of spaces inside the sheet pack to about 200 KB (1,000 times)
        java.io.InputStream spaces = new java.io.InputStream() {
            long left = 200L << 20;

            @Override
            public int read() { return left-- > 0 ? ' ' : -1; }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        Path f = workbookWithSheet("bomb.xlsx", new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(
                "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), spaces));
        Fingerprint before = fingerprint();
        Run r = cli("import", "dossiers", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("bomb.xlsx:1: the part xl/worksheets/sheet1.xml of the workbook unpacks"
                + " to more than 250 times its packed size (").endsWith("a damaged file or a \"zip bomb\"; it is not read"
                + " (xl/worksheets/sheet1.xml)");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithADtdIsRefusedInWordsNotInTheParsersText() throws IOException {
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
                + " \"file:///etc/passwd\">]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        Path f = workbookWithSheet("xxe.xlsx", new java.io.ByteArrayInputStream(xxe.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Fingerprint before = fingerprint();
        Run r = cli("import", "dossiers", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("xxe.xlsx:1: the workbook holds a document type declaration"
                + " (<!DOCTYPE …>) in xl/worksheets/sheet1.xml: Excel and LibreOffice never write one, and its entities"
                + " could make the reader fetch files from this computer (XXE); it is not read. Open it in Excel and save"
                + " it again, or save it as CSV (xl/worksheets/sheet1.xml)");
        assertThat(fingerprint()).isEqualTo(before);
    }

    // ---- 3. codes compared without regard to case ----

    List<String> dossiers() {
        List<String> out = new ArrayList<>();
        try (Database d = Database.open(db); var c = d.connection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT d.code, p.code, d.applicant FROM dossiers d JOIN procedures p"
                     + " ON p.id = d.procedure_id ORDER BY d.id")) {
            while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void twoSpellingsOfOneCodeInAFileAreADuplicate() throws IOException {
        refused("dossiers", "codes-case-duplicate.csv", "codes-case-duplicate.csv:3: column code: duplicate code, already"
                + " on line 2 (badx-1)");
    }

    @Test
    void anImportOfTheLowerCaseCodeUpdatesTheStoredOneAndKeepsItsSpelling() throws IOException {
        imported("dossiers", "codes-upper.csv");
        Run r = imported("dossiers", "codes-lower.csv"); // badx-1 of procedure badx-p
        assertThat(r.out()).contains("dossiers: 0 added, 1 updated, 0 unchanged, 0 rejected");
        assertThat(dossiers()).containsExactly("BADX-1 BADX-P Nguyễn Văn An (đã sửa)");
        assertThat(imported("dossiers", "codes-lower.csv").out()).contains("0 added, 0 updated, 1 unchanged");
        Run p = imported("procedures", "procedures-lower.csv");
        assertThat(p.out()).contains("procedures: 0 added, 1 updated");
        try (Database d = Database.open(db); var c = d.connection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT code, name, processing_days FROM procedures")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)).isEqualTo("BADX-P Cấp giấy phép thử (tên mới) 7");
            assertThat(rs.next()).isFalse();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDatabaseRefusesASecondSpellingWhoeverWritesIt() throws Exception {
        imported("dossiers", "codes-upper.csv");
        try (Database d = Database.open(db); var c = d.connection(); var st = c.createStatement()) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> st.executeUpdate(
                    "INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code) SELECT 'Badx-1',"
                    + " procedure_id, channel, received_at, unit_code FROM dossiers WHERE code = 'BADX-1'"));
            assertThat(e.getSQLState()).isEqualTo("23505");
            assertThat(st.executeUpdate("UPDATE procedures SET code = 'badx-p' WHERE code = 'BADX-P'")).isOne(); // its own key
        }
    }

    @Test
    void aRegisterHoldingTwoSpellingsFromBeforeStillOpensAndKeepsBoth() throws Exception {
        Path old = dir.resolve("old");
        Files.createDirectories(old);
        var pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + old.toAbsolutePath().resolve("reformdesk"), "sa", "");
        org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("10").load().migrate();
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO procedures (code, name, admin_level, processing_days, online_level)"
                    + " VALUES ('P', 'Thủ tục', 'province', 5, 'full')");
            for (String code : new String[] {"OLD-1", "old-1", "Old-1"}) {
                st.execute("INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code) VALUES ('" + code
                        + "', (SELECT id FROM procedures), 'direct', TIMESTAMP '2025-01-02 08:00:00', (SELECT code FROM units"
                        + " WHERE home = TRUE))");
            }
            st.execute("SHUTDOWN");
        }
        pool.dispose();
        try (Database d = Database.open(old); var c = d.connection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT code, code_key FROM dossiers ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) rows.add(rs.getString(1) + "=" + rs.getString(2));
            assertThat(rows).containsExactly("OLD-1=old-1", "old-1=\u0001old-1", "Old-1=\u0001Old-1"); // V15: a key each
        }
    }
}
