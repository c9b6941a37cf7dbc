package vn.reformdesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.Importer;
import vn.reformdesk.io.exchange.ExchangePackage;
import vn.reformdesk.io.exchange.PackageRejectedException;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;

/**
 * Hostile exchange packages: random bytes, truncated zips, zip bombs, renamed and path-traversal entries, wrong
 * manifests. Each is refused by {@link ExchangePackage#read} with {@link PackageRejectedException} (a reason, no
 * other exception, no OutOfMemoryError under the tests' -Xmx1g), quickly, and without writing any file.
 */
class HostilePackageTest {
    static final long MB = 1_000_000;

    @TempDir
    static Path dir;
    static Database db;
    /** entry name → bytes of a valid package */
    static Map<String, byte[]> valid;
    static byte[] validZip;

    @BeforeAll
    static void makeValidPackage() throws IOException {
        db = TestDb.open(dir.resolve("db"));
        for (ImportKind k : List.of(ImportKind.PROCEDURES, ImportKind.CALENDAR, ImportKind.DOSSIERS)) {
            Path f = Tables.write(dir, "seed-" + k.code() + ".csv", HostileImportTest.utf8(Tables.header(k), Tables.rows(k)));
            assertThat(Importer.run(db, k, f, false).problems()).isEmpty();
        }
        Path pkg = dir.resolve("valid" + ExchangePackage.EXTENSION);
        ExchangePackage.of("UBND-X", "Ủy ban xã", "0.1.0", LocalDateTime.of(2026, 11, 23, 9, 0), null, null,
                new ProcedureRepository(db).findAll(), new DossierRepository(db).findAll(),
                new CalendarRepository(db).findAll()).write(pkg, vn.reformdesk.io.exchange.UnitKey.loadOrCreate(dir, null));
        validZip = Files.readAllBytes(pkg);
        valid = unzip(validZip);
        assertThat(valid).containsKeys("manifest.properties", "procedures.csv", "dossiers.csv", "calendar.csv");
        ExchangePackage back = ExchangePackage.read(pkg);
        assertThat(back.dossiers()).hasSize(12);
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
    }

    @TestFactory
    Stream<DynamicTest> hostilePackages() throws IOException {
        Random rnd = new Random(HostileImportTest.SEED);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            byte[] b = new byte[1 + rnd.nextInt(i == 0 ? 30 : 200_000)];
            rnd.nextBytes(b);
            cases.add(new Object[] {"random bytes (" + b.length + " B)", b});
        }
        cases.add(new Object[] {"empty file", new byte[0]});
        cases.add(new Object[] {"a CSV file renamed .rdpkg", "code,name\n1,2\n".getBytes(StandardCharsets.UTF_8)});
        // random bytes after a zip local header signature
        byte[] sig = new byte[5000];
        rnd.nextBytes(sig);
        sig[0] = 'P'; sig[1] = 'K'; sig[2] = 3; sig[3] = 4;
        cases.add(new Object[] {"zip signature then garbage", sig});
        for (int i = 0; i < 8; i++) {
            int cut = 1 + rnd.nextInt(validZip.length - 1);
            cases.add(new Object[] {"valid package cut at byte " + cut, java.util.Arrays.copyOf(validZip, cut)});
        }
        byte[] flipped = validZip.clone();
        for (int i = 0; i < 5; i++) flipped[rnd.nextInt(flipped.length)] ^= (byte) (1 + rnd.nextInt(255));
        cases.add(new Object[] {"valid package with flipped bytes", flipped});

        cases.add(new Object[] {"dossiers.csv renamed", zip(rename("dossiers.csv", "dossiers2.csv"))});
        cases.add(new Object[] {"manifest renamed", zip(rename("manifest.properties", "MANIFEST.PROPERTIES"))});
        cases.add(new Object[] {"dossiers.csv moved into a folder", zip(rename("dossiers.csv", "data/dossiers.csv"))});
        cases.add(new Object[] {"manifest says 13 dossiers, there are 12", zip(manifest(m -> m.replace("rows.dossiers.csv=12",
                "rows.dossiers.csv=13")))});
        cases.add(new Object[] {"manifest says -1 procedures", zip(manifest(m -> m.replaceFirst("rows.procedures.csv=\\d+",
                "rows.procedures.csv=-1")))});
        cases.add(new Object[] {"manifest count not a number", zip(manifest(m -> m.replaceFirst("rows.calendar.csv=\\d+",
                "rows.calendar.csv=1e309")))});
        cases.add(new Object[] {"manifest from a newer format", zip(manifest(m -> m.replace("format_version=2", "format_version=99")))});
        cases.add(new Object[] {"manifest format_version 2^63", zip(manifest(m -> m.replace("format_version=2",
                "format_version=9223372036854775808")))});
        cases.add(new Object[] {"manifest of another program", zip(manifest(m -> m.replace("format=reformdesk-exchange",
                "format=other")))});
        cases.add(new Object[] {"manifest as random bytes", zip(with("manifest.properties", randomBytes(rnd, 3000)))});
        cases.add(new Object[] {"manifest with a unicode escape cut short", zip(manifest(m -> m + "\nx=\\u12"))});
        cases.add(new Object[] {"a dossier changed after export", zip(with("dossiers.csv", new String(valid.get("dossiers.csv"),
                StandardCharsets.UTF_8).replace("Nguyễn", "Nguyen").getBytes(StandardCharsets.UTF_8)))});
        {
            // a forger who recomputes the checksum but adds a row: the row count gives it away
            byte[] more = (new String(valid.get("dossiers.csv"), StandardCharsets.UTF_8)
                    + lastLine(valid.get("dossiers.csv")).replace("D-0012", "D-9999") + "\r\n").getBytes(StandardCharsets.UTF_8);
            Map<String, byte[]> e = with("dossiers.csv", more);
            e.put("manifest.properties", (new String(valid.get("manifest.properties"), StandardCharsets.ISO_8859_1)
                    .replaceFirst("sha256.dossiers.csv=\\w+", "sha256.dossiers.csv=" + sha256(more)))
                    .getBytes(StandardCharsets.ISO_8859_1));
            cases.add(new Object[] {"a row added and the checksum recomputed", zip(e)});
            byte[] broken = "code,procedure_code\n\"unclosed,1\n".getBytes(StandardCharsets.UTF_8);
            Map<String, byte[]> b = with("procedures.csv", broken);
            b.put("manifest.properties", (new String(valid.get("manifest.properties"), StandardCharsets.ISO_8859_1)
                    .replaceFirst("sha256.procedures.csv=\\w+", "sha256.procedures.csv=" + sha256(broken)))
                    .getBytes(StandardCharsets.ISO_8859_1));
            cases.add(new Object[] {"broken CSV with a recomputed checksum", zip(b)});
        }
        cases.add(new Object[] {"an entry twice", zipList(List.of(Map.entry("manifest.properties", valid.get("manifest.properties")),
                Map.entry("dossiers.csv", valid.get("dossiers.csv")), Map.entry("dossiers.csv", valid.get("dossiers.csv")),
                Map.entry("procedures.csv", valid.get("procedures.csv")), Map.entry("calendar.csv", valid.get("calendar.csv"))))});
        for (String evil : List.of("../../evil", "../../evil.csv", "/tmp/evil", "..\\..\\evil.csv", "dossiers.csv/../../evil",
                "C:\\Windows\\evil.dll", "a/../../../evil", "..", "./manifest.properties")) {
            Map<String, byte[]> e = new LinkedHashMap<>(valid);
            e.put(evil, "pwned".getBytes(StandardCharsets.UTF_8));
            cases.add(new Object[] {"an extra entry named " + evil, zip(e)});
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c[0], () -> refused((String) c[0], (byte[]) c[1],
                Duration.ofSeconds(10))));
    }

    @Test
    void zipBombEntryIsRefusedQuickly() throws IOException {
        // 250 MB of zeros deflate to about 250 kB
        refused("dossiers.csv inflating to 250 MB", bomb(List.of("dossiers.csv"), 250 * MB, true), Duration.ofSeconds(15));
        refused("an unknown entry inflating to 250 MB", bomb(List.of("junk.bin"), 250 * MB, true), Duration.ofSeconds(15));
        refused("manifest inflating to 250 MB", bomb(List.of("manifest.properties"), 250 * MB, false), Duration.ofSeconds(15));
    }

    @Test
    void manyLargeEntriesDoNotExhaustMemory() throws IOException {
        // five entries of 190 MB each: each under a per-entry cap, together far more than the heap
        refused("five entries of 190 MB", bomb(List.of("procedures.csv", "calendar.csv", "dossiers.csv", "x1", "x2"),
                190 * MB, true), Duration.ofSeconds(30));
    }

    // ---- the oracle ----

    static void refused(String name, byte[] bytes, Duration limit) throws IOException {
        Path work = Files.createTempDirectory(dir, "case");
        Path file = work.resolve("in" + ExchangePackage.EXTENSION);
        Files.write(file, bytes);
        List<Path> before = listAll(dir);
        Fingerprint fp = Fingerprint.of(db);
        Throwable thrown = assertTimeoutPreemptively(limit, () -> {
            try {
                ExchangePackage.read(file);
                return null;
            } catch (Throwable t) {
                return t;
            }
        }, "reading '" + name + "' took too long");
        assertThat(thrown).as("'%s' must be refused", name).isNotNull();
        assertThat(thrown).as("'%s' is refused with a reason, not %s", name, thrown).isInstanceOf(PackageRejectedException.class);
        assertThat(thrown.getMessage()).as("reason for '%s'", name).isNotBlank();
        assertThat(listAll(dir)).as("nothing written while reading '%s'", name).isEqualTo(before);
        for (Path up = work; up != null; up = up.getParent()) {
            for (String evil : List.of("evil", "evil.csv", "evil.dll")) {
                assertThat(up.resolve(evil)).as("no entry unpacked outside the package").doesNotExist();
            }
        }
        assertThat(Fingerprint.of(db)).isEqualTo(fp);
    }

    static List<Path> listAll(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.toString().contains("/db/")).sorted().toList();
        }
    }

    // ---- building packages ----

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        return zipList(new ArrayList<>(entries.entrySet()));
    }

    /** A zip that may hold the same name twice (ZipOutputStream refuses, so duplicates get a placeholder patched). */
    static byte[] zipList(List<Map.Entry<String, byte[]>> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> names = new ArrayList<>();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            int n = 0;
            for (var e : entries) {
                String name = names.contains(e.getKey()) ? placeholder(e.getKey(), n++) : e.getKey();
                names.add(e.getKey());
                z.putNextEntry(new ZipEntry(name));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        byte[] out = bytes.toByteArray();
        // patch placeholders back to the duplicate name (same length)
        for (int n = 0; n < 10; n++) {
            for (String name : names) {
                byte[] ph = placeholder(name, n).getBytes(StandardCharsets.UTF_8);
                byte[] real = name.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i + ph.length <= out.length; i++) {
                    if (java.util.Arrays.equals(out, i, i + ph.length, ph, 0, ph.length)) System.arraycopy(real, 0, out, i, real.length);
                }
            }
        }
        return out;
    }

    static String placeholder(String name, int n) {
        char[] c = name.toCharArray();
        c[0] = (char) ('#' + n);
        return new String(c);
    }

    static Map<String, byte[]> rename(String from, String to) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (var e : valid.entrySet()) out.put(e.getKey().equals(from) ? to : e.getKey(), e.getValue());
        return out;
    }

    static Map<String, byte[]> with(String name, byte[] data) {
        Map<String, byte[]> out = new LinkedHashMap<>(valid);
        out.put(name, data);
        return out;
    }

    static Map<String, byte[]> manifest(UnaryOperator<String> edit) {
        String m = new String(valid.get("manifest.properties"), StandardCharsets.ISO_8859_1);
        String edited = edit.apply(m);
        assertThat(edited).as("the edit applies").isNotEqualTo(m);
        return with("manifest.properties", edited.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String lastLine(byte[] csv) {
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n|\n");
        return lines[lines.length - 1];
    }

    static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A package whose named entries each inflate to {@code size} zero bytes; the rest valid (manifest first). */
    static byte[] bomb(List<String> names, long size, boolean validManifest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            if (validManifest) {
                z.putNextEntry(new ZipEntry("manifest.properties"));
                z.write(valid.get("manifest.properties"));
                z.closeEntry();
            }
            for (String name : names) {
                z.putNextEntry(new ZipEntry(name));
                for (long done = 0; done < size; done += zeros.length) z.write(zeros, 0, (int) Math.min(zeros.length, size - done));
                z.closeEntry();
            }
            for (var e : valid.entrySet()) {
                if (names.contains(e.getKey()) || e.getKey().equals("manifest.properties")) continue;
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static void copy(InputStream in, OutputStream out) throws IOException { in.transferTo(out); }
}
