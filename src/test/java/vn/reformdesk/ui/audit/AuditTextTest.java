package vn.reformdesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.AuditLog;
import vn.reformdesk.store.AuditLog.Entry;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

/** The audit trail as the officer reads it: field labels and values as the forms show them, no Java names. */
class AuditTextTest {
    @TempDir
    Path dir;

    @AfterEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    @Test
    void entriesReadInWordsWithoutTypeNamesOrCodes() {
        List<String> shown = new ArrayList<>();
        try (Database db = TestDb.open(dir)) {
            ProcedureRepository procedures = new ProcedureRepository(db);
            DossierRepository dossiers = new DossierRepository(db);
            procedures.save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 5, OnlineLevel.FULL));
            procedures.save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 5, OnlineLevel.FULL).withDayUnit(DayUnit.CALENDAR));
            Dossier d = Dossier.received("D1", "P1", "Lê Văn C", Channel.ONLINE, LocalDateTime.of(2026, 5, 4, 9, 0));
            dossiers.save(d);
            dossiers.save(d.withSupplements(List.of(new SupplementCycle(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 7))))
                    .withResolution(LocalDate.of(2026, 5, 8), Outcome.ISSUED));
            for (String lang : List.of("vi", "en")) {
                I18n.setLocale(new Locale(lang));
                for (Entry e : AuditLog.find(db, null, null, 50)) {
                    shown.add(AuditText.show(e.oldValues()));
                    shown.add(AuditText.show(e.newValues()));
                }
            }
        }
        String all = String.join("\n", shown);
        assertThat(all).doesNotContainPattern("[A-Z][a-z]+[A-Z][A-Za-z]*\\[") // SupplementCycle[
                .doesNotContainPattern("\\b(WORKING|CALENDAR|ONLINE|ISSUED|PROVINCE|FULL)\\b")
                .doesNotContainPattern("\\b[a-z]+[A-Z][a-z]+\\b") // dayUnit, resolvedOn
                .doesNotContain("true").doesNotContain("false").doesNotContain("null");
        assertThat(all).contains("Cách tính ngày: Ngày theo lịch", "Ngày giải quyết: 08/05/2026",
                "Days counted as: Calendar days", "Cần trả kết quả bản giấy: Không",
                "Bổ sung hồ sơ: yêu cầu ngày 05/05/2026, nhận bổ sung ngày 07/05/2026");
    }

    @Test
    void entriesWrittenBeforeReadTheSame() {
        assertThat(AuditText.show("dayUnit: WORKING\nsupplements: [SupplementCycle[requestedOn=2024-01-02, receivedOn=null]]"))
                .isEqualTo("Cách tính ngày: Ngày làm việc\nBổ sung hồ sơ: yêu cầu ngày 02/01/2024");
    }

    @Test
    void scoresAndTargetsAreNamedInWordsNotCodes() {
        assertThat(AuditText.record("score", "sipas 2024 total")).isEqualTo("SIPAS · Năm 2024 · Tổng điểm");
        assertThat(AuditText.record("target", "rate on_time_rate 2024-Q3"))
                .isEqualTo("Tỷ lệ · Tỷ lệ hồ sơ giải quyết đúng hạn · Quý 3/2024");
        assertThat(AuditText.record("target", "rank par 2024")).isEqualTo("Thứ hạng · PAR Index · Năm 2024");
        assertThat(AuditText.record("dossier", "H15.50.05.13-261008-0975")).isEqualTo("H15.50.05.13-261008-0975");
        assertThat(AuditText.show("subject: on_time_rate\nperiod: 2024-Q3")).isEqualTo(
                "%s: Tỷ lệ hồ sơ giải quyết đúng hạn\n%s: Quý 3/2024".formatted(AuditText.field("subject"),
                        AuditText.field("period")));
        I18n.setLocale(new Locale("en"));
        assertThat(AuditText.record("score", "sipas 2024 total")).doesNotContain("total").contains("2024");
    }
}
