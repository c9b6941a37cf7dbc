package vn.reformdesk.ui.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.io.sample.SampleScores;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;
import vn.reformdesk.ui.common.ConflictPanel;
import vn.reformdesk.ui.common.I18n;

/**
 * Two desks on one score sheet and one target (each desk its own connections; on PostgreSQL its own pool): the later
 * save on an old version is refused, both values are shown, and the officer keeps either; nothing typed is lost.
 */
class ScoresConflictTest {
    @TempDir
    Path dir;
    Database deskA;
    Database deskB;

    @BeforeEach
    void open(DbKind kind) {
        I18n.setLocale(new Locale("vi"));
        deskA = kind.open(dir);
        Transactions.inTransaction(deskA, c -> { SampleScores.load(c); return null; });
        deskB = kind == DbKind.POSTGRES ? kind.reopen(deskA, dir) : deskA;
    }

    @AfterEach
    void close() {
        if (deskB != deskA) deskB.close();
        deskA.close();
    }

    private static ScoresViewModel sheet(Database db) {
        ScoresViewModel vm = new ScoresViewModel(new FrameworkRepository(db), new ScoreRepository(db));
        vm.load();
        vm.selectFramework("service766");
        vm.selectPeriod("2024");
        return vm;
    }

    private double stored(String component) {
        return new ScoreRepository(deskA).find("service766", "2024").stream().filter(s -> s.component().equals(component))
                .findFirst().map(Score::official).orElseThrow();
    }

    @BothEngines
    void aSheetSavedOnAnOldVersionShowsTheOtherDesksValueAndKeepsEither() {
        ScoresViewModel a = sheet(deskA);
        ScoresViewModel b = sheet(deskB);
        b.row("timelines").orElseThrow().official().setText("18");
        assertThat(b.save()).isTrue();

        a.row("timelines").orElseThrow().official().setText("17,5");
        a.row("online").orElseThrow().official().setText("15"); // another desk did not touch this one
        assertThat(a.save()).isFalse();
        assertThat(a.conflict()).singleElement().satisfies(f -> {
            assertThat(f.label()).contains("Tiến độ giải quyết").contains("Chính thức");
            assertThat(f.mine()).isEqualTo("17,5");
            assertThat(f.theirs()).isEqualTo("18");
        });
        assertThat(stored("timelines")).isEqualTo(18.0);
        assertThat(stored("online")).isEqualTo(14.31); // nothing of A's was written
        assertThat(a.row("timelines").orElseThrow().official().text()).isEqualTo("17,5"); // what was typed stays

        // keep the other desk's: its value comes into the sheet, A's other edit stays unsaved, then saves
        a.keepTheirs();
        assertThat(a.conflict()).isEmpty();
        assertThat(a.row("timelines").orElseThrow().official().text()).isEqualTo("18");
        assertThat(a.row("online").orElseThrow().official().text()).isEqualTo("15");
        assertThat(a.save()).isTrue();
        assertThat(stored("timelines")).isEqualTo(18.0);
        assertThat(stored("online")).isEqualTo(15.0);

        // B, on its old versions, changes timelines again: refused; keeping what B typed saves it over A's
        b.row("online").orElseThrow().official().setText("16");
        assertThat(b.save()).isFalse();
        assertThat(b.conflict()).extracting(ConflictPanel.Field::theirs).containsExactly("15");
        assertThat(b.keepMine()).isTrue();
        assertThat(stored("online")).isEqualTo(16.0);
    }

    @BothEngines
    void aTargetSavedOnAnOldVersionShowsTheOtherDesksAndKeepsEither() {
        TargetsViewModel a = new TargetsViewModel(new ScoreRepository(deskA), new FrameworkRepository(deskA));
        TargetsViewModel b = new TargetsViewModel(new ScoreRepository(deskB), new FrameworkRepository(deskB));
        for (TargetsViewModel t : java.util.List.of(a, b)) {
            t.load();
            t.kindProperty().set(Target.Kind.RATE);
            t.subjectProperty().set("on_time_rate");
            t.periodProperty().set("2026");
        }
        a.valueProperty().set("95");
        assertThat(a.save()).isTrue(); // new: B's list, read before, has no such target
        b.valueProperty().set("98");
        assertThat(b.save()).isFalse();
        assertThat(b.errorProperty().get()).startsWith("Chưa lưu: một bàn");
        assertThat(b.conflict()).singleElement().satisfies(f -> {
            assertThat(f.mine()).contains("98");
            assertThat(f.theirs()).contains("95");
        });
        assertThat(b.valueProperty().get()).isEqualTo("98");
        assertThat(b.keepMine()).isTrue();
        assertThat(new ScoreRepository(deskA).targets("2026")).filteredOn(t -> t.subject().equals("on_time_rate"))
                .singleElement().extracting(Target::value).isEqualTo(0.98);

        a.valueProperty().set("90"); // A's list is older than B's save
        assertThat(a.save()).isFalse();
        a.keepTheirs();
        assertThat(a.conflict()).isEmpty();
        assertThat(a.valueProperty().get()).isEqualTo("98");
        assertThat(new ScoreRepository(deskA).targets("2026")).filteredOn(t -> t.subject().equals("on_time_rate"))
                .singleElement().extracting(Target::value).isEqualTo(0.98);
    }
}
