package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.store.BoardRepository.Part;
import vn.reformdesk.support.DbKind;

/**
 * The overdue board's pages (issue 18, V14) read an index in the list's order and stop after the page, on both
 * engines: the open parts ix_board_dossiers_due, the resolved part ix_board_dossiers_late; no sort of the list.
 */
class BoardPagesPlanTest {
    @TempDir
    Path dir;

    static final LocalDate DAY = LocalDate.of(2026, 3, 11);
    static final Part OVERDUE = new Part("home", false, null, DAY, null);
    static final Part NO_LETTER = new Part("home", false, null, DAY.plusDays(2), DAY);
    static final Part RESOLVED = new Part("home", true, null, null, DAY);

    @Test
    void onH2ThePagesReadTheBoardIndexesInOrder() throws Exception {
        try (Database db = Database.open(dir.resolve("plan"))) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                // as on PostgreSQL below: enough rows, and statistics, for the choice an office's register meets
                st.execute("INSERT INTO board_dossiers (unit_code, dossier_id, resolved, due_on, apology_on,"
                        + " supplement_cycles, code, procedure_code, applicant, channel, received_at, late_days)"
                        + " SELECT 'home', X, MOD(X, 10) = 0, DATEADD(DAY, MOD(X, 90), DATE '2026-01-01'), NULL, 0,"
                        + " 'X' || X, 'P1', 'A', 'online', DATEADD(HOUR, MOD(X, 500), TIMESTAMP '2025-12-01 00:00:00'),"
                        + " CASE WHEN MOD(X, 10) = 0 THEN MOD(X, 30) ELSE 0 END FROM SYSTEM_RANGE(1, 60000)");
                st.execute("ANALYZE");
                for (Part p : new Part[] {OVERDUE, NO_LETTER}) {
                    assertThat(plan(c, p, true)).contains("IX_BOARD_DOSSIERS_DUE").contains("index sorted");
                }
                assertThat(plan(c, RESOLVED, true)).contains("IX_BOARD_DOSSIERS_LATE").contains("index sorted");
                assertThat(plan(c, RESOLVED, false)).contains("IX_BOARD_DOSSIERS_LATE").contains("index sorted");
            }
        }
    }

    @Test
    void onPostgreSqlThePagesReadTheBoardIndexesInOrder() throws Exception {
        try (Database db = DbKind.POSTGRES.open(dir)) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                // enough rows that a sort of a whole list would cost more than the index: 60,000 stored rows, a tenth
                // resolved late, due dates and receipts shared by many (ties)
                st.execute("INSERT INTO board_dossiers (unit_code, dossier_id, resolved, due_on, apology_on,"
                        + " supplement_cycles, code, procedure_code, applicant, channel, received_at, late_days)"
                        + " SELECT 'home', g, g % 10 = 0, DATE '2026-01-01' + (g % 90), NULL, 0, 'X' || g, 'P1', 'A', 'online',"
                        + " TIMESTAMP '2025-12-01 00:00:00' + (g % 500) * INTERVAL '1 hour', CASE WHEN g % 10 = 0 THEN g % 30 ELSE 0 END"
                        + " FROM generate_series(1, 60000) g");
                st.execute("ANALYZE board_dossiers");
                for (Part p : new Part[] {OVERDUE, NO_LETTER}) {
                    for (boolean after : new boolean[] {false, true}) {
                        assertThat(plan(c, p, after)).contains("Index Scan using ix_board_dossiers_due")
                                .doesNotContain("Seq Scan").doesNotContainPattern("(?m)^\\s*->\\s+Sort ");
                    }
                }
                for (boolean after : new boolean[] {false, true}) {
                    assertThat(plan(c, RESOLVED, after)).contains("Index Scan using ix_board_dossiers_late")
                            .doesNotContain("Seq Scan").doesNotContainPattern("(?m)^\\s*->\\s+Sort ");
                }
            }
        }
    }

    /** The plan of a page of 100 (after a row in the middle when {@code after}), parameters bound as the app binds. */
    private static String plan(Connection c, Part p, boolean after) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + BoardRepository.pageSql(p, after, 100))) {
            BoardRepository.bindPage(ps, p, after ? new BoardRepository.Key(12, LocalDate.of(2026, 2, 1),
                    LocalDateTime.of(2025, 12, 10, 4, 0), 30_000) : null);
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.append(rs.getString(1)).append('\n');
            }
            return out.toString();
        }
    }
}
