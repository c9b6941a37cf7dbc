package vn.reformdesk.io.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.index.Score;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.ScoreRepository;
import vn.reformdesk.support.TestDb;

class ScoresImporterTest {
    @TempDir
    Path dir;
    Database db;
    ScoreRepository scores;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        scores = new ScoreRepository(db);
    }

    @AfterEach
    void close() { db.close(); }

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theTemplateImportsAndReimportingChangesNothing() throws Exception {
        Path template = Path.of("assets/templates/scores.csv");
        ScoresImportReport r = ScoresImporter.run(db, template, false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.written()).isTrue();
        assertThat(r.added()).isEqualTo(12);
        // the 766 total 86.94 against groups summing to 83.63 is reported as a warning, and kept as entered
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("service766 2024").contains("86.94").contains("83.63"));
        assertThat(scores.find("service766", "2024")).filteredOn(Score::isTotal).singleElement()
                .satisfies(s -> {
                    assertThat(s.official()).isEqualTo(86.94);
                    assertThat(s.rank()).isEqualTo(29);
                    assertThat(s.ofUnits()).isEqualTo(34);
                });
        ScoresImportReport again = ScoresImporter.run(db, template, false);
        assertThat(again.summary()).isEqualTo("scores: 0 added, 0 updated, 12 unchanged, 0 rejected");
    }

    @Test
    void brokenRowsImportNothingAndEveryProblemIsReportedWithLineAndColumn() throws Exception {
        Path p = file("scores.csv", "\uFEFFFramework,Period,Component,Score,Self_Score,Target,Rank,Of_Units,comment\n"
                + "service766,2024,transparency,15.3,,,,,ok\n"
                + "service766,2024,timelines,21,,,,,above the max of 20\n"
                + "par,2024-Q5,total,,,,,,bad period\n"
                + "sipas,2024,access,100.5,,,,,above 100 %\n"
                + "par,2024,total,,,,64,63,rank above of_units\n"
                + "nope,2024,total,1,,,,,no framework\n"
                + "par,2024,nosuch,1,,,,,no component\n"
                + "par,2024,procedures,abc,,,,,not a number\n"
                + "service766,2024,transparency,15,,,,,duplicate\n");
        ScoresImportReport r = ScoresImporter.run(db, p, false);
        assertThat(r.written()).isFalse();
        assertThat(r.problems()).extracting(Object::toString).containsExactly(
                "scores.csv:3: column score: above the component's maximum of 20 (21)",
                "scores.csv:4: column period: not a period (use 2024, 2024-Q3 or 2024-09) (2024-Q5)",
                "scores.csv:5: column score: a percentage cannot be above 100 (100.5)",
                "scores.csv:6: column rank: the rank is above the number of units ranked (63) (64)",
                "scores.csv:7: column framework: no such framework (par, sipas, service766 or a framework made in the app) (nope)",
                "scores.csv:8: column component: no such component in par (version 1); use a component code or total (nosuch)",
                "scores.csv:9: column score: not a number (abc)",
                "scores.csv:10: column component: the same framework, period and component is already on line 2 (transparency)");
        assertThat(scores.find("service766", "2024")).isEmpty();

        ScoresImportReport skipped = ScoresImporter.run(db, p, true);
        assertThat(skipped.written()).isTrue();
        assertThat(skipped.added()).isEqualTo(1);
        assertThat(skipped.rejected()).isEqualTo(8);
        assertThat(skipped.rejectFile()).exists();
        assertThat(Files.readAllLines(skipped.rejectFile())).hasSize(9).element(1).asString().contains("timelines")
                .contains("maximum of 20");
    }

    @Test
    void aMissingRequiredColumnIsReported() throws Exception {
        Path p = file("s.csv", "framework,component,score\nsipas,total,95\n");
        ScoresImportReport r = ScoresImporter.run(db, p, false);
        assertThat(r.problems()).extracting(Object::toString).containsExactly("s.csv:1: column period: required column missing");
    }

    @Test
    void updatesKeepColumnsTheFileDoesNotHave() throws Exception {
        ScoresImporter.run(db, file("a.csv", "framework,period,component,score,rank,of_units\npar_department,2023,total,86.72,7,20\n"), false);
        ScoresImportReport r = ScoresImporter.run(db, file("b.csv", "framework,period,component,self_score\npar_department,2023,total,88\n"), false);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(scores.find("par_department", "2023")).singleElement().satisfies(s -> {
            assertThat(s.official()).isEqualTo(86.72);
            assertThat(s.self()).isEqualTo(88.0);
            assertThat(s.rank()).isEqualTo(7);
        });
    }

    @Test
    void commandLineExitCodes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path bad = file("bad.csv", "framework,period,component,score\nsipas,2024,total,101\n");
        assertThat(ScoresImporter.runCli(db, bad, false, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv:2: column score: a percentage cannot be above 100 (101)");
        Path good = file("good.csv", "framework,period,component,score\nsipas,2024,total,94.97\n");
        assertThat(ScoresImporter.runCli(db, good, false, new PrintStream(out), new PrintStream(err))).isZero();
        assertThat(out.toString()).contains("scores: 1 added, 0 updated, 0 unchanged, 0 rejected");
    }
}
