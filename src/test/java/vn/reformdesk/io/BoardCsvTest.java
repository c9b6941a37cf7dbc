package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.DossierRow;

class BoardCsvTest {
    @TempDir
    Path dir;

    static DossierRow row(String code, String applicant, String procName) {
        Dossier d = Dossier.received(code, "1.000003", applicant, Channel.ONLINE, LocalDateTime.of(2026, 3, 2, 9, 30));
        Procedure p = Procedure.of("1.000003", procName, AdminLevel.PROVINCE, 3, OnlineLevel.FULL);
        Deadline dl = new Deadline(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), DossierStatus.OVERDUE, 4, 0, 0,
                false, true, List.of());
        return new DossierRow(d, p, dl);
    }

    @Test
    void writesBomHeaderAndRowsWithQuoting() throws Exception {
        Path f = dir.resolve("out.csv");
        BoardCsv.write(f, List.of(row("H15-260302-0001", "Nguyễn Văn An", "Cấp phép, gia hạn")));
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo(
                "code,procedure_code,procedure_name,applicant,received_at,due_on,status,working_days_late,working_days_left\r\n"
                        + "H15-260302-0001,1.000003,\"Cấp phép, gia hạn\",Nguyễn Văn An,2026-03-02 09:30,2026-03-05,overdue,4,0\r\n");
    }

    @Test
    void neutralisesFormulaCells() throws Exception {
        Path f = dir.resolve("evil.csv");
        BoardCsv.write(f, List.of(row("=HYPERLINK(\"x\")", "@SUM(A1)", "+cmd"), row("-cmd|' /C calc'!A0", "Trần Thị B", "ok")));
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("'@SUM(A1)").contains("'+cmd")
                .contains("\r\n'-cmd|");
    }

    @Test
    void emptyListWritesTheHeaderOnly() throws Exception {
        Path f = dir.resolve("empty.csv");
        BoardCsv.write(f, List.of());
        assertThat(Files.readAllLines(f, StandardCharsets.UTF_8)).hasSize(1);
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
}
