package vn.reformdesk.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.ui.common.I18n;

/** The dossier form: validation messages and the live due date, hand-worked on the 2026 calendar. */
class DossierFormModelTest {
    static final List<CalendarDay> TET_2026 = List.of(
            CalendarDay.holiday(LocalDate.of(2026, 2, 16), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2026, 2, 17), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2026, 2, 18), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2026, 2, 19), "Tết Nguyên đán"),
            CalendarDay.holiday(LocalDate.of(2026, 2, 20), "Tết Nguyên đán"));
    static final DeadlineCalculator CALC = new DeadlineCalculator(new WorkingCalendar(TET_2026), DeadlineSettings.DEFAULT);
    static final Procedure THREE_DAYS = Procedure.of("1.001234", "Cấp Giấy phép bán lẻ sản phẩm rượu", AdminLevel.DISTRICT, 3,
            OnlineLevel.FULL);
    static final Procedure OTHER = Procedure.of("2.000633", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu",
            AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL);
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 4); // Wednesday

    @BeforeEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    static DossierFormModel newForm() { return newForm(AS_OF); }

    /** Events dated after the as-of date are not yet known, so cycle tests look from a later day. */
    static DossierFormModel newForm(LocalDate asOf) {
        return new DossierFormModel(CALC, asOf, List.of(THREE_DAYS, OTHER), Set.of("H15-260302-0001"), null, "H15",
                LocalDateTime.of(2026, 3, 2, 9, 30));
    }

    @Test
    void proposesTheNextCodeAndTheCurrentTime() {
        DossierFormModel f = newForm();
        assertThat(f.code.get()).isEqualTo("H15-260302-0002");
        assertThat(f.receivedDate.get()).isEqualTo("02/03/2026");
        assertThat(f.receivedTime.get()).isEqualTo("09:30");
        assertThat(DossierFormModel.suggestCode(null, LocalDate.of(2026, 10, 8), Set.of())).isEqualTo("HS-261008-0001");
    }

    @Test
    void dueDateFollowsTheTypingLive() {
        DossierFormModel f = newForm();
        assertThat(f.dueText.get()).isEqualTo("—");
        f.procedureText.set("1.001234");
        // received Monday 2 March 2026, 3 working days -> Thursday 5 March
        assertThat(f.dueText.get()).isEqualTo("05/03/2026");
        assertThat(f.effectiveText.get()).isEqualTo("02/03/2026");
        assertThat(f.status.get()).isEqualTo(DossierStatus.DUE_SOON);
        assertThat(f.statusText.get()).isEqualTo("Sắp đến hạn · còn 1 ngày");
        assertThat(f.procedureInfo.get()).contains("3 ngày làm việc");

        // received on a Saturday counts from Monday: 7 March -> 9 March, due 12 March
        f.receivedDate.set("7/3/2026");
        assertThat(f.effectiveText.get()).isEqualTo("09/03/2026");
        assertThat(f.dueText.get()).isEqualTo("12/03/2026");
    }

    @Test
    void procedureCanBeNamedByCodeDisplayTextOrUniqueNamePart() {
        DossierFormModel f = newForm();
        f.procedureText.set("1.001234 — Cấp Giấy phép bán lẻ sản phẩm rượu");
        assertThat(f.procedure()).isEqualTo(THREE_DAYS);
        f.procedureText.set("xang dau");
        assertThat(f.procedure()).isEqualTo(OTHER);
        f.procedureText.set("Cấp");
        assertThat(f.procedure()).isNull();
        assertThat(f.procedureError.get()).isEqualTo("2 thủ tục khớp với \"Cấp\": gõ thêm hoặc chọn trong danh sách gợi ý.");
        f.procedureText.set("9.999");
        assertThat(f.procedureError.get()).isEqualTo("Không có thủ tục nào có mã hoặc tên \"9.999\".");
    }

    @Test
    void tetHolidaysAreAppliedAndListed() {
        DossierFormModel f = newForm();
        f.procedureText.set("1.001234");
        f.receivedDate.set("13/02/2026"); // Friday before Tết
        // working days after 13 Feb: 23, 24, 25 Feb (16–20 Feb off)
        assertThat(f.dueText.get()).isEqualTo("25/02/2026");
        assertThat(f.appliedDaysText.get()).startsWith("16/02/2026 Tết Nguyên đán (nghỉ)").contains("20/02/2026");
        assertThat(f.appliedDaysText.get().lines()).hasSize(5);
    }

    @Test
    void supplementationMovesTheDueDate() {
        DossierFormModel f = newForm(LocalDate.of(2026, 3, 6));
        f.procedureText.set("1.001234");
        f.requestDate.set("03/03/2026");
        assertThat(f.addRequest()).isTrue();
        assertThat(f.status.get()).isEqualTo(DossierStatus.PAUSED);
        assertThat(f.statusText.get()).isEqualTo("Chờ bổ sung · tạm dừng");
        f.supplementDate.set("05/03/2026");
        assertThat(f.addReceipt()).isTrue();
        // paused on 4 and 5 March (R < d <= S): due 5 March + 2 working days = Monday 9 March
        assertThat(f.dueText.get()).isEqualTo("09/03/2026");
        assertThat(f.cycles).containsExactly(new SupplementCycle(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5)));
        assertThat(f.requestDate.get()).isEmpty();
    }

    @Test
    void refusesCyclesOutOfOrderWithTheReason() {
        DossierFormModel f = newForm(LocalDate.of(2026, 3, 9));
        f.procedureText.set("1.001234");
        f.requestDate.set("01/03/2026");
        assertThat(f.addRequest()).isFalse();
        assertThat(f.requestError.get()).isEqualTo("Ngày yêu cầu bổ sung (01/03/2026) trước ngày tiếp nhận (02/03/2026).");
        assertThat(f.requestDate.get()).isEqualTo("01/03/2026");

        f.requestDate.set("03/03/2026");
        assertThat(f.addRequest()).isTrue();
        f.requestDate.set("04/03/2026");
        assertThat(f.addRequest()).isFalse();
        assertThat(f.requestError.get()).contains("chưa nhận được hồ sơ bổ sung");

        f.supplementDate.set("02/03/2026");
        assertThat(f.addReceipt()).isFalse();
        assertThat(f.supplementError.get()).isEqualTo("Ngày nhận bổ sung (02/03/2026) trước ngày yêu cầu bổ sung (03/03/2026).");
        f.supplementDate.set("06/03/2026");
        assertThat(f.addReceipt()).isTrue();

        f.requestDate.set("05/03/2026");
        assertThat(f.addRequest()).isFalse();
        assertThat(f.requestError.get())
                .isEqualTo("Lần bổ sung mới (05/03/2026) không thể bắt đầu trước khi lần trước kết thúc (06/03/2026).");
        f.requestDate.set("06/03/2026");
        assertThat(f.addRequest()).isTrue();
        assertThat(f.cycles).hasSize(2);
        assertThat(f.warningText.get()).contains("2 lần");
        f.supplementDate.set("31/02/2026");
        assertThat(f.addReceipt()).isFalse();
        assertThat(f.supplementError.get()).contains("\"31/02/2026\" không phải ngày hợp lệ");
    }

    @Test
    void refusesResolvedBeforeReceivedAndOutcomeMissing() {
        DossierFormModel f = newForm();
        f.procedureText.set("1.001234");
        f.resolvedOn.set("01/03/2026");
        assertThat(f.resolvedError.get()).isEqualTo("Ngày giải quyết (01/03/2026) trước ngày tiếp nhận (02/03/2026).");
        // the invalid resolution is left out of the preview
        assertThat(f.status.get()).isEqualTo(DossierStatus.DUE_SOON);
        assertThat(f.toDossier()).isNull();
        assertThat(f.resolvedOn.get()).isEqualTo("01/03/2026");

        f.resolvedOn.set("04/03/2026");
        assertThat(f.resolvedError.get()).isEmpty();
        assertThat(f.outcomeError.get()).isEqualTo("Đã có ngày giải quyết: cần chọn kết quả.");
        assertThat(f.status.get()).isEqualTo(DossierStatus.EARLY);
        assertThat(f.toDossier()).isNull();
        f.outcome.set(Outcome.ISSUED);
        Dossier d = f.toDossier();
        assertThat(d).isNotNull();
        assertThat(d.resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(d.outcome()).isEqualTo(Outcome.ISSUED);
        assertThat(d.code()).isEqualTo("H15-260302-0002");
        assertThat(d.unitCode()).isEqualTo("H15");
        assertThat(d.receivedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 30));
    }

    @Test
    void requiredFieldsAreReportedOnSave() {
        DossierFormModel f = newForm();
        f.code.set("H15-260302-0001");
        assertThat(f.codeError.get()).contains("đã có");
        f.code.set("");
        assertThat(f.codeError.get()).isEmpty(); // not before the first attempt to save
        assertThat(f.toDossier()).isNull();
        assertThat(f.codeError.get()).isEqualTo("Cần nhập mã hồ sơ.");
        assertThat(f.procedureError.get()).isEqualTo("Cần chọn thủ tục: gõ mã hoặc tên thủ tục.");
        f.receivedTime.set("9h");
        assertThat(f.receivedError.get()).isEqualTo("\"9h\" không phải giờ hợp lệ; nhập theo dạng HH:mm.");
    }

    @Test
    void newAppointmentIsSetOnceAndNeedsAnApology() {
        Dossier saved = Dossier.received("H15-260302-0001", "1.001234", "Nguyễn Văn An", Channel.ONLINE,
                LocalDateTime.of(2026, 3, 2, 8, 0)).withApology(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10));
        DossierFormModel f = new DossierFormModel(CALC, AS_OF, List.of(THREE_DAYS), Set.of(saved.code()), saved, "H15",
                LocalDateTime.of(2026, 3, 4, 10, 0));
        assertThat(f.appointmentLocked.get()).isTrue();
        assertThat(f.newAppointment.get()).isEqualTo("10/03/2026");
        assertThat(f.codeError.get()).isEmpty(); // its own code
        assertThat(f.toDossier()).isNotNull();

        DossierFormModel g = newForm();
        g.procedureText.set("1.001234");
        assertThat(g.appointmentLocked.get()).isFalse();
        g.newAppointment.set("10/03/2026");
        assertThat(g.appointmentError.get()).contains("nhập ngày phiếu xin lỗi");
        g.apologyOn.set("11/03/2026");
        assertThat(g.appointmentError.get()).isEqualTo("Ngày hẹn lại (10/03/2026) trước ngày phiếu xin lỗi (11/03/2026).");
    }
}
