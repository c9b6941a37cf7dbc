package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.index.Component;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.FrameworkVersion;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ScoreIssue;
import vn.reformdesk.domain.index.ScoreUnit;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

class FrameworkRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    FrameworkRepository frameworks;
    ScoreRepository scores;

    @BeforeEach
    void open(DbKind kind) {
        db = kind.open(dir);
        frameworks = new FrameworkRepository(db);
        scores = new ScoreRepository(db);
        frameworks.installTemplatesIfMissing();
    }

    @AfterEach
    void close() { db.close(); }

    @BothEngines
    void templatesAreInstalledOnceWithTheDomainMaxima() {
        assertThat(frameworks.installTemplatesIfMissing()).isZero();
        assertThat(frameworks.findAll()).extracting(Framework::code)
                .containsExactly("service766", "par", "par_department", "sipas");
        FrameworkVersion v766 = frameworks.currentVersion("service766");
        assertThat(v766.children(null)).extracting(Component::max).containsExactly(18.0, 20.0, 22.0, 18.0, 22.0);
        assertThat(v766.children("online")).extracting(Component::max).containsExactly(12.0, 10.0);
        assertThat(v766.find("os_offered").orElseThrow().threshold()).isEqualTo(0.8);
        assertThat(v766.find("os_dossiers").orElseThrow().threshold()).isEqualTo(0.5);
        assertThat(v766.find("op_paid").orElseThrow().threshold()).isEqualTo(0.8);
        assertThat(v766.find("dg_digitised").orElseThrow().threshold()).isEqualTo(0.8);
        assertThat(v766.find("dg_reused").orElseThrow().threshold()).isEqualTo(0.8);
        assertThat(v766.find("sa_overall").orElseThrow().threshold()).isEqualTo(0.9);
        FrameworkVersion par = frameworks.currentVersion("par");
        assertThat(par.children(null)).hasSize(8);
        assertThat(par.totalMax(ScoreUnit.POINTS, vn.reformdesk.domain.index.Aggregation.SUM)).isEqualTo(100.0);
        assertThat(par.find("procedures").orElseThrow().max()).isEqualTo(13.0);
        assertThat(par.find("organisation").orElseThrow().max()).isEqualTo(10.5);
        assertThat(par.find("civil_service").orElseThrow().max()).isEqualTo(15.0);
        assertThat(par.find("impact").orElseThrow().max()).isEqualTo(16.5);
        // every parent's criteria add up to its maximum in every template
        for (Framework f : frameworks.findAll()) {
            FrameworkVersion v = frameworks.currentVersion(f.code());
            for (Component c : v.components()) {
                List<Component> kids = v.children(c.code());
                if (!kids.isEmpty()) {
                    assertThat(kids.stream().mapToDouble(Component::max).sum()).as(f.code() + "/" + c.code()).isEqualTo(c.max());
                }
            }
        }
        Framework sipas = frameworks.find("sipas").orElseThrow();
        assertThat(sipas.unit()).isEqualTo(ScoreUnit.PERCENT);
        assertThat(frameworks.currentVersion("sipas").children(null)).hasSize(5);
        assertThat(frameworks.currentVersion("par_department").totalMax(ScoreUnit.POINTS, vn.reformdesk.domain.index.Aggregation.SUM)).isEqualTo(100.0);
    }

    @BothEngines
    void editingAFrameworkWithScoresCreatesAVersionAndLeavesPastPeriodsUnchanged() {
        scores.saveSheet("par", "2023", List.of(Score.of("par", "2023", "procedures", 12.75),
                new Score("par", "2023", "total", null, null, null, Direction.HIGHER, 12, 63, null)));
        FrameworkVersion v1 = frameworks.currentVersion("par");
        assertThat(frameworks.currentVersionHasScores("par")).isTrue();

        List<Component> edited = new ArrayList<>(v1.components());
        edited.replaceAll(c -> c.code().equals("procedures") ? c.withMax(14) : c);
        edited.replaceAll(c -> c.code().equals("direction") ? c.withMax(8) : c);
        edited.add(new Component("pr_digital", "procedures", "Số hóa", "Digitisation", 1, null, 99, null));
        var result = frameworks.saveComponents("par", edited, "2025 methodology");
        assertThat(result.newVersion()).isTrue();
        assertThat(result.version()).isEqualTo(2);

        // the past period keeps version 1, its maxima and its scores
        FrameworkVersion past = scores.versionFor("par", "2023");
        assertThat(past.number()).isEqualTo(1);
        assertThat(past.find("procedures").orElseThrow().max()).isEqualTo(13.0);
        assertThat(past.find("pr_digital")).isEmpty();
        assertThat(scores.find("par", "2023")).extracting(Score::component, Score::official)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("procedures", 12.75),
                        org.assertj.core.groups.Tuple.tuple("total", null));
        // a new period uses version 2
        FrameworkVersion next = scores.versionFor("par", "2025");
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.find("procedures").orElseThrow().max()).isEqualTo(14.0);
        assertThat(next.find("pr_digital")).isPresent();
        // 13.5 fits version 2's 14 but the 2023 sheet still refuses it against version 1's 13
        scores.saveSheet("par", "2025", List.of(Score.of("par", "2025", "procedures", 13.5)));
        assertThatThrownBy(() -> scores.saveSheet("par", "2023", List.of(Score.of("par", "2023", "procedures", 13.5))))
                .isInstanceOf(ScoreValidationException.class);
        assertThat(scores.find("par", "2023")).filteredOn(s -> s.component().equals("procedures"))
                .singleElement().extracting(Score::official).isEqualTo(12.75);
    }

    @BothEngines
    void editingAFrameworkWithoutScoresReplacesTheCurrentVersion() {
        FrameworkVersion v1 = frameworks.currentVersion("sipas");
        List<Component> edited = new ArrayList<>(v1.components());
        edited.add(new Component("digital", null, "Dịch vụ số", "Digital services", 100, null, 60, null));
        var result = frameworks.saveComponents("sipas", edited, null);
        assertThat(result.newVersion()).isFalse();
        assertThat(frameworks.currentVersion("sipas").children(null)).hasSize(6);
        assertThat(frameworks.currentVersion("sipas").number()).isEqualTo(1);
    }

    @BothEngines
    void aUserFrameworkCanBeCreated() {
        Framework f = new Framework(0, "ddci", "Chỉ số DDCI", "DDCI", ScoreUnit.POINTS, null, 1, null);
        frameworks.create(f, List.of(new Component("a", null, "A", "A", 60, null, 1, null),
                new Component("b", null, "B", "B", 40, null, 2, null)));
        assertThat(frameworks.currentVersion("ddci").components()).hasSize(2);
        assertThatThrownBy(() -> frameworks.create(f, List.of())).hasMessageContaining("exists");
    }

    @BothEngines
    void saveSheetRefusesEverythingWhenOneValueIsAboveItsMaximum() {
        assertThatThrownBy(() -> scores.saveSheet("service766", "2024", List.of(Score.of("service766", "2024", "transparency", 15.3),
                Score.of("service766", "2024", "timelines", 21.0))))
                .isInstanceOfSatisfying(ScoreValidationException.class, e -> assertThat(e.issues())
                        .extracting(ScoreIssue::kind).containsExactly(ScoreIssue.Kind.ABOVE_MAX));
        assertThat(scores.find("service766", "2024")).isEmpty();
        assertThatThrownBy(() -> scores.saveSheet("sipas", "2024", List.of(Score.of("sipas", "2024", "access", 100.5))))
                .isInstanceOf(ScoreValidationException.class);
    }

    @BothEngines
    void upsertCountsAndEmptyRowsDelete() {
        scores.saveSheet("sipas", "2024", List.of(Score.of("sipas", "2024", "access", 95.0)));
        scores.saveSheet("sipas", "2024", List.of(Score.of("sipas", "2024", "access", 96.0)));
        assertThat(scores.find("sipas", "2024")).singleElement().extracting(Score::official).isEqualTo(96.0);
        scores.saveSheet("sipas", "2024", List.of(Score.of("sipas", "2024", "access", null)));
        assertThat(scores.find("sipas", "2024")).isEmpty();
    }

    @BothEngines
    void targetsOnRatesAndRanks() {
        scores.saveTarget(Target.rate("on_time_rate", "2026", 0.98, Direction.HIGHER));
        scores.saveTarget(Target.rank("par", "2026", 15));
        scores.saveTarget(Target.rank("par", "2026", 14));
        assertThat(scores.targets("2026")).hasSize(2);
        assertThat(scores.targets()).filteredOn(t -> t.kind() == Target.Kind.RANK).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(14.0);
            assertThat(t.direction()).isEqualTo(Direction.LOWER);
        });
        scores.deleteTarget(Target.Kind.RANK, "par", "2026");
        assertThat(scores.targets()).hasSize(1);
    }
}
