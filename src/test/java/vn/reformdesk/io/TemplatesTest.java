package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.store.Database;
import vn.reformdesk.support.TestDb;

/** The templates under assets/templates import cleanly, in order, into an empty database. */
class TemplatesTest {
    @TempDir
    Path dir;

    @Test
    void templatesImport() {
        Path templates = Path.of("assets", "templates");
        try (Database db = TestDb.open(dir)) {
            for (String[] t : new String[][] {{"procedures.csv", "PROCEDURES"}, {"dossiers.csv", "DOSSIERS"},
                    {"calendar.csv", "CALENDAR"}}) {
                ImportReport r = Importer.run(db, ImportKind.valueOf(t[1]), templates.resolve(t[0]), false);
                assertThat(r.problems()).as(t[0]).isEmpty();
                assertThat(r.added()).as(t[0]).isEqualTo(2);
            }
        }
    }
}
