package vn.reformdesk.ui.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ScoreUnit;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.io.sample.SampleScores;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

class ScoresViewModelTest {
    @TempDir
    Path dir;
    Database db;
    FrameworkRepository frameworks;
    ScoreRepository scores;
    ScoresViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(new Locale("vi"));
        db = TestDb.open(dir);
        frameworks = new FrameworkRepository(db);
        scores = new ScoreRepository(db);
        Transactions.inTransaction(db, c -> { SampleScores.load(c); return null; });
        vm = new ScoresViewModel(frameworks, scores);
        vm.load();
    }

    @AfterEach
    void close() { db.close(); }

    @Test
    void opensOnTheLatestScoredPeriodAndShowsTheTotalMismatchWithBothNumbers() {
        assertThat(vm.frameworkProperty().get().code()).isEqualTo("service766");
        assertThat(vm.period()).isEqualTo("2024");
        assertThat(vm.row("total").orElseThrow().official().text()).isEqualTo("86,94");
        assertThat(vm.row("total").orElseThrow().rank().text()).isEqualTo("29");
        assertThat(vm.row("online").orElseThrow().official().text()).isEqualTo("14,31");
        assertThat(vm.warnings()).singleElement().asString()
                .contains("Tổng điểm").contains("86,94").contains("83,63").contains("3,31");
        assertThat(vm.errors()).isEmpty();
    }

    @Test
    void aScoreAboveItsMaxIsRefusedWithTheReasonAndTheTypedTextIsKept() {
        ScoreRow timelines = vm.row("timelines").orElseThrow();
        timelines.official().setText("21");
        assertThat(timelines.official().error()).isEqualTo("vượt điểm tối đa 20 của thành phần — chưa lưu");
        assertThat(timelines.official().text()).isEqualTo("21");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.errors()).singleElement().asString().contains("Tiến độ giải quyết").contains("Chính thức");
        assertThat(vm.save()).isFalse();
        assertThat(scores.find("service766", "2024")).filteredOn(s -> s.component().equals("timelines"))
                .singleElement().extracting(Score::official).isEqualTo(16.39);

        timelines.official().setText("abc");
        assertThat(timelines.official().error()).isEqualTo("không phải là số (ví dụ 15,3)");
        timelines.official().setText("19,5");
        assertThat(timelines.official().error()).isNull();
        assertThat(vm.validProperty().get()).isTrue();
        // 15.3 + 19.5 + 14.31 + 17.88 + 19.75 = 86.74, still not 86.94
        assertThat(vm.warnings()).singleElement().asString().contains("86,74");
        assertThat(vm.save()).isTrue();
        assertThat(scores.find("service766", "2024")).filteredOn(s -> s.component().equals("timelines"))
                .singleElement().extracting(Score::official).isEqualTo(19.5);
    }

    @Test
    void unsavedClearsWhenTheValueIsTypedBackToTheSavedOne() {
        ScoreRow timelines = vm.row("timelines").orElseThrow();
        assertThat(vm.dirtyProperty().get()).isFalse();
        timelines.official().setText("19,5");
        assertThat(vm.dirtyProperty().get()).isTrue();
        timelines.official().setText("16,39");
        assertThat(vm.dirtyProperty().get()).isFalse();
        timelines.directionProperty().set(vn.reformdesk.domain.index.Direction.LOWER);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void rankAboveOfUnitsAndSipasAbove100AreRefused() {
        ScoreRow total = vm.row("total").orElseThrow();
        total.rank().setText("35");
        assertThat(total.rank().error()).isEqualTo("thứ hạng lớn hơn số đơn vị được xếp hạng (34)");
        vm.selectFramework("sipas");
        assertThat(vm.period()).isEqualTo("2024");
        assertThat(frameworks.find("sipas").orElseThrow().unit()).isEqualTo(ScoreUnit.PERCENT);
        ScoreRow access = vm.row("access").orElseThrow();
        access.official().setText("100,5");
        assertThat(access.official().error()).isEqualTo("tỷ lệ phần trăm không được vượt 100 — chưa lưu");
        assertThat(vm.warnings()).isEmpty(); // the five elements average exactly 94.97
    }

    @Test
    void gapFollowsTheDirection() {
        vm.selectFramework("par_department");
        vm.selectPeriod("2023");
        ScoreRow total = vm.row("total").orElseThrow();
        assertThat(total.gap()).isEqualTo("−3,28"); // 86.72 against a target of 90
        total.directionProperty().set(vn.reformdesk.domain.index.Direction.LOWER);
        assertThat(total.gap()).isEqualTo("+3,28");
    }

    @Test
    void quarterAndMonthPeriods() {
        vm.periodKindProperty().set(ScoresViewModel.PeriodKind.QUARTER);
        vm.partProperty().set(3);
        assertThat(vm.period()).isEqualTo("2024-Q3");
        assertThat(vm.row("total").orElseThrow().official().text()).isEmpty();
        vm.row("timelines").orElseThrow().official().setText("19");
        assertThat(vm.save()).isTrue();
        assertThat(scores.find("service766", "2024-Q3")).hasSize(1);
        vm.periodKindProperty().set(ScoresViewModel.PeriodKind.MONTH);
        vm.partProperty().set(9);
        assertThat(vm.period()).isEqualTo("2024-09");
    }

    @Test
    void frameworkEditorCreatesAVersionAndThePastSheetKeepsItsMaxima() {
        FrameworkEditorModel editor = new FrameworkEditorModel(frameworks);
        editor.load("service766");
        assertThat(editor.versionNoteProperty().get()).contains("phiên bản 2");
        editor.find("timelines").max.set("22");
        editor.find("tl_on_time").max.set("22");
        editor.find("transparency").max.set("16");
        editor.remove(editor.find("tr_synced"));
        var added = editor.add("online_services");
        added.max.set("0");
        assertThat(editor.save()).isTrue();
        assertThat(editor.messageProperty().get()).contains("phiên bản 2");
        // 2024 still uses version 1: timelines max 20, so 21 is still refused there
        vm.load();
        assertThat(vm.period()).isEqualTo("2024");
        assertThat(vm.row("timelines").orElseThrow().max()).isEqualTo(20.0);
        assertThat(vm.row("tr_synced")).isPresent();
        // a new period uses version 2
        vm.selectPeriod("2025");
        assertThat(vm.row("timelines").orElseThrow().max()).isEqualTo(22.0);
        assertThat(vm.row("tr_synced")).isEmpty();
        assertThat(vm.row(added.code.get())).isPresent();
        // a bad max is refused with the row named
        editor.find("timelines").max.set("x");
        assertThat(editor.save()).isFalse();
        assertThat(editor.errorProperty().get()).isTrue();
        assertThat(editor.messageProperty().get()).contains("timelines");
    }

    @Test
    void targetsOnRatesAndRanks() {
        TargetsViewModel t = new TargetsViewModel(scores, frameworks);
        t.load();
        assertThat(t.lines()).hasSize(2);
        var rank = t.lines().stream().filter(l -> l.target().kind() == Target.Kind.RANK).findFirst().orElseThrow();
        assertThat(rank.valueText()).isEqualTo("Tốp 15");
        assertThat(rank.actualText()).isEqualTo("12"); // 2024 rank, the latest at or before 2026
        assertThat(rank.gapText()).isEqualTo("+3");
        t.kindProperty().set(Target.Kind.RATE);
        t.subjectProperty().set("online_rate");
        t.periodProperty().set("2026");
        t.valueProperty().set("120");
        assertThat(t.save()).isFalse();
        assertThat(t.errorProperty().get()).isEqualTo("Tỷ lệ là số từ 0 đến 100");
        assertThat(t.valueProperty().get()).isEqualTo("120");
        t.valueProperty().set("60");
        assertThat(t.save()).isTrue();
        assertThat(t.lines()).hasSize(3);
    }
}
