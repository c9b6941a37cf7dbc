package vn.reformdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The sample and report commands on a real database in a temporary folder. */
class SampleAndReportCommandTest {
    @TempDir
    static Path dir;
    static Path sampleDb;
    static Run loaded;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = RootCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void loadSample() {
        sampleDb = dir.resolve("sample-db");
        loaded = run("sample", "--db", sampleDb.toString());
    }

    @Test
    void sampleLoadsAndEndsWithItsDate() {
        assertThat(loaded.code()).as(loaded.err()).isZero();
        String[] lines = loaded.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).isEqualTo("as-of: 2024-12-20");
        assertThat(loaded.out()).contains("10732 received").contains("10714 online")
                .contains("10724 resolved early or on time, 8 in process").contains("0 overdue, 0 late");
    }

    @Test
    void sampleRefusesANonEmptyDatabase() {
        Run again = run("sample", "--db", sampleDb.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("not empty");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void reportForTheSampleYearMatchesTheKnownTotals() {
        Run r = run("report", "--period", "2024", "--db", sampleDb.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String json = r.out();
        assertThat(json).contains("\"period\": \"2024\"", "\"as_of\": \"2024-12-20\"", "\"received\": 10732",
                "\"online\": 10714", "\"resolved\": 10724", "\"late\": 0", "\"overdue\": 0", "\"pending\": 8",
                "\"paused\": 0", "\"entered_scores\": []");
        assertThat(json).containsPattern("\"direct\": (\\d+)").containsPattern("\"postal\": (\\d+)");
        assertThat(json).containsPattern("\"on_time_rate\": \\{\\s*\"value\": 1.0,\\s*\"numerator\": 10724,"
                + "\\s*\"denominator\": 10724");
        assertThat(json).containsPattern("\"online_rate\": \\{\\s*\"value\": 0.998323,\\s*\"numerator\": 10714,"
                + "\\s*\"denominator\": 10732");
        assertThat(json).contains("\"code\": \"timelines.on_time\"").contains("\"framework\": \"service766\"");
        assertThat(json).doesNotContain("NaN");
    }

    @Test
    void quarterAsOfItsEndAndOutFile() throws Exception {
        Path file = dir.resolve("out/q3.json");
        Run r = run("report", "--period", "2024-Q3", "--format", "json", "--out", file.toString(), "--db",
                sampleDb.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"period\": \"2024-Q3\"", "\"from\": \"2024-07-01\"", "\"to\": \"2024-09-30\"",
                "\"as_of\": \"2024-09-30\"", "\"overdue\": 0", "\"late\": 0");
    }

    @Test
    void emptyDatabaseGivesNullRatesNotZero() {
        // a database with nothing in it (a folder without one is refused: read commands create none)
        vn.reformdesk.store.Database.open(dir.resolve("empty")).close();
        Run r = run("report", "--period", "2026-Q3", "--as-of", "30/09/2026", "--db", dir.resolve("empty").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"received\": 0")
                .containsPattern("\"on_time_rate\": \\{\\s*\"value\": null,\\s*\"numerator\": 0,\\s*\"denominator\": 0")
                .containsPattern("\"satisfaction_rate\": \\{\\s*\"value\": null");
    }

    @Test
    void invalidArgumentsExitTwoAndWriteNothing() {
        Path file = dir.resolve("never.json");
        Run badPeriod = run("report", "--period", "2024-Q5", "--out", file.toString(), "--db", sampleDb.toString());
        assertThat(badPeriod.code()).isEqualTo(2);
        assertThat(badPeriod.err()).contains("--period");
        Run badDate = run("report", "--period", "2024", "--as-of", "2024-02-30", "--db", sampleDb.toString());
        assertThat(badDate.code()).isEqualTo(2);
        Run pdf = run("report", "--period", "2024", "--format", "pdf", "--lang", "fr", "--out", file.toString(), "--db",
                sampleDb.toString()); // pdf is available since report-pdf; an unknown language is refused
        assertThat(pdf.code()).isEqualTo(2);
        assertThat(pdf.err()).contains("--lang");
        Run unknown = run("report", "--period", "2024", "--format", "docx", "--db", sampleDb.toString());
        assertThat(unknown.code()).isEqualTo(2);
        Run missing = run("report", "--db", sampleDb.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(file).doesNotExist();
    }

    @Test
    void helpWorks() {
        assertThat(run("report", "--help").out()).contains("--period", "--as-of", "--format", "--out", "--db");
        assertThat(run("sample", "--help").out()).contains("--db");
    }
}
