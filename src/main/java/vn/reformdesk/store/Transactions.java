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
     * A large all-or-nothing write (an import), with the engine's bulk settings around it (on H2 pages are written in
     * the background and a checkpoint forces the commit to disk; see {@link Engine.H2File#beginBulk}).
     */
    public static <T> T inBulkTransaction(Database db, Work<T> work) { return inBulkTransaction(db, work, true); }

    /**
     * A bulk transaction that writes nothing of the register (the bench's floor, into a table of its own): the data
     * version stays, so the stored figures stay current across it.
     */
    public static <T> T inBulkTransactionOutsideTheRegister(Database db, Work<T> work) {
        return inBulkTransaction(db, work, false);
    }

    /**
     * The same without the bulk settings: a plain transaction, committed and synced as a save is, that leaves the data
     * version as it was (the bench's floors of a small import, rows the stored figures never count).
     */
    public static <T> T inTransactionOutsideTheRegister(Database db, Work<T> work) {
        return inTransaction(db, work, true, false);
    }

    private static <T> T inBulkTransaction(Database db, Work<T> work, boolean raise) {
        db.engine().beginBulk(db);
        T result;
        try {
            result = inTransaction(db, work, false, raise);
        } catch (RuntimeException e) {
            // the import's own failure is the one to tell (a full disk), not the closed database that follows it
            try {
                db.engine().endBulk(db);
            } catch (RuntimeException after) {
                e.addSuppressed(after);
            }
            throw e;
        }
        db.engine().endBulk(db);
        return result;
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

    /**
     * A write of what the stored figures are not counted from (index scores and targets, frameworks, units, officers,
     * trusted keys): as {@link #inTransaction(Database, Work)}, and the figures current before it stay current after it
     * ({@link StoredFigures#carryOn}) instead of being counted again on the next view.
     */
    public static <T> T inTransactionKeepingFigures(Database db, Work<T> work) {
        return inTransaction(db, c -> {
            T result = work.run(c);
            StoredFigures.carryOn(c);
            return result;
        });
    }

    /** A write transaction, committed and synced to the disk before this returns (or rolled back). */
    public static <T> T inTransaction(Database db, Work<T> work) { return inTransaction(db, work, true); }

    private static <T> T inTransaction(Database db, Work<T> work, boolean sync) {
        return inTransaction(db, work, sync, true);
    }

    private static <T> T inTransaction(Database db, Work<T> work, boolean sync, boolean raise) {
        try (Connection c = db.connection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (raise) raiseDataVersion(c);
                T result = work.run(c);
                c.commit();
                if (sync) db.engine().syncAfterCommit(c);
                c.setAutoCommit(auto);
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                    c.setAutoCommit(auto);
                } catch (SQLException after) {
                    e.addSuppressed(after); // a database closed by the failure (a full disk): tell the failure
                }
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseException.wrap(e);
        }
    }
}
