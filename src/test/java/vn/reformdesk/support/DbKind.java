package vn.reformdesk.support;

import java.nio.file.Path;

import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.Engine;

/** The two engines a test runs on: a real H2 file in a temporary folder, and a fresh database on the tests' PostgreSQL. */
public enum DbKind {
    H2 {
        @Override
        public Database open(Path tempDir) { return TestDb.open(tempDir); }

        @Override
        public Database reopen(Database closed, Path tempDir) { return TestDb.open(tempDir); }
    },
    POSTGRES {
        @Override
        public Database open(Path tempDir) { return TestPostgres.open(); }

        @Override
        public Database reopen(Database closed, Path tempDir) {
            return Database.connect(((Engine.Server) closed.engine()).address(), null);
        }
    };

    /** Opens again the register {@code closed} was opened on (a restart of the app). */
    public abstract Database reopen(Database closed, Path tempDir);

    /** A new, migrated, empty register of this kind. */
    public abstract Database open(Path tempDir);

    /** The app's context around a new register of this kind (preferences in {@code tempDir}). */
    public AppContext context(Path tempDir) {
        return TestDb.context(tempDir, open(tempDir));
    }
}
