package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.support.TestDb;

/**
 * The start's rehearsed import (issue 18): what it leaves is checked table by table in StoredFiguresTest; here, that
 * it rehearses only with something to rehearse with, and that stopping it (the app closing) waits until it has ended.
 */
class ImportWarmupTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = TestDb.openCopy(dir);
        ImportWarmup.folder = Files.createDirectories(dir.resolve("tmp"));
    }

    @AfterEach
    void close() {
        ImportWarmup.folder = null;
        db.close();
    }

    @Test
    void anEmptyRegisterHasNoProcedureToRehearseWith() {
        assertThat(ImportWarmup.run(db, SampleDepartment.AS_OF)).isZero();
        assertThat(new DossierRepository(db).count()).isZero();
    }

    @Test
    void rehearsesThreeHundredDossiersAndKeepsNoneNorItsFile() throws Exception {
        SampleLoader.load(db, SampleLoader.Progress.NONE);
        long stored = new DossierRepository(db).count();
        assertThat(ImportWarmup.run(db, SampleDepartment.AS_OF)).isEqualTo(ImportWarmup.ROWS);
        assertThat(new DossierRepository(db).count()).isEqualTo(stored);
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertThat(files).as("its file deleted").isEmpty();
        }
    }

    @Test
    void stoppedBeforeItStartsItNeverStarts() {
        SampleLoader.load(db, SampleLoader.Progress.NONE);
        ImportWarmup rehearsal = new ImportWarmup(db, SampleDepartment.AS_OF);
        long t = System.nanoTime();
        rehearsal.stop();
        assertThat(System.nanoTime() - t).as("nothing to wait for").isLessThan(TimeUnit.SECONDS.toNanos(1));
        assertThat(rehearsal.run()).isZero();
    }

    @Test
    void stoppedWhileItRunsItHasEndedWhenStopReturns() throws Exception {
        SampleLoader.load(db, SampleLoader.Progress.NONE);
        long stored = new DossierRepository(db).count();
        ImportWarmup rehearsal = new ImportWarmup(db, SampleDepartment.AS_OF);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(rehearsal::run);
        // its file is written just before its transaction begins: stop it while that transaction writes
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!running.isDone() && System.nanoTime() < until) {
            try (var files = Files.list(dir.resolve("tmp"))) {
                if (files.findAny().isPresent()) break;
            }
            Thread.sleep(1);
        }
        Thread.sleep(50);
        rehearsal.stop();
        db.close(); // what the app does next: had the rehearsal not ended, closing would cut it off with an error
        assertThat(running.get(10, TimeUnit.SECONDS)).isIn(0, ImportWarmup.ROWS);
        db = TestDb.open(dir);
        assertThat(new DossierRepository(db).count()).isEqualTo(stored);
        Path trace = dir.resolve("db").resolve(Database.FILE_NAME + ".trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").as("no error traced").isEmpty();
    }
}
