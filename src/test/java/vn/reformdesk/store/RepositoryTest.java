package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

class RepositoryTest {
    @TempDir
    Path dir;
    Database db;
    DbKind kind;

    @BeforeEach
    void open(DbKind kind) {
        this.kind = kind;
        db = kind.open(dir);
    }

    @AfterEach
    void close() { db.close(); }

    @BothEngines
    void procedureRoundTripAndUpdateByCode() {
        ProcedureRepository repo = new ProcedureRepository(db);
        Procedure saved = repo.save(Procedure.of("1.001234", "Cấp giấy phép kinh doanh", AdminLevel.PROVINCE, 15, OnlineLevel.FULL));
        assertThat(saved.id()).isNotNull();
        repo.save(Procedure.of("1.001234", "Cấp lại giấy phép", AdminLevel.PROVINCE, 10, OnlineLevel.PARTIAL));
        assertThat(repo.findAll()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Cấp lại giấy phép");
            assertThat(p.processingDays()).isEqualTo(10);
            assertThat(p.id()).isEqualTo(saved.id());
        });
    }

    @BothEngines
    void dossierWithCyclesRoundTripsAndBlocksProcedureDeletion() {
        new ProcedureRepository(db).save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.NONE));
        DossierRepository repo = new DossierRepository(db);
        Dossier d = Dossier.received("H15-261008-0001", "P1", "Nguyễn Văn A", Channel.ONLINE,
                LocalDateTime.of(2026, 10, 8, 9, 30))
                .withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 13)),
                        new SupplementCycle(LocalDate.of(2026, 10, 14), null)))
                .withResolution(LocalDate.of(2026, 10, 20), Outcome.ISSUED);
        Dossier saved = repo.save(d);
        assertThat(saved.supplements()).hasSize(2);
        assertThat(saved.withId(null)).isEqualTo(d.withUnit(UnitRepository.DEFAULT_CODE)); // a dossier without a unit is the home unit's

        // Saving again with one cycle replaces the cycles
        repo.save(d.withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 10, 9), null))));
        assertThat(repo.findAll()).singleElement().satisfies(x -> assertThat(x.supplements()).hasSize(1));

        assertThatThrownBy(() -> new ProcedureRepository(db).delete("P1"))
                .isInstanceOf(ProcedureInUseException.class).hasMessageContaining("1 dossiers");
        repo.delete("H15-261008-0001");
        new ProcedureRepository(db).delete("P1");
        assertThat(new ProcedureRepository(db).count()).isZero();
    }

    @BothEngines
    void rateFactsAndOpenDossiersCarryTheirFactsAndCyclesWhetherTheirIdsAreCloseOrScattered() {
        new ProcedureRepository(db).save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.NONE));
        DossierRepository repo = new DossierRepository(db);
        List<Dossier> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Dossier d = Dossier.received("D" + i, "P1", "Trần Thị " + i, i % 2 == 0 ? Channel.ONLINE : Channel.DIRECT,
                    LocalDateTime.of(2026, 1, 5, 8, 0).plusDays(i))
                    .withFacts(i % 3 == 0, true, null, false, null, i == 7 ? vn.reformdesk.domain.dossier.Rating.DISSATISFIED
                            : null, i == 9);
            // only the first and the last are still open: their ids are far apart (looked up by id, not by range)
            if (i > 0 && i < 39) d = d.withResolution(d.receivedOn().plusDays(2), Outcome.ISSUED);
            if (i == 0 || i == 20 || i == 39) {
                d = d.withSupplements(List.of(new SupplementCycle(d.receivedOn().plusDays(1), d.receivedOn().plusDays(2)),
                        new SupplementCycle(d.receivedOn().plusDays(3), null)));
            }
            if (i == 11) d = d.withApology(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20));
            saved.add(repo.save(d));
        }
        java.util.function.Function<Dossier, Dossier> asFacts = d -> new Dossier(d.id(), "#" + d.id(), d.procedureCode(),
                null, d.channel(), d.receivedAt(), d.supplements(), d.resolvedOn(), d.outcome(), d.paidOnline(),
                d.inputsDigitised(), d.electronicResult(), d.resultDigitised(), d.reusedData(), d.rating(), d.complaint(),
                d.apologyOn(), d.newAppointmentOn(), d.unitCode());
        assertThat(repo.findRateFacts(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 13)))
                .containsExactlyInAnyOrderElementsOf(saved.stream().map(asFacts).toList());
        assertThat(repo.findRateFacts(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 25)))
                .singleElement().satisfies(d -> assertThat(d.supplements()).hasSize(2));

        List<Dossier> open = new java.util.ArrayList<>();
        repo.forEachOpen(LocalDate.of(2026, 2, 20), open::add);
        assertThat(open).extracting(Dossier::id).containsExactlyInAnyOrder(saved.get(0).id(), saved.get(39).id());
        assertThat(open).allSatisfy(d -> assertThat(d.supplements()).hasSize(2));
        // as of an earlier day: dossiers resolved after it are open then, those received after it are not yet there
        open.clear();
        repo.forEachOpen(LocalDate.of(2026, 1, 6), open::add);
        assertThat(open).extracting(Dossier::id).containsExactlyInAnyOrder(saved.get(0).id(), saved.get(1).id());
    }

    @BothEngines
    void aPeriodsFactsAreExactlyItsDossiersWhetherTheirIdsAreDenseOrSparse() {
        new ProcedureRepository(db).save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.NONE));
        DossierRepository repo = new DossierRepository(db);
        java.util.function.BiConsumer<String, LocalDateTime> save =
                (code, at) -> repo.save(Dossier.received(code, "P1", null, Channel.DIRECT, at));
        // dense: ids 1, 2, 4 are in March, id 3 (entered in between) is in April and must not be read with them
        save.accept("M1", LocalDateTime.of(2026, 3, 2, 8, 0));
        save.accept("M2", LocalDateTime.of(2026, 3, 31, 23, 59));
        save.accept("A1", LocalDateTime.of(2026, 4, 1, 0, 0));
        save.accept("M3", LocalDateTime.of(2026, 3, 1, 0, 0));
        LocalDate march1 = LocalDate.of(2026, 3, 1), march31 = LocalDate.of(2026, 3, 31);
        assertThat(repo.findRateFacts(march1, march31)).extracting(Dossier::receivedAt).containsExactlyInAnyOrder(
                LocalDateTime.of(2026, 3, 2, 8, 0), LocalDateTime.of(2026, 3, 31, 23, 59), LocalDateTime.of(2026, 3, 1, 0, 0));
        // sparse: many dossiers of other months entered between two of May's
        save.accept("Y1", LocalDateTime.of(2026, 5, 4, 9, 0));
        for (int i = 0; i < 10; i++) save.accept("J" + i, LocalDateTime.of(2026, 6, 1 + i, 9, 0));
        save.accept("Y2", LocalDateTime.of(2026, 5, 29, 9, 0));
        assertThat(repo.findRateFacts(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))).extracting(Dossier::receivedAt)
                .containsExactlyInAnyOrder(LocalDateTime.of(2026, 5, 4, 9, 0), LocalDateTime.of(2026, 5, 29, 9, 0));
        assertThat(repo.findRateFacts(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).isEmpty();
    }

    @BothEngines
    void calendarEntriesUpsertByDate() {
        CalendarRepository repo = new CalendarRepository(db);
        repo.save(CalendarDay.holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch"));
        repo.save(CalendarDay.workday(LocalDate.of(2026, 1, 1), "đổi"));
        assertThat(repo.findAll()).containsExactly(CalendarDay.workday(LocalDate.of(2026, 1, 1), "đổi"));
    }

    @BothEngines
    void reopeningKeepsData() {
        new SettingsRepository(db).put("unit.name", "Sở Công Thương");
        db.close();
        db = kind.reopen(db, dir);
        assertThat(new SettingsRepository(db).get("unit.name")).contains("Sở Công Thương");
    }
    /** Codes are looked up in lists of 64 (DossierRepository.KEY_CHUNK): 150 asked, across three lists, half stored. */
    @BothEngines
    void manyCodesAreLookedUpAcrossListsCaseAside() throws Exception {
        new ProcedureRepository(db).save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.NONE));
        DossierRepository repo = new DossierRepository(db);
        List<Dossier> stored = new java.util.ArrayList<>();
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String code = "H15-" + i;
            asked.add(code);
            if (i % 2 == 0) {
                stored.add(Dossier.received(code, "P1", "Nguyễn Văn A", Channel.ONLINE, LocalDateTime.of(2026, 10, 8, 9, 30)));
            }
        }
        try (var c = db.connection()) {
            c.setAutoCommit(false); // the import's way: in a transaction
            repo.saveAll(c, stored);
            c.commit();
            assertThat(repo.idsOf(c, asked)).hasSize(75).containsOnlyKeys(stored.stream().map(Dossier::code).toList());
            List<String> otherCase = asked.stream().map(code -> code.toLowerCase(java.util.Locale.ROOT)).toList();
            assertThat(repo.idsOf(c, otherCase)).as("an exact look-up").isEmpty();
            assertThat(repo.findByCodesIgnoringCase(c, otherCase)).extracting(Dossier::code)
                    .containsExactlyInAnyOrderElementsOf(stored.stream().map(Dossier::code).toList());
        }
    }
}
