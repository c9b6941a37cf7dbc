package vn.reformdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction: all of it is committed, or none of it (imports are all-or-nothing). */
public final class Transactions {
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Transactions() {}

    /**
     * A large all-or-nothing write (an import): H2 writes its pages in the background while the rows go in,
     * and the commit is written and synced to the disk once, before this returns, so it is as durable as any
     * other commit. (With every commit written at once, H2 stores pages on the importing thread: 2–3× slower.)
     */
    public static <T> T inBulkTransaction(Database db, Work<T> work) {
        setWriteDelay(db, 1000);
        try {
            return inTransaction(db, work, false);
        } finally {
            setWriteDelay(db, 0);
            try (Connection c = db.connection()) {
                syncToDisk(c);
            } catch (SQLException e) {
                throw DatabaseException.wrap(e);
            }
        }
    }

    /**
     * Writes what is committed and forces it through the operating system's cache onto the disk (fsync), so a
     * save the officer was told about survives a power cut, not only a killed process. H2's commit writes the
     * file but does not sync it. Costs a few milliseconds per save (README, Performance).
     */
    private static void syncToDisk(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    private static void setWriteDelay(Database db, int millis) {
        try (Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SET WRITE_DELAY " + millis);
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }

    /**
     * Raises the data version in the transaction that writes, so stored figures ({@link TallyRepository}) can never
     * outlive the data they were computed from, even across a power cut between the write and anything after it.
     * A row is added rather than a counter updated, so concurrent writers do not lock each other out (V6).
     */
    private static void raiseDataVersion(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO data_writes DEFAULT VALUES");
        }
    }

    /** A write transaction, committed and synced to the disk before this returns (or rolled back). */
    public static <T> T inTransaction(Database db, Work<T> work) { return inTransaction(db, work, true); }

    private static <T> T inTransaction(Database db, Work<T> work, boolean sync) {
        try (Connection c = db.connection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                raiseDataVersion(c);
                T result = work.run(c);
                c.commit();
                if (sync) syncToDisk(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
                db.wrote(); // cached figures are recomputed after any write
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }
}
