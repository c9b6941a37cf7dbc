package vn.reformdesk.ui.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.ui.common.I18n;

/** The procedures screen's filters and form validation, without any control. */
class ProceduresViewModelTest {
    static Procedure p(String code, String name, String field, AdminLevel level, OnlineLevel online, long fee) {
        return new Procedure(null, code, name, field, level, 15, DayUnit.WORKING, online, fee, false, null,
                SupplementRule.PAUSE, null);
    }

    final List<Procedure> list = List.of(
            p("2.000633", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu", "Lưu thông hàng hóa", AdminLevel.PROVINCE, OnlineLevel.PARTIAL, 1_200_000),
            p("1.000046", "Cấp Giấy phép bán lẻ sản phẩm rượu", "Lưu thông hàng hóa", AdminLevel.DISTRICT, OnlineLevel.FULL, 1_200_000),
            p("2.001254", "Đăng ký thực hiện khuyến mại", "Xúc tiến thương mại", AdminLevel.PROVINCE, OnlineLevel.FULL, 0),
            p("2.002001", "Chứng thực bản sao từ bản chính", null, AdminLevel.COMMUNE, OnlineLevel.NONE, 2_000));

    @BeforeEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    @Test
    void searchesCodeAndNameAndFiltersLevelFieldAndOnlineLevel() {
        ProceduresViewModel vm = new ProceduresViewModel();
        vm.setProcedures(list);
        assertThat(vm.filtered()).hasSize(4);
        assertThat(vm.countTextProperty().get()).isEqualTo("4 thủ tục");
        assertThat(vm.fields()).containsExactly("Lưu thông hàng hóa", "Xúc tiến thương mại");

        vm.searchProperty().set("2.00");
        assertThat(vm.filtered()).extracting(Procedure::code).containsExactly("2.000633", "2.001254", "2.002001");
        vm.searchProperty().set("giấy PHÉP");
        assertThat(vm.filtered()).extracting(Procedure::code).containsExactly("1.000046");
        assertThat(vm.countTextProperty().get()).isEqualTo("1 / 4 thủ tục");

        vm.searchProperty().set("");
        vm.levelProperty().set(AdminLevel.PROVINCE);
        assertThat(vm.filtered()).extracting(Procedure::code).containsExactly("2.000633", "2.001254");
        vm.onlineProperty().set(OnlineLevel.FULL);
        assertThat(vm.filtered()).extracting(Procedure::code).containsExactly("2.001254");
        vm.clearFilters();
        vm.fieldProperty().set("Lưu thông hàng hóa");
        assertThat(vm.filtered()).extracting(Procedure::code).containsExactly("2.000633", "1.000046");
    }

    @Test
    void feeZeroReadsFreeAndOthersAreGrouped() {
        assertThat(ProceduresViewModel.feeText(0)).isEqualTo("Miễn phí");
        assertThat(ProceduresViewModel.feeText(1_200_000)).isEqualTo("1.200.000");
        I18n.setLocale(Locale.ENGLISH);
        assertThat(ProceduresViewModel.feeText(0)).isEqualTo("Free");
        I18n.setLocale(new Locale("vi"));
        assertThat(ProceduresViewModel.daysText(list.get(0))).isEqualTo("15 ngày làm việc");
        assertThat(ProceduresViewModel.daysText(list.get(0).withDayUnit(DayUnit.CALENDAR))).isEqualTo("15 ngày theo lịch");
    }

    @Test
    void formRefusesMissingAndDuplicateCodeNegativeDaysAndBadFeeAndKeepsTheText() {
        ProcedureFormModel f = new ProcedureFormModel(null, Set.of("2.000633"));
        f.codeProperty().set("2.000633");
        f.daysProperty().set("-3");
        f.feeProperty().set("1,5");
        f.cutoffProperty().set("25:00");
        assertThat(f.validate()).isFalse();
        assertThat(f.codeErrorProperty().get()).contains("2.000633").contains("đã có");
        assertThat(f.nameErrorProperty().get()).isEqualTo("Cần nhập tên thủ tục.");
        assertThat(f.daysErrorProperty().get()).contains("âm").contains("-3");
        assertThat(f.feeErrorProperty().get()).contains("\"1,5\" không phải số nguyên");
        assertThat(f.cutoffErrorProperty().get()).contains("25:00").contains("HH:mm");
        assertThat(f.daysProperty().get()).isEqualTo("-3");
        assertThat(f.feeProperty().get()).isEqualTo("1,5");

        // errors follow the typing after the first attempt
        f.codeProperty().set("");
        assertThat(f.codeErrorProperty().get()).isEqualTo("Cần nhập mã thủ tục.");
        f.codeProperty().set("1.009999");
        f.nameProperty().set("Cấp Giấy phép hoạt động điện lực");
        f.daysProperty().set("7");
        f.feeProperty().set("1.200.000");
        f.cutoffProperty().set("15:00");
        assertThat(f.validate()).isTrue();
        Procedure p = f.toProcedure();
        assertThat(p.processingDays()).isEqualTo(7);
        assertThat(p.feeVnd()).isEqualTo(1_200_000);
        assertThat(p.cutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(p.field()).isNull();
    }

    @Test
    void editingKeepsItsOwnCode() {
        Procedure existing = list.get(0).withId(7L);
        ProcedureFormModel f = new ProcedureFormModel(existing, Set.of("2.000633", "1.000046"));
        assertThat(f.validate()).isTrue();
        f.codeProperty().set("1.000046");
        assertThat(f.validate()).isFalse();
        f.codeProperty().set("2.000634");
        assertThat(f.toProcedure().id()).isEqualTo(7L);
    }

    @Test
    void zeroDaysAndZeroFeeAreAllowed() {
        ProcedureFormModel f = new ProcedureFormModel(null, Set.of());
        f.codeProperty().set("X");
        f.nameProperty().set("Chứng thực");
        f.daysProperty().set("0");
        f.feeProperty().set("0");
        assertThat(f.validate()).isTrue();
        f.daysProperty().set("2.5");
        assertThat(f.validate()).isFalse();
        assertThat(f.daysErrorProperty().get()).contains("không phải số nguyên");
    }
}
