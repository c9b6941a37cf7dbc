package vn.reformdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.AuditLog.Action;
import vn.reformdesk.store.AuditLog.Entry;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

class AuditLogTest {
    @TempDir
    Path dir;

    @BothEngines
    void everyCreateChangeAndDeleteIsRecordedWithOnlyTheChangedFields(DbKind kind) {
        try (Database db = kind.open(dir)) {
            ProcedureRepository procedures = new ProcedureRepository(db);
            DossierRepository dossiers = new DossierRepository(db);
            procedures.save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 5, OnlineLevel.FULL));
            procedures.save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 7, OnlineLevel.FULL));
            procedures.save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 7, OnlineLevel.FULL)); // no change
            Dossier d = Dossier.received("D1", "P1", "Lê Văn C", Channel.ONLINE, LocalDateTime.of(2026, 5, 4, 9, 0));
            dossiers.save(d);
            dossiers.save(d.withResolution(LocalDate.of(2026, 5, 8), Outcome.ISSUED));
            dossiers.delete("D1");
            new CalendarRepository(db).save(CalendarDay.holiday(LocalDate.of(2026, 9, 2), "Quốc khánh"));

            List<Entry> procedureLog = AuditLog.find(db, ProcedureRepository.ENTITY, "p1", 50);
            assertThat(procedureLog).extracting(Entry::action).containsExactly(Action.UPDATE, Action.CREATE);
            assertThat(procedureLog.get(0).oldValues()).isEqualTo("processingDays: 5");
            assertThat(procedureLog.get(0).newValues()).isEqualTo("processingDays: 7");
            assertThat(procedureLog.get(0).osUser()).isEqualTo(System.getProperty("user.name"));

            List<Entry> dossierLog = AuditLog.find(db, DossierRepository.ENTITY, "D1", 50);
            assertThat(dossierLog).extracting(Entry::action).containsExactly(Action.DELETE, Action.UPDATE, Action.CREATE);
            assertThat(dossierLog.get(1).newValues()).contains("resolvedOn: 2026-05-08").contains("outcome: ISSUED");
            assertThat(dossierLog.get(1).oldValues()).isNull();
            assertThat(dossierLog.get(0).oldValues()).contains("applicant: Lê Văn C");
            assertThat(AuditLog.find(db, CalendarRepository.ENTITY, null, 50)).hasSize(1);
            assertThat(AuditLog.find(db, null, null, 2)).hasSize(2);
        }
    }
}
