package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.support.TestPostgres;

/**
 * Officers on a real PostgreSQL (the tests' embedded server): unit A's officer, with the login of their own, cannot
 * read, add, change or delete unit B's dossiers, scores and targets, by plain SQL or through the app; a reviewer reads
 * both and writes neither; the audit trail names the login. Enforced by the server's row-level security (V10.1; the
 * overdue board's stored candidates, V12.1).
 */
class OfficerSecurityTest {
    private static final String A = "000.00.31.H15";
    private static final String B = "000.00.32.H15";

    private ServerAddress owner;
    private Database db;
    private String officerA, officerB, reviewer;

    @BeforeEach
    void twoUnitsWithTheirRecords() throws SQLException {
        owner = TestPostgres.freshDatabase();
        db = Database.connect(owner, null);
        // logins are the server's, not the database's: named after the test's database so tests never share one
        officerA = "off_a_" + owner.database();
        officerB = "off_b_" + owner.database();
        reviewer = "rev_" + owner.database();
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String login : List.of(officerA, officerB, reviewer)) {
                st.execute("CREATE ROLE " + login + " LOGIN");
                st.execute("GRANT reformdesk_officer TO " + login);
            }
        }
        UnitRepository units = new UnitRepository(db);
        units.upsert(new Unit("H15", "Tỉnh mẫu", UnitKind.PROVINCE, null));
        units.upsert(new Unit(A, "Sở Giao thông vận tải", UnitKind.DEPARTMENT, "H15"));
        units.upsert(new Unit(B, "Sở Y tế", UnitKind.DEPARTMENT, "H15"));
        OfficerRepository officers = new OfficerRepository(db);
        officers.save(new Officer(officerA, A, Officer.Role.OFFICER, "Nguyễn Văn A"));
        officers.save(new Officer(officerB, B, Officer.Role.OFFICER, null));
        officers.save(new Officer(reviewer, null, Officer.Role.REVIEWER, null));

        new ProcedureRepository(db).save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 5, OnlineLevel.FULL));
        DossierRepository dossiers = new DossierRepository(db);
        dossiers.save(Dossier.received("A-1", "P1", "Trần Thị An", Channel.ONLINE, LocalDateTime.of(2024, 3, 4, 9, 0))
                .withUnit(A));
        dossiers.save(Dossier.received("B-1", "P1", "Lê Văn Bình", Channel.DIRECT, LocalDateTime.of(2024, 3, 5, 9, 0))
                .withSupplements(List.of(new SupplementCycle(LocalDate.of(2024, 3, 6), null))).withUnit(B));
        for (String unit : List.of(A, B)) {
            ScoreRepository scores = new ScoreRepository(db, unit);
            scores.saveSheet("par", "2024", List.of(Score.of("par", "2024", "total", unit.equals(A) ? 96.76 : 88.1)));
            scores.saveTarget(Target.rate("on_time_rate", "2024", 0.95, Direction.HIGHER));
        }
    }

    @AfterEach
    void close() { db.close(); }

    private Connection as(String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + owner.host() + ":" + owner.port() + "/"
                + owner.database(), login, "");
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    @Test
    void anOfficersOwnLoginCannotReadAddChangeOrDeleteAnotherUnitsRowsByPlainSql() throws SQLException {
        try (Connection c = as(officerA)) {
            assertThat(strings(c, "SELECT code FROM dossiers")).containsExactly("A-1");
            assertThat(strings(c, "SELECT applicant FROM dossiers WHERE unit_code = '" + B + "'")).isEmpty();
            assertThat(strings(c, "SELECT dossier_id FROM supplement_cycles")).isEmpty();
            assertThat(strings(c, "SELECT unit_code FROM index_scores")).containsExactly(A);
            assertThat(strings(c, "SELECT unit_code FROM targets")).containsExactly(A);
            assertThat(strings(c, "SELECT DISTINCT unit_code FROM audit_log")).containsExactly(A);

            // another unit's rows are out of reach: updates and deletes find nothing
            assertThat(update(c, "UPDATE dossiers SET applicant = 'x' WHERE unit_code = '" + B + "'")).isZero();
            assertThat(update(c, "DELETE FROM dossiers WHERE unit_code = '" + B + "'")).isZero();
            assertThat(update(c, "UPDATE index_scores SET official_score = 0 WHERE unit_code = '" + B + "'")).isZero();
            assertThat(update(c, "DELETE FROM index_scores WHERE unit_code = '" + B + "'")).isZero();
            assertThat(update(c, "UPDATE targets SET target_value = 0 WHERE unit_code = '" + B + "'")).isZero();
            assertThat(update(c, "DELETE FROM targets WHERE unit_code = '" + B + "'")).isZero();
            assertThat(update(c, "DELETE FROM supplement_cycles")).isZero();

            // nor can a row be added to it, or one of its own moved there
            assertThatThrownBy(() -> update(c, "INSERT INTO dossiers (code, procedure_id, channel, received_at, unit_code)"
                    + " SELECT 'B-2', id, 'direct', TIMESTAMP '2024-03-07 09:00', '" + B + "' FROM procedures"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> update(c, "UPDATE dossiers SET unit_code = '" + B + "' WHERE code = 'A-1'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> update(c, "INSERT INTO index_scores (unit_code, framework_id, version_id, period,"
                    + " component_code, official_score) SELECT '" + B + "', framework_id, version_id, '2023',"
                    + " component_code, 1 FROM index_scores"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> update(c, "INSERT INTO targets (unit_code, kind, subject, period, target_value)"
                    + " VALUES ('" + B + "', 'rate', 'on_time_rate', '2023', 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            // the units and officers are the administrator's
            assertThat(update(c, "UPDATE officers SET unit_code = '" + B + "'")).isZero();

            // its own unit's rows it may change
            assertThat(update(c, "UPDATE dossiers SET applicant = 'Trần Thị Ân' WHERE code = 'A-1'")).isEqualTo(1);
        }
        // B's rows are all there, unchanged
        try (Connection c = db.connection()) {
            assertThat(strings(c, "SELECT applicant FROM dossiers WHERE unit_code = '" + B + "'")).containsExactly("Lê Văn Bình");
            assertThat(strings(c, "SELECT official_score FROM index_scores WHERE unit_code = '" + B + "'"))
                    .containsExactly("88.100");
            assertThat(strings(c, "SELECT target_value FROM targets WHERE unit_code = '" + B + "'")).containsExactly("0.9500");
            assertThat(strings(c, "SELECT COUNT(*) FROM supplement_cycles")).containsExactly("1");
            assertThat(strings(c, "SELECT unit_code FROM officers WHERE login = '" + officerA + "'")).containsExactly(A);
        }
    }

    @Test
    void throughTheAppAnOfficerSeesAndWritesOnlyTheirUnit() {
        try (Database mine = Database.connect(new ServerAddress(owner.host(), owner.port(), owner.database(), officerA),
                null)) {
            UnitRepository units = new UnitRepository(mine);
            assertThat(units.home().code()).isEqualTo(A);
            assertThat(units.visible()).extracting(Unit::code).containsExactly(A);
            // the list of units is the province's, not a secret (the server's placeholder unit is gone)
            assertThat(units.all()).extracting(Unit::code).containsExactly("H15", A, B);

            RegisterService register = new RegisterService(mine);
            assertThat(register.rowsAsOf(LocalDate.of(2024, 3, 31))).extracting(r -> r.dossier().code())
                    .containsExactly("A-1");
            assertThat(register.rowsAsOf(UnitScope.of(B), LocalDate.of(2024, 3, 31))).isEmpty();
            assertThat(register.dossiers().findByCode("B-1")).isEmpty();
            assertThat(new ScoreRepository(mine, B).find("par", "2024")).isEmpty();
            assertThat(new ScoreRepository(mine).find("par", "2024")).extracting(Score::official).containsExactly(96.76);

            // a new dossier without a unit is the officer's unit's; one of another unit is refused
            register.dossiers().save(Dossier.received("A-2", "P1", "Phạm Văn C", Channel.ONLINE,
                    LocalDateTime.of(2024, 3, 8, 9, 0)));
            assertThat(register.dossiers().findByCode("A-2")).get().extracting(Dossier::unitCode).isEqualTo(A);
            assertThatThrownBy(() -> register.dossiers().save(Dossier.received("B-3", "P1", null, Channel.ONLINE,
                    LocalDateTime.of(2024, 3, 8, 9, 0)).withUnit(B))).isInstanceOf(DatabaseException.class);
            assertThatThrownBy(() -> new ScoreRepository(mine, B).saveTarget(Target.rate("on_time_rate", "2025", 0.9,
                    Direction.HIGHER))).isInstanceOf(DatabaseException.class);
            register.dossiers().delete("B-1"); // finds nothing to delete
        }
        try (Connection c = db.connection()) {
            assertThat(strings(c, "SELECT code FROM dossiers ORDER BY code")).containsExactly("A-1", "A-2", "B-1");
            // the audit trail names the officer's login, not the PC's
            assertThat(strings(c, "SELECT officer FROM audit_log WHERE record_key = 'A-2'")).containsExactly(officerA);
            assertThat(strings(c, "SELECT unit_code FROM audit_log WHERE record_key = 'A-2'")).containsExactly(A);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theStoredOverdueBoardIsSeenAndWrittenAsItsUnitsDossiers() throws SQLException {
        new DossierRepository(db).save(Dossier.received("B-2", "P1", "Đỗ Thị Cúc", Channel.ONLINE,
                LocalDateTime.of(2024, 3, 6, 9, 0)).withUnit(B));
        LocalDate day = LocalDate.of(2024, 3, 31);
        new RegisterService(db).overdueBoard(day); // the owner stores every unit's candidates (V12)
        try (Connection c = as(officerA)) {
            assertThat(strings(c, "SELECT unit_code FROM board_state")).containsExactly(A);
            assertThat(strings(c, "SELECT unit_code FROM board_dossiers")).containsExactly(A);
            assertThat(update(c, "DELETE FROM board_dossiers WHERE unit_code = '" + B + "'")).isZero();
            assertThat(update(c, "UPDATE board_state SET data_version = -1 WHERE unit_code = '" + B + "'")).isZero();
            assertThatThrownBy(() -> update(c, "INSERT INTO board_dossiers (unit_code, dossier_id, resolved, due_on)"
                    + " VALUES ('" + B + "', 1, FALSE, DATE '2024-03-01')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        try (Connection c = as(reviewer)) {
            assertThat(strings(c, "SELECT unit_code FROM board_dossiers ORDER BY unit_code")).containsExactly(A, B);
        }
        // through the app, the officer's board lists their unit's dossiers only, read from the stored candidates
        try (Database mine = Database.connect(new ServerAddress(owner.host(), owner.port(), owner.database(), officerA),
                null)) {
            RegisterService register = new RegisterService(mine);
            assertThat(register.overdueBoard(day).overdue()).extracting(r -> r.dossier().code()).containsExactly("A-1");
            assertThat(register.overdueBoard(day).missingApology()).extracting(r -> r.dossier().code())
                    .isEqualTo(register.overdueBoardCounted(UnitScope.ALL, day).missingApology().stream()
                            .map(r -> r.dossier().code()).toList());
            // a save by the officer keeps their unit's candidates current
            register.dossiers().save(Dossier.received("A-3", "P1", null, Channel.ONLINE, LocalDateTime.of(2024, 3, 7, 9, 0)));
            assertThat(new BoardRepository(mine).findStates(List.of(A), mine.dataVersion())).containsKey(A);
            assertThat(register.overdueBoard(day).overdue()).extracting(r -> r.dossier().code())
                    .containsExactly("A-1", "A-3");
        }
        try (Connection c = db.connection()) {
            assertThat(strings(c, "SELECT COUNT(*) FROM board_dossiers WHERE unit_code = '" + B + "'")).containsExactly("1");
        }
    }

    @Test
    void aReviewerReadsEveryUnitAndWritesNone() throws SQLException {
        try (Connection c = as(reviewer)) {
            assertThat(strings(c, "SELECT code FROM dossiers ORDER BY code")).containsExactly("A-1", "B-1");
            assertThat(strings(c, "SELECT applicant FROM dossiers ORDER BY code")).containsExactly("Trần Thị An", "Lê Văn Bình");
            assertThat(strings(c, "SELECT unit_code FROM index_scores ORDER BY unit_code")).containsExactly(A, B);
            assertThat(update(c, "UPDATE dossiers SET applicant = 'x'")).isZero();
            assertThat(update(c, "DELETE FROM targets")).isZero();
            assertThatThrownBy(() -> update(c, "INSERT INTO targets (unit_code, kind, subject, period, target_value)"
                    + " VALUES ('" + A + "', 'rate', 'on_time_rate', '2023', 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        try (Database theirs = Database.connect(new ServerAddress(owner.host(), owner.port(), owner.database(), reviewer),
                null)) {
            assertThat(new UnitRepository(theirs).visible()).extracting(Unit::code)
                    .containsExactly("H15", A, B);
            assertThat(new RegisterService(theirs).rowsAsOf(LocalDate.of(2024, 3, 31))).hasSize(2);
            assertThat(new RegisterService(theirs).rowsAsOf(UnitScope.of(B), LocalDate.of(2024, 3, 31)))
                    .extracting(r -> r.dossier().applicant()).containsExactly("Lê Văn Bình");
            assertThatThrownBy(() -> new ScoreRepository(theirs, A).saveTarget(Target.rate("on_time_rate", "2025", 0.9,
                    Direction.HIGHER))).isInstanceOf(DatabaseException.class);
        }
    }

    @Test
    void aLoginThatIsNoOfficerSeesNothingAndTheAuditNamesTheLoginWhateverTheClientSends() throws SQLException {
        String stranger = "nobody_" + owner.database();
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + stranger + " LOGIN");
            st.execute("GRANT reformdesk_officer TO " + stranger);
        }
        try (Connection c = as(stranger)) {
            assertThat(strings(c, "SELECT code FROM dossiers")).isEmpty();
            assertThat(strings(c, "SELECT code FROM procedures")).isEmpty();
        }
        try (Connection c = as(officerA); PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (changed_at,"
                + " os_user, entity, record_key, action, officer, unit_code) VALUES (CURRENT_TIMESTAMP, 'pc', 'dossier',"
                + " 'A-1', 'update', ?, ?)")) {
            ps.setString(1, officerB);
            ps.setString(2, A);
            ps.executeUpdate();
            assertThat(strings(c, "SELECT officer FROM audit_log WHERE os_user = 'pc'")).containsExactly(officerA);
            assertThat(update(c, "DELETE FROM audit_log")).isZero();
        }
    }
}
