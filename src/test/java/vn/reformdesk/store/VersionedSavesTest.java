package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/**
 * Procedures, index scores and targets saved at two desks, each desk on its own connections (its own Database on
 * the same register): a save based on a version another desk has since changed is refused with what that desk
 * saved, and never overwrites it. On H2 the two desks are two pools' worth of connections in one process (the file
 * has one owner); on PostgreSQL two pools on the server.
 */
class VersionedSavesTest {
    @TempDir
    Path dir;
    Database deskA;
    Database deskB;

    @BeforeEach
    void open(DbKind kind) {
        deskA = kind.open(dir);
        // a second desk: on PostgreSQL a second pool on the same database; on H2 the same file is one process's
        deskB = kind == DbKind.POSTGRES ? kind.reopen(deskA, dir) : deskA;
    }

    @AfterEach
    void close() {
        if (deskB != deskA) deskB.close();
        deskA.close();
    }

    @BothEngines
    void aProcedureEditedOnAnOldVersionIsRefusedWithWhatTheOtherDeskSaved() {
        ProcedureRepository a = new ProcedureRepository(deskA);
        ProcedureRepository b = new ProcedureRepository(deskB);
        Versioned<Procedure> added = a.saveChecked(Procedure.of("1.001", "Cấp phép", AdminLevel.PROVINCE, 15, OnlineLevel.FULL), null);
        Versioned<Procedure> readByA = a.findVersioned("1.001").orElseThrow();
        Versioned<Procedure> readByB = b.findVersioned("1.001").orElseThrow();
        assertThat(readByB.version()).isEqualTo(added.version());

        Versioned<Procedure> savedByB = b.saveChecked(days(readByB.value(), 10), readByB.version());
        assertThat(savedByB.version()).isEqualTo(readByB.version() + 1);
        Procedure typedByA = new Procedure(readByA.value().id(), "1.001", "Cấp phép kinh doanh", readByA.value().field(),
                AdminLevel.PROVINCE, 15, readByA.value().dayUnit(), OnlineLevel.FULL, 0, false, null,
                readByA.value().supplementRule(), null);
        assertThatThrownBy(() -> a.saveChecked(typedByA, readByA.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.theirs().version()).isEqualTo(savedByB.version());
                    assertThat(((Procedure) e.theirs().value()).processingDays()).isEqualTo(10);
                });
        assertThat(a.findByCode("1.001").orElseThrow().processingDays()).isEqualTo(10);
        assertThat(a.findByCode("1.001").orElseThrow().name()).isEqualTo("Cấp phép");

        // A keeps what it typed on top of B's version: saved, and B's next save on its old version is refused
        assertThat(a.saveChecked(typedByA, savedByB.version()).value().name()).isEqualTo("Cấp phép kinh doanh");
        assertThatThrownBy(() -> b.saveChecked(days(savedByB.value(), 7), savedByB.version()))
                .isInstanceOf(ConflictException.class);
        // a new procedure whose code another desk added meanwhile
        assertThatThrownBy(() -> b.saveChecked(Procedure.of("1.001", "x", AdminLevel.COMMUNE, 1, OnlineLevel.NONE), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("added meanwhile");
    }

    private static Procedure days(Procedure p, int days) {
        return new Procedure(p.id(), p.code(), p.name(), p.field(), p.level(), days, p.dayUnit(), p.onlineLevel(),
                p.feeVnd(), p.paperResult(), p.section(), p.supplementRule(), p.cutoff());
    }

    @BothEngines
    void aScoreSheetSavedOnOldVersionsIsRefusedForTheComponentsTheOtherDeskChanged() {
        ScoreRepository a = new ScoreRepository(deskA);
        ScoreRepository b = new ScoreRepository(deskB);
        a.saveSheet("par", "2024", List.of(Score.of("par", "2024", "procedures", 12.0), Score.of("par", "2024", "civil_service", 14.0)));
        Map<String, Long> readByA = a.versions("par", "2024");
        Map<String, Long> readByB = b.versions("par", "2024");
        assertThat(readByA).containsKeys("procedures", "civil_service");

        // B changes procedures and adds organisation; A then changes procedures and civil service on what it read
        b.saveSheet("par", "2024", List.of(Score.of("par", "2024", "procedures", 12.75),
                Score.of("par", "2024", "organisation", 10.18)), readByB);
        assertThatThrownBy(() -> a.saveSheet("par", "2024", List.of(Score.of("par", "2024", "procedures", 12.5),
                Score.of("par", "2024", "civil_service", 14.23), Score.of("par", "2024", "organisation", 9.0)), readByA))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    var conflict = (ScoreRepository.SheetConflict) e.theirs().value();
                    assertThat(conflict.theirs()).containsOnlyKeys("procedures", "organisation");
                    assertThat(conflict.theirs().get("procedures").official()).isEqualTo(12.75);
                    assertThat(conflict.versions().get("procedures")).isEqualTo(readByA.get("procedures") + 1);
                });
        // nothing of A's was written, B's is there
        assertThat(a.find("par", "2024")).extracting(Score::component, Score::official).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("procedures", 12.75), org.assertj.core.groups.Tuple.tuple("civil_service", 14.0),
                org.assertj.core.groups.Tuple.tuple("organisation", 10.18));

        // a component both desks set to the same value is no conflict; with the new versions A's save goes through
        Map<String, Long> now = a.versions("par", "2024");
        a.saveSheet("par", "2024", List.of(Score.of("par", "2024", "procedures", 12.5),
                Score.of("par", "2024", "organisation", 10.18)), Map.of("procedures", now.get("procedures")));
        assertThat(a.find("par", "2024")).filteredOn(s -> s.component().equals("procedures"))
                .singleElement().extracting(Score::official).isEqualTo(12.5);
    }

    @BothEngines
    void aTargetSavedOnAnOldVersionIsRefusedWithWhatTheOtherDeskSaved() {
        ScoreRepository a = new ScoreRepository(deskA);
        ScoreRepository b = new ScoreRepository(deskB);
        Target onTime = new Target(Target.Kind.RATE, "on_time_rate", "2026", 0.95, Direction.HIGHER, null);
        a.saveTarget(onTime, ScoreRepository.NO_ROW);
        long readByA = a.targetsVersioned().get(0).version();
        long readByB = b.targetsVersioned().get(0).version();

        b.saveTarget(new Target(Target.Kind.RATE, "on_time_rate", "2026", 0.98, Direction.HIGHER, null), readByB);
        assertThatThrownBy(() -> a.saveTarget(new Target(Target.Kind.RATE, "on_time_rate", "2026", 0.97,
                Direction.HIGHER, null), readByA))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(((Target) e.theirs().value()).value()).isEqualTo(0.98);
                    assertThat(e.theirs().version()).isEqualTo(readByB + 1);
                });
        assertThat(a.targets()).singleElement().extracting(Target::value).isEqualTo(0.98);
        // a new target under a key another desk has set meanwhile is refused too
        b.saveTarget(new Target(Target.Kind.RANK, "par", "2026", 15, Direction.LOWER, null), ScoreRepository.NO_ROW);
        assertThatThrownBy(() -> a.saveTarget(new Target(Target.Kind.RANK, "par", "2026", 10, Direction.LOWER, null),
                ScoreRepository.NO_ROW)).isInstanceOf(ConflictException.class);
    }

    @BothEngines
    void aSettingIsReplacedOnlyOverTheValueTheFormRead() {
        SettingsRepository a = new SettingsRepository(deskA);
        SettingsRepository b = new SettingsRepository(deskB);
        // a new setting: added once; the second desk, which read it as not set either, is refused
        assertThat(replaceName(deskA, a, null, "Sở Tư pháp")).isTrue();
        assertThat(replaceName(deskB, b, null, "UBND xã")).isFalse();
        assertThat(b.get(SettingsRepository.UNIT_NAME)).contains("Sở Tư pháp");
        // changed over what was read; refused over a value that is no longer stored
        assertThat(replaceName(deskB, b, "Sở Tư pháp", "Sở Nội vụ")).isTrue();
        assertThat(replaceName(deskA, a, "Sở Tư pháp", "Sở Y tế")).isFalse();
        assertThat(a.get(SettingsRepository.UNIT_NAME)).contains("Sở Nội vụ");
        // removed only while it holds what was read
        assertThat(replaceName(deskA, a, "Sở Tư pháp", null)).isFalse();
        assertThat(replaceName(deskA, a, "Sở Nội vụ", null)).isTrue();
        assertThat(b.get(SettingsRepository.UNIT_NAME)).isEmpty();
        assertThat(replaceName(deskB, b, null, null)).isTrue();
    }

    private static boolean replaceName(Database desk, SettingsRepository s, String expected, String value) {
        return Transactions.<Boolean>inTransaction(desk, c -> s.replace(c, SettingsRepository.UNIT_NAME, expected, value));
    }
}
