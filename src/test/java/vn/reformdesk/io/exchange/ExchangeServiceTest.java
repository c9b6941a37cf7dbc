package vn.reformdesk.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.exchange.ExchangeService.MergeReport;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.SettingsRepository;

class ExchangeServiceTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
    @TempDir
    Path dir;
    Database commune;
    Database department;

    @BeforeEach
    void open() {
        commune = Database.open(dir.resolve("commune"));
        department = Database.open(dir.resolve("department"));
        new SettingsRepository(commune).put(SettingsRepository.UNIT_CODE, "XA-TANPHU");
        new SettingsRepository(commune).put(SettingsRepository.UNIT_NAME, "UBND xã Tân Phú");
        new ProcedureRepository(commune).save(Procedure.of("2.000123", "Đăng ký khai sinh", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
        DossierRepository dossiers = new DossierRepository(commune);
        dossiers.save(Dossier.received("TP-260105-0001", "2.000123", "Phạm Thị D", Channel.DIRECT,
                LocalDateTime.of(2026, 1, 5, 8, 30)).withSupplements(List.of(
                new SupplementCycle(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 8)),
                new SupplementCycle(LocalDate.of(2026, 1, 9), null))));
        dossiers.save(Dossier.received("TP-260106-0002", "2.000123", "Hoàng Văn E, \"Công ty\"", Channel.ONLINE,
                LocalDateTime.of(2026, 1, 6, 14, 0)).withResolution(LocalDate.of(2026, 1, 7), Outcome.ISSUED)
                .withFacts(true, true, true, null, false, Rating.VERY_SATISFIED, false));
        new CalendarRepository(commune).save(CalendarDay.holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch"));
        // The department registers the commune's key once (its fingerprint read over the phone)
        trust(commune, department);
    }

    private void trust(Database unit, Database at) {
        try {
            Path key = dir.resolve("key-" + System.nanoTime() + TrustedUnits.KEY_EXTENSION);
            new ExchangeService(unit).writePublicKey(key);
            new TrustedUnits(at).register(TrustedUnits.readKeyFile(key), NOW);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        commune.close();
        department.close();
    }

    private Path export(String name) throws Exception {
        Path file = dir.resolve(name + ExchangePackage.EXTENSION);
        new ExchangeService(commune).export(file, null, null, NOW);
        return file;
    }

    private MergeReport importInto(Path file) {
        return new ExchangeService(department).importPackage(ExchangePackage.read(file), file.getFileName().toString(), NOW);
    }

    @Test
    void importMergesByCodeAndTwiceChangesNothing() throws Exception {
        Path file = export("first");
        MergeReport first = importInto(file);
        assertThat(first.dossiersAdded()).isEqualTo(2);
        assertThat(first.proceduresAdded()).isEqualTo(1);
        assertThat(first.calendarAdded()).isEqualTo(1);
        List<Dossier> merged = new DossierRepository(department).findAll();
        assertThat(merged).extracting(Dossier::unitCode).containsOnly("XA-TANPHU");
        // the commune is a unit of the department's register, named as it registered, with its own calendar day
        var units = new vn.reformdesk.store.UnitRepository(department);
        assertThat(units.find("XA-TANPHU")).get().extracting(vn.reformdesk.domain.unit.Unit::name,
                vn.reformdesk.domain.unit.Unit::parentCode).containsExactly("UBND xã Tân Phú", units.homeCode());
        assertThat(new DossierRepository(department).findAll(vn.reformdesk.domain.unit.UnitScope.of(units.homeCode())))
                .isEmpty();
        assertThat(new CalendarRepository(department, "XA-TANPHU").findAll()).hasSize(1);
        assertThat(new CalendarRepository(department).findAll()).isEmpty();
        assertThat(merged.get(0).supplements()).hasSize(2);
        assertThat(merged.get(1).applicant()).isEqualTo("Hoàng Văn E, \"Công ty\"");
        assertThat(merged.get(1).rating()).isEqualTo(Rating.VERY_SATISFIED);

        MergeReport again = importInto(file);
        assertThat(again.dossiersAdded()).isZero();
        assertThat(again.dossiersUpdated()).isZero();
        assertThat(again.dossiersUnchanged()).isEqualTo(2);
        assertThat(again.conflicts()).isZero();
        assertThat(new DossierRepository(department).findAll()).isEqualTo(merged);
    }

    @Test
    void aChangeOnOneSideIsTakenAndAChangeOnBothIsAConflict() throws Exception {
        importInto(export("first"));
        // The commune resolves the first dossier; the department has not touched it: it is updated.
        DossierRepository communeDossiers = new DossierRepository(commune);
        Dossier d1 = communeDossiers.findByCode("TP-260105-0001").orElseThrow();
        communeDossiers.save(d1.withResolution(LocalDate.of(2026, 1, 15), Outcome.ISSUED));
        MergeReport second = importInto(export("second"));
        assertThat(second.dossiersUpdated()).isEqualTo(1);
        assertThat(new DossierRepository(department).findByCode("TP-260105-0001").orElseThrow().resolvedOn())
                .isEqualTo(LocalDate.of(2026, 1, 15));

        // Both sides change the second dossier: a conflict, nothing overwritten.
        DossierRepository deptDossiers = new DossierRepository(department);
        Dossier ours = deptDossiers.findByCode("TP-260106-0002").orElseThrow();
        deptDossiers.save(ours.withApology(LocalDate.of(2026, 1, 7), null));
        Dossier theirs = communeDossiers.findByCode("TP-260106-0002").orElseThrow();
        communeDossiers.save(theirs.withFacts(true, true, true, true, true, Rating.SATISFIED, false));
        Path third = export("third");
        MergeReport conflict = importInto(third);
        assertThat(conflict.conflicts()).isEqualTo(1);
        assertThat(deptDossiers.findByCode("TP-260106-0002").orElseThrow().apologyOn()).isEqualTo(LocalDate.of(2026, 1, 7));
        ExchangeService service = new ExchangeService(department);
        assertThat(service.openConflicts()).hasSize(1);
        importInto(third); // the same package again: still one open conflict, not two
        assertThat(service.openConflicts()).singleElement().satisfies(c -> {
            assertThat(c.theirs().rating()).isEqualTo(Rating.SATISFIED);
            assertThat(c.ours().apologyOn()).isEqualTo(LocalDate.of(2026, 1, 7));
        });

        service.resolve(service.openConflicts().get(0), ExchangeService.Resolution.TAKE_THEIRS, NOW);
        assertThat(service.openConflicts()).isEmpty();
        assertThat(deptDossiers.findByCode("TP-260106-0002").orElseThrow().rating()).isEqualTo(Rating.SATISFIED);
        assertThat(importInto(third).conflicts()).isZero();
    }

    @Test
    void aTamperedOrForeignPackageIsRefusedWhole() throws Exception {
        Path file = export("good");
        Path tampered = dir.resolve("tampered.rdpkg");
        try (InputStream in = Files.newInputStream(file); ZipInputStream zin = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(tampered); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] data = zin.readAllBytes();
                if (e.getName().equals("dossiers.csv")) {
                    data = new String(data, "UTF-8").replace("Phạm Thị D", "Phạm Thị X").getBytes("UTF-8");
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        assertThatThrownBy(() -> ExchangePackage.read(tampered)).isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("checksum");
        Path junk = Files.writeString(dir.resolve("junk.rdpkg"), "not a zip");
        assertThatThrownBy(() -> ExchangePackage.read(junk)).isInstanceOf(PackageRejectedException.class);
        assertThat(new DossierRepository(department).count()).isZero();
    }

    @Test
    void exportNeedsTheUnitCodeAndFiltersByReceivedPeriod() throws Exception {
        new SettingsRepository(commune).put(SettingsRepository.UNIT_CODE, null);
        assertThatThrownBy(() -> export("x")).isInstanceOf(IllegalStateException.class);
        new SettingsRepository(commune).put(SettingsRepository.UNIT_CODE, "XA-TANPHU");
        Path file = dir.resolve("jan6.rdpkg");
        ExchangePackage pkg = new ExchangeService(commune).export(file, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 6), NOW);
        assertThat(pkg.dossiers()).extracting(Dossier::code).containsExactly("TP-260106-0002");
        assertThat(ExchangePackage.read(file).dossiers()).hasSize(1);
    }

    /** Rewrites a package: {@code edit} changes entries (name → bytes); the manifest is then left as is. */
    private Path rewrite(Path file, String name, java.util.function.Consumer<java.util.Map<String, byte[]>> edit) throws Exception {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) entries.put(e.getName(), zin.readAllBytes());
        }
        edit.accept(entries);
        Path out = dir.resolve(name + ExchangePackage.EXTENSION);
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zout = new ZipOutputStream(o)) {
            for (var e : entries.entrySet()) {
                zout.putNextEntry(new ZipEntry(e.getKey()));
                zout.write(e.getValue());
                zout.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aForgedPackageWithRecomputedHashesAndCountsIsRefused() throws Exception {
        Path forged = rewrite(export("good"), "forged", entries -> {
            String csv = new String(entries.get("dossiers.csv"), java.nio.charset.StandardCharsets.UTF_8);
            String[] lines = csv.split("\r\n");
            // change an applicant and add a row, as the issue's attacker did
            String changed = csv.replace("Phạm Thị D", "Phạm Thị X") + lines[1].replace("TP-260105-0001", "TP-260105-0999") + "\r\n";
            byte[] data = changed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            entries.put("dossiers.csv", data);
            String manifest = new String(entries.get("manifest.properties"), java.nio.charset.StandardCharsets.ISO_8859_1);
            manifest = manifest.replaceAll("sha256.dossiers.csv=\\w+", "sha256.dossiers.csv=" + DossierCodec.sha256(data))
                    .replace("rows.dossiers.csv=2", "rows.dossiers.csv=3");
            entries.put("manifest.properties", manifest.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        ExchangePackage pkg = ExchangePackage.read(forged); // hashes and counts agree with the manifest
        assertThat(pkg.dossiers()).hasSize(3);
        assertThatThrownBy(() -> new ExchangeService(department).importPackage(pkg, "forged", NOW))
                .isInstanceOf(PackageRejectedException.class).hasMessageContaining("signature is not that of unit XA-TANPHU");
        assertThat(new DossierRepository(department).count()).isZero();

        Path unsigned = rewrite(export("good2"), "unsigned", entries -> entries.remove("manifest.sig"));
        assertThatThrownBy(() -> ExchangePackage.read(unsigned)).isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("not signed");
    }

    @Test
    void aPackageSignedByAnUnregisteredKeyIsRefused(@TempDir Path other) throws Exception {
        // Another database claims the same unit code: its own key, never registered at the department
        try (Database impostor = Database.open(other.resolve("impostor"))) {
            new SettingsRepository(impostor).put(SettingsRepository.UNIT_CODE, "XA-TANPHU");
            new ProcedureRepository(impostor).save(Procedure.of("2.000123", "Đăng ký khai sinh", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
            new DossierRepository(impostor).save(Dossier.received("TP-260105-0001", "2.000123", "Kẻ giả mạo", Channel.DIRECT,
                    LocalDateTime.of(2026, 1, 5, 8, 30)));
            Path file = other.resolve("resigned.rdpkg");
            new ExchangeService(impostor).export(file, null, null, NOW);
            assertThatThrownBy(() -> importInto(file)).isInstanceOf(PackageRejectedException.class)
                    .hasMessageContaining("signature is not that of unit XA-TANPHU");
            new SettingsRepository(impostor).put(SettingsRepository.UNIT_CODE, "XA-KHAC");
            Path unknown = other.resolve("unknown.rdpkg");
            new ExchangeService(impostor).export(unknown, null, null, NOW);
            assertThatThrownBy(() -> importInto(unknown)).isInstanceOf(PackageRejectedException.class)
                    .hasMessageContaining("unit XA-KHAC is not registered here");
        }
        assertThat(new DossierRepository(department).count()).isZero();
    }

    @Test
    void aPackageOfUnitACannotTouchUnitBsDossiers(@TempDir Path other) throws Exception {
        importInto(export("a")); // unit XA-TANPHU's two dossiers are at the department
        try (Database unitB = Database.open(other.resolve("b"))) {
            new SettingsRepository(unitB).put(SettingsRepository.UNIT_CODE, "XA-B");
            new ProcedureRepository(unitB).save(Procedure.of("2.000123", "Đăng ký khai sinh", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
            // B sends a dossier with A's code, and one whose row claims to be A's
            new DossierRepository(unitB).save(Dossier.received("TP-260105-0001", "2.000123", "Đổi tên", Channel.DIRECT,
                    LocalDateTime.of(2026, 1, 5, 8, 30)));
            trust(unitB, department);
            Path file = other.resolve("b.rdpkg");
            new ExchangeService(unitB).export(file, null, null, NOW);
            assertThatThrownBy(() -> importInto(file)).isInstanceOf(PackageRejectedException.class)
                    .hasMessageContaining("dossier TP-260105-0001 belongs to unit XA-TANPHU");
            new DossierRepository(unitB).save(ExchangePackage.withUnit(Dossier.received("B-1", "2.000123", "Người B",
                    Channel.DIRECT, LocalDateTime.of(2026, 1, 5, 8, 30)), "XA-TANPHU"));
            Path claims = other.resolve("b2.rdpkg");
            new ExchangeService(unitB).export(claims, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), NOW);
            assertThatThrownBy(() -> importInto(claims)).isInstanceOf(PackageRejectedException.class)
                    .hasMessageContaining("belongs to unit XA-TANPHU");
        }
        assertThat(new DossierRepository(department).findByCode("TP-260105-0001").orElseThrow().applicant()).isEqualTo("Phạm Thị D");
        assertThat(new DossierRepository(department).count()).isEqualTo(2);
    }
}
