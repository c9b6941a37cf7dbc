package vn.reformdesk.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ScoreCheck;
import vn.reformdesk.domain.index.SumWarning;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.FrameworkRepository;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.support.TestDb;

class SampleScoresTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheSourceFiguresIdempotentlyAndTheTotalMismatchShows() {
        try (Database db = TestDb.open(dir)) {
            Transactions.inTransaction(db, c -> { SampleScores.load(c); return null; });
            Transactions.inTransaction(db, c -> { SampleScores.load(c); return null; });
            ScoreRepository scores = new ScoreRepository(db);
            assertThat(scores.find("service766", "2024")).hasSize(6);
            var warnings = ScoreCheck.sums(scores.find("service766", "2024"), scores.versionFor("service766", "2024"),
                    new FrameworkRepository(db).find("service766").orElseThrow().aggregation());
            assertThat(warnings).extracting(SumWarning::entered, SumWarning::computed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(86.94, 83.63));
            // SIPAS elements average exactly to the published 94.97 %: no warning
            Framework sipas = new FrameworkRepository(db).find("sipas").orElseThrow();
            assertThat(ScoreCheck.sums(scores.find("sipas", "2024"), scores.versionFor("sipas", "2024"), sipas.aggregation())).isEmpty();
            assertThat(scores.find("par", "2024")).filteredOn(Score::isTotal).singleElement()
                    .satisfies(s -> assertThat(s.rank()).isEqualTo(12));
            assertThat(scores.find("par_department", "2022")).singleElement().satisfies(s -> assertThat(s.rank()).isEqualTo(5));
            assertThat(scores.find("par_department", "2023")).singleElement().satisfies(s -> assertThat(s.official()).isEqualTo(86.72));
            assertThat(scores.periods("sipas")).containsExactly("2025", "2024", "2023", "2022");
            assertThat(scores.targets()).hasSize(2);
        }
    }
}
