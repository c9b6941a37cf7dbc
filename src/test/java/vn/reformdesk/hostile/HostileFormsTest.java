package vn.reformdesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.Importer;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.dossiers.DossierFormModel;
import vn.reformdesk.ui.procedures.ProcedureFormModel;

/**
 * The procedure and dossier forms' validation (the view models, not the controls) fed generated hostile text:
 * huge strings, control characters, negative and overflowing numbers, impossible dates and times. Each case ends
 * either in a validation message next to a field (short enough to read) with nothing saved, or, when the form
 * accepts it, in a save that the database takes without an error and stores verbatim. The save path is the
 * one the dialogs use ({@code validate()/toProcedure()}, {@code toDossier()} then the repository).
 *
 * <p>The dossier form keeps its properties package-private for its view, so they are reached by reflection here.
 */
class HostileFormsTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 30);
    static final String MEGA = "Ư".repeat(1_000_000);

    @TempDir
    static Path dir;
    static Database db;

    enum Expect { REFUSE, MAY_SAVE }

    @BeforeAll
    static void seed() throws Exception {
        db = TestDb.open(dir);
        for (ImportKind k : List.of(ImportKind.PROCEDURES, ImportKind.CALENDAR, ImportKind.DOSSIERS)) {
            Path f = Tables.write(dir, "seed-" + k.code() + ".csv", HostileImportTest.utf8(Tables.header(k), Tables.rows(k)));
            assertThat(Importer.run(db, k, f, false).problems()).isEmpty();
        }
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
        I18n.setLocale(Locale.getDefault());
    }

    // ---- procedures ----

    @TestFactory
    Stream<DynamicTest> procedureForm() {
        List<DynamicTest> out = new ArrayList<>();
        String[][] refuse = {
            {"days", "-1"}, {"days", "-0"}, {"days", "1e309"}, {"days", "99999999999999999999"},
            {"days", "9223372036854775808"}, {"days", "1.5"}, {"days", "１２"}, {"days", "NaN"}, {"days", ""},
            {"days", "100000"}, {"days", "5\u00005"}, {"days", MEGA},
            {"fee", "-5"}, {"fee", "9223372036854775808"}, {"fee", "1e3"}, {"fee", "12,5"}, {"fee", "-0"}, {"fee", MEGA},
            {"cutoff", "25:00"}, {"cutoff", "23:60"}, {"cutoff", "24:00"}, {"cutoff", "-1:00"}, {"cutoff", MEGA},
            {"code", "c".repeat(65)}, {"code", MEGA}, {"code", "P\u0000X"}, {"code", "P\u001b[2JX"}, {"code", "\uFEFFP-001"},
            {"code", "P-001"}, {"code", "   "},
            {"name", "n".repeat(2001)}, {"name", MEGA}, {"name", "Tên\u0007"}, {"name", "\u001b]0;pwned\u0007"},
            {"field", "f".repeat(501)}, {"field", MEGA}, {"section", "s".repeat(501)}, {"section", "Bộ\u0000phận"},
        };
        for (String[] c : refuse) {
            out.add(DynamicTest.dynamicTest("refuse " + c[0] + " = " + HostileImportTest.escape(c[1]),
                    () -> procedureCase(c[0], c[1], Expect.REFUSE)));
        }
        String[][] maySave = {
            {"name", "=cmd|' /C calc'!A0"}, {"name", "'; DROP TABLE procedures; --"}, {"name", "n".repeat(2000)},
            {"code", "c".repeat(64)}, {"code", "'; DROP TABLE dossiers; --"}, {"days", "99999"}, {"days", "0"},
            {"fee", "999.999.999.999.999"}, {"days", "5\u0000"}, {"name", "  Tên\r\n"}, {"section", "@SUM(A1)"}, {"name", "Thủ tục 😀 ‮RTL‬ a\u0301"},
        };
        for (String[] c : maySave) {
            out.add(DynamicTest.dynamicTest("accept " + c[0] + " = " + HostileImportTest.escape(c[1]),
                    () -> procedureCase(c[0], c[1], Expect.MAY_SAVE)));
        }
        Random rnd = new Random(HostileImportTest.SEED);
        String[] fields = {"code", "name", "field", "section", "days", "fee", "cutoff"};
        for (int i = 0; i < 150; i++) {
            String f = fields[rnd.nextInt(fields.length)];
            String v = hostileText(rnd);
            out.add(DynamicTest.dynamicTest("generated #" + i + " " + f + " = " + HostileImportTest.escape(v),
                    () -> procedureCase(f, v, Expect.MAY_SAVE)));
        }
        return out.stream();
    }

    void procedureCase(String fieldName, String value, Expect expect) throws Exception {
        for (Locale locale : List.of(new Locale("vi"), Locale.ENGLISH)) {
            I18n.setLocale(locale);
            Set<String> taken = new ProcedureRepository(db).findAll().stream().map(Procedure::code).collect(Collectors.toSet());
            ProcedureFormModel m = new ProcedureFormModel(null, taken);
            m.codeProperty().set("NEW-" + Math.abs(value.hashCode() % 100_000) + "-" + locale.getLanguage());
            m.nameProperty().set("Thủ tục mới");
            m.daysProperty().set("5");
            m.feeProperty().set("0");
            property(m, fieldName).set(value);
            List<StringProperty> errors = List.of(m.codeErrorProperty(), m.nameErrorProperty(), m.fieldErrorProperty(),
                    m.sectionErrorProperty(), m.daysErrorProperty(), m.feeErrorProperty(), m.cutoffErrorProperty());
            Fingerprint before = Fingerprint.of(db);
            boolean valid = m.validate();
            if (!valid) {
                assertReadableMessage(errors.stream().map(StringProperty::get).toList(), fieldName, value);
                assertThat(property(m, fieldName).get()).as("what was typed is kept").isEqualTo(value);
                assertThatThrownBy(m::toProcedure).isInstanceOf(IllegalStateException.class);
                assertThat(Fingerprint.of(db)).as("nothing saved").isEqualTo(before);
                continue;
            }
            if (expect == Expect.REFUSE) fail("the form accepted " + fieldName + " = " + HostileImportTest.escape(value));
            Procedure p = m.toProcedure();
            Procedure saved;
            try {
                saved = new ProcedureRepository(db).save(p);
            } catch (RuntimeException e) {
                throw new AssertionError("the form accepted " + fieldName + " = " + HostileImportTest.escape(value)
                        + " but the database refused it (no validation message): " + e, e);
            }
            Procedure back = new ProcedureRepository(db).findByCode(p.code()).orElseThrow();
            assertThat(back.name()).isEqualTo(p.name());
            assertThat(back.field()).isEqualTo(p.field());
            assertThat(back.section()).isEqualTo(p.section());
            assertThat(back.code()).isEqualTo(p.code());
            for (String t : java.util.Arrays.asList(back.code(), back.name(), back.field(), back.section())) {
                if (t != null) assertThat(t.chars()).as("no control character stored").noneMatch(Character::isISOControl);
            }
            new ProcedureRepository(db).delete(saved.code());
        }
    }

    static StringProperty property(ProcedureFormModel m, String name) {
        return switch (name) {
            case "code" -> m.codeProperty();
            case "name" -> m.nameProperty();
            case "field" -> m.fieldProperty();
            case "section" -> m.sectionProperty();
            case "days" -> m.daysProperty();
            case "fee" -> m.feeProperty();
            case "cutoff" -> m.cutoffProperty();
            default -> throw new IllegalArgumentException(name);
        };
    }

    // ---- dossiers ----

    @TestFactory
    Stream<DynamicTest> dossierForm() {
        List<DynamicTest> out = new ArrayList<>();
        String[][] refuse = {
            {"applicant", MEGA}, {"applicant", "a".repeat(1001)}, {"applicant", "Lê\u0000Văn"}, {"applicant", "\u001b[31mred"},
            {"code", "c".repeat(101)}, {"code", MEGA}, {"code", "D\u0000X"}, {"code", "D-0001"}, {"code", ""},
            {"procedureText", MEGA}, {"procedureText", "'; DROP TABLE dossiers; --"}, {"procedureText", "\u0000"},
            {"procedureText", ""},
            {"receivedDate", "31/02/2026"}, {"receivedDate", "29/02/2025"}, {"receivedDate", "00/00/0000"},
            {"receivedDate", "32/12/2026"}, {"receivedDate", "1/13/2026"}, {"receivedDate", "2026-01-05"},
            {"receivedDate", "01/01/99999"}, {"receivedDate", "01/01/0000"}, {"receivedDate", "31/12/9999"},
            {"receivedDate", "01/01/1582"}, {"receivedDate", "01/01/2200"}, {"receivedDate", "01/01/-1"}, {"receivedDate", "1e309"}, {"receivedDate", MEGA},
            {"receivedDate", ""}, {"receivedDate", "٠١/٠١/٢٠٢٦"},
            {"receivedTime", "25:00"}, {"receivedTime", "23:60"}, {"receivedTime", "-1:00"}, {"receivedTime", MEGA},
            {"resolvedOn", "31/02/2026"}, {"resolvedOn", "01/01/2020"}, {"resolvedOn", MEGA},
            {"apologyOn", "99/99/9999"}, {"apologyOn", "01/01/2000"}, {"newAppointment", "30/02/2027"},
            {"newAppointment", "01/11/2026"},
        };
        for (String[] c : refuse) {
            out.add(DynamicTest.dynamicTest("refuse " + c[0] + " = " + HostileImportTest.escape(c[1]),
                    () -> dossierCase(c[0], c[1], Expect.REFUSE)));
        }
        String[][] maySave = {
            {"applicant", "=cmd|' /C calc'!A0"}, {"applicant", "'; DROP TABLE dossiers; --"}, {"applicant", "a".repeat(1000)},
            {"applicant", "-2+3"}, {"applicant", "@A1"}, {"code", "c".repeat(100)}, {"code", "+SUM(1)"},
            {"applicant", "Nguyễn 😀 ‮RTL‬ a\u0301"}, {"receivedDate", "29/02/2028"},
            {"receivedDate", "31/12/2199"}, {"receivedDate", "01/01/1900"},
        };
        for (String[] c : maySave) {
            out.add(DynamicTest.dynamicTest("accept " + c[0] + " = " + HostileImportTest.escape(c[1]),
                    () -> dossierCase(c[0], c[1], Expect.MAY_SAVE)));
        }
        Random rnd = new Random(HostileImportTest.SEED + 1);
        String[] fields = {"applicant", "code", "procedureText", "receivedDate", "receivedTime", "resolvedOn", "apologyOn",
            "newAppointment", "requestDate"};
        for (int i = 0; i < 150; i++) {
            String f = fields[rnd.nextInt(fields.length)];
            String v = rnd.nextInt(3) == 0 ? hostileDate(rnd) : hostileText(rnd);
            out.add(DynamicTest.dynamicTest("generated #" + i + " " + f + " = " + HostileImportTest.escape(v),
                    () -> dossierCase(f, v, Expect.MAY_SAVE)));
        }
        return out.stream();
    }

    @SuppressWarnings("unchecked")
    void dossierCase(String fieldName, String value, Expect expect) throws Exception {
        I18n.setLocale(new Locale("vi"));
        List<Procedure> procedures = new ProcedureRepository(db).findAll();
        Set<String> taken = new DossierRepository(db).findAll().stream().map(Dossier::code).collect(Collectors.toSet());
        DeadlineCalculator calc = new DeadlineCalculator(new WorkingCalendar(List.of()), DeadlineSettings.DEFAULT);
        DossierFormModel m = new DossierFormModel(calc, NOW.toLocalDate(), procedures, taken, null, "H15", NOW);
        text(m, "procedureText").set("P-001");
        text(m, "applicant").set("Trần Văn Bình");
        text(m, "receivedDate").set("02/11/2026");
        if (fieldName.equals("resolvedOn")) ((ObjectProperty<Outcome>) field(m, "outcome")).set(Outcome.ISSUED);
        if (fieldName.equals("newAppointment")) text(m, "apologyOn").set("20/11/2026");
        if (fieldName.equals("requestDate")) {
            text(m, "requestDate").set(value);
            m.addRequest();
        } else {
            text(m, fieldName).set(value);
        }
        Fingerprint before = Fingerprint.of(db);
        Dossier d = m.toDossier();
        List<String> errors = new ArrayList<>();
        for (Field f : DossierFormModel.class.getDeclaredFields()) {
            if (f.getName().endsWith("Error") && StringProperty.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                errors.add(((StringProperty) f.get(m)).get());
            }
        }
        if (d == null) {
            assertReadableMessage(errors, fieldName, value);
            if (!fieldName.equals("requestDate")) {
                assertThat(text(m, fieldName).get()).as("what was typed is kept").isEqualTo(value);
            }
            assertThat(Fingerprint.of(db)).as("nothing saved").isEqualTo(before);
            return;
        }
        if (expect == Expect.REFUSE) fail("the form accepted " + fieldName + " = " + HostileImportTest.escape(value));
        try {
            new DossierRepository(db).save(d);
        } catch (RuntimeException e) {
            throw new AssertionError("the form accepted " + fieldName + " = " + HostileImportTest.escape(value)
                    + " but the database refused it (no validation message): " + e, e);
        }
        Dossier back = new DossierRepository(db).findByCode(d.code()).orElseThrow();
        assertThat(back.applicant()).isEqualTo(d.applicant());
        assertThat(back.code()).isEqualTo(d.code());
        assertThat(back.receivedAt()).isEqualTo(d.receivedAt());
        for (String t : java.util.Arrays.asList(back.code(), back.applicant())) {
            if (t != null) assertThat(t.chars()).as("no control character stored").noneMatch(Character::isISOControl);
        }
        new DossierRepository(db).delete(d.code());
    }

    static StringProperty text(DossierFormModel m, String name) throws ReflectiveOperationException {
        return (StringProperty) field(m, name);
    }

    static Object field(DossierFormModel m, String name) throws ReflectiveOperationException {
        Field f = DossierFormModel.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(m);
    }

    // ---- shared ----

    /** At least one field shows a reason, and no reason is longer than a person would read. */
    static void assertReadableMessage(List<String> errors, String fieldName, String value) {
        List<String> shown = errors.stream().filter(e -> e != null && !e.isEmpty()).toList();
        assertThat(shown).as("a validation message for %s = %s", fieldName, HostileImportTest.escape(value)).isNotEmpty();
        for (String e : shown) {
            assertThat(e.length()).as("message '%s' is short", HostileImportTest.escape(e)).isLessThan(300);
        }
    }

    /** Text from an alphabet of troublemakers, from empty to 1 MB. */
    static String hostileText(Random rnd) {
        String[] atoms = {"a", "Ư", "ệ", " ", "'", "\"", ",", ";", "--", "=", "+", "-", "@", "\t", "\r", "\n", "\u0000",
            "\u0007", "\u001b", "\u007f", "\u0085", "\uFEFF", "\u200B", "\u202E", "😀", "\uD83D", "\uDE00", "0", "9", "/",
            ":", "%s", "{0}", "${jndi:ldap://x}", "<script>", "DROP TABLE", "\\", "\u2028"};
        int len = switch (rnd.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 1_000 + rnd.nextInt(3_000);
            case 2 -> rnd.nextBoolean() ? 100_000 : 1_000_000;
            default -> 1 + rnd.nextInt(30);
        };
        StringBuilder sb = new StringBuilder();
        while (sb.length() < len) {
            String a = atoms[rnd.nextInt(atoms.length)];
            if (len > 1000) sb.append(a.repeat(1 + rnd.nextInt(100)));
            else sb.append(a);
        }
        return sb.toString();
    }

    static String hostileDate(Random rnd) {
        int d = rnd.nextInt(40) - 2;
        int mo = rnd.nextInt(16) - 1;
        int y = switch (rnd.nextInt(5)) {
            case 0 -> rnd.nextInt(10);
            case 1 -> 99_999;
            case 2 -> -1 - rnd.nextInt(100);
            default -> 2020 + rnd.nextInt(10);
        };
        return d + "/" + mo + "/" + y;
    }
}
