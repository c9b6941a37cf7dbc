package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * A full disk in words (Engine.words), from the exceptions H2 and PostgreSQL give: seen on a real 8 MB tmpfs, an
 * import that filled it failed with 90028 (IO exception) whose cause chain ends in "No space left on device", and
 * every later statement with 90098 "The database has been closed".
 */
class DiskFullWordsTest {
    @Test
    void noSpaceLeftBehindAnH2WriteFailureIsAFullDisk() {
        SQLException store = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to"
                + " sun.nio.ch.FileChannelImpl@1 failed; length 6983680 at 7680000 [2.4.240/2]\" [50000-240]", "HY000",
                new RuntimeException("Writing to sun.nio.ch.FileChannelImpl@1 failed",
                        new IOException("No space left on device")));
        SQLException batch = new SQLException("IO Exception: \"/x/reformdesk.mv.db\" [90028-240]", "90028");
        batch.setNextException(store);
        for (SQLException e : new SQLException[] {store, batch}) {
            String words = DatabaseException.wrap(e).getMessage();
            assertThat(words).startsWith("the disk holding the database is full; nothing of this was saved.")
                    .doesNotContain("[").doesNotContain("FileChannel");
        }
    }

    @Test
    void theDatabaseClosedAfterAWriteFailureIsToldInWords() {
        String words = DatabaseException.wrap(new SQLException("The database has been closed [90098-240]", "90098"))
                .getMessage();
        assertThat(words).isEqualTo("the database file could not be written and was closed (is its disk full, or was"
                + " the USB stick taken out?); nothing of this was saved. Free some space or put the stick back, then"
                + " start ReformDesk again.");
    }

    @Test
    void aClosedDatabaseHidingBehindTheFailureIsNotWhatIsTold() {
        // the rollback after a full disk meets the closed database: it is kept as suppressed, the cause is told
        SQLException failure = new SQLException("IO Exception [90028-240]", "90028", new IOException("No space left on device"));
        failure.addSuppressed(new SQLException("The database has been closed [90098-240]", "90098"));
        assertThat(DatabaseException.wrap(failure).getMessage()).startsWith("the disk holding the database is full");
    }

    @Test
    void aServersFullDiskToo() {
        assertThat(DatabaseException.wrap(new SQLException("could not extend file: No space left on device", "53100"))
                .getMessage()).startsWith("the disk holding the database is full");
    }
}
