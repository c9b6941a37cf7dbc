package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.support.TestDb;

class RepositoryTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() { db = TestDb.open(dir); }

    @AfterEach
    void close() { db.close(); }

    @Test
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

    @Test
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
        assertThat(saved.withId(null)).isEqualTo(d);

        // Saving again with one cycle replaces the cycles
        repo.save(d.withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 10, 9), null))));
        assertThat(repo.findAll()).singleElement().satisfies(x -> assertThat(x.supplements()).hasSize(1));

        assertThatThrownBy(() -> new ProcedureRepository(db).delete("P1"))
                .isInstanceOf(ProcedureInUseException.class).hasMessageContaining("1 dossiers");
        repo.delete("H15-261008-0001");
        new ProcedureRepository(db).delete("P1");
        assertThat(new ProcedureRepository(db).count()).isZero();
    }

    @Test
    void theNewestWindowKeepsOrderAndCyclesAndHonoursThePeriod() {
        new ProcedureRepository(db).save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.NONE));
        DossierRepository repo = new DossierRepository(db);
        for (int i = 0; i < 10; i++) {
            Dossier d = Dossier.received("D" + i, "P1", null, Channel.DIRECT, LocalDateTime.of(2026, 3, 2 + i, 9, 0));
            if (i == 8) d = d.withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 3, 11), null)));
            repo.save(d);
        }
        assertThat(repo.findNewest(3, null, null)).extracting(Dossier::code).containsExactly("D7", "D8", "D9");
        assertThat(repo.findNewest(3, null, null).get(1).supplements()).hasSize(1);
        assertThat(repo.findNewest(3, null, LocalDate.of(2026, 3, 4))).extracting(Dossier::code)
                .containsExactly("D0", "D1", "D2");
        assertThat(repo.findNewest(100, LocalDate.of(2026, 3, 10), null)).extracting(Dossier::code)
                .containsExactly("D8", "D9");
    }

    @Test
    void calendarEntriesUpsertByDate() {
        CalendarRepository repo = new CalendarRepository(db);
        repo.save(CalendarDay.holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch"));
        repo.save(CalendarDay.workday(LocalDate.of(2026, 1, 1), "đổi"));
        assertThat(repo.findAll()).containsExactly(CalendarDay.workday(LocalDate.of(2026, 1, 1), "đổi"));
        assertThat(repo.hasYear(2026)).isTrue();
        assertThat(repo.hasYear(2025)).isFalse();
    }

    @Test
    void reopeningKeepsData() {
        new SettingsRepository(db).put("unit.name", "Sở Công Thương");
        db.close();
        db = TestDb.open(dir);
        assertThat(new SettingsRepository(db).get("unit.name")).contains("Sở Công Thương");
    }
}
