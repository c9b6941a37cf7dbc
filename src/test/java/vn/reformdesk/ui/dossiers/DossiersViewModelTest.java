package vn.reformdesk.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.ui.common.I18n;

/** Quick filters, count and day texts of the dossiers screen, without any control. */
class DossiersViewModelTest {
    static final Procedure A = Procedure.of("1.001234", "Cấp Giấy phép bán lẻ sản phẩm rượu", AdminLevel.DISTRICT, 3, OnlineLevel.FULL);
    static final Procedure B = Procedure.of("2.000633", "Cấp Giấy chứng nhận kinh doanh xăng dầu", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL);

    static DossierRow row(String code, Procedure p, String applicant, Channel ch, LocalDate received, DossierStatus s,
                          int late, int left) {
        Dossier d = Dossier.received(code, p.code(), applicant, ch, received.atTime(9, 0));
        Deadline dl = new Deadline(received, received.plusDays(5), s, late, left, 0, false, false, List.of());
        return new DossierRow(d, p, dl);
    }

    final List<DossierRow> rows = List.of(
            row("H15-260302-0001", A, "Nguyễn Văn An", Channel.ONLINE, LocalDate.of(2026, 3, 2), DossierStatus.OVERDUE, 3, 0),
            row("H15-260303-0002", A, "Trần Thị Bích", Channel.DIRECT, LocalDate.of(2026, 3, 3), DossierStatus.PENDING, 0, 4),
            row("H15-260310-0003", B, "Công ty TNHH Đức Thành", Channel.POSTAL, LocalDate.of(2026, 3, 10), DossierStatus.EARLY, 0, 0),
            row("H15-260311-0004", B, "Lê Văn Đạt", Channel.ONLINE, LocalDate.of(2026, 3, 11), DossierStatus.OVERDUE, 1, 0));

    @BeforeEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    @Test
    void filtersByStatusProcedureChannelPeriodAndText() {
        DossiersViewModel vm = new DossiersViewModel();
        vm.setData(rows, List.of(A, B));
        assertThat(vm.countTextProperty().get()).isEqualTo("4 hồ sơ");

        vm.setStatus(DossierStatus.OVERDUE);
        assertThat(codes(vm)).containsExactly("H15-260302-0001", "H15-260311-0004");
        assertThat(vm.countTextProperty().get()).isEqualTo("2 / 4 hồ sơ");
        vm.procedureProperty().set(B);
        assertThat(codes(vm)).containsExactly("H15-260311-0004");
        vm.clearFilters();

        vm.channelProperty().set(Channel.ONLINE);
        assertThat(codes(vm)).containsExactly("H15-260302-0001", "H15-260311-0004");
        vm.channelProperty().set(null);
        vm.fromProperty().set(LocalDate.of(2026, 3, 3));
        vm.toProperty().set(LocalDate.of(2026, 3, 10));
        assertThat(codes(vm)).containsExactly("H15-260303-0002", "H15-260310-0003");
        vm.clearFilters();

        vm.textProperty().set("duc thanh"); // without diacritics finds "Đức Thành"
        assertThat(codes(vm)).containsExactly("H15-260310-0003");
        vm.textProperty().set("LÊ VĂN");
        assertThat(codes(vm)).containsExactly("H15-260311-0004");
        vm.textProperty().set("0002");
        assertThat(codes(vm)).containsExactly("H15-260303-0002");
    }

    @Test
    void showStatusClearsTheOtherFiltersAndSurvivesAReload() {
        DossiersViewModel vm = new DossiersViewModel();
        vm.textProperty().set("nothing matches this");
        vm.showStatus(DossierStatus.OVERDUE); // before the data arrives, as the dashboard may do
        vm.setData(rows, List.of(A, B));
        assertThat(vm.textProperty().get()).isEmpty();
        assertThat(codes(vm)).containsExactly("H15-260302-0001", "H15-260311-0004");
        vm.setData(rows.subList(0, 2), List.of(A, B));
        assertThat(codes(vm)).containsExactly("H15-260302-0001");
    }

    @Test
    void textFilterWaitsForTheDebouncer() {
        List<Runnable> pending = new ArrayList<>();
        DossiersViewModel vm = new DossiersViewModel(pending::add);
        vm.setData(rows, List.of(A, B));
        vm.textProperty().set("bích");
        assertThat(vm.filtered()).hasSize(4);
        pending.forEach(Runnable::run);
        assertThat(codes(vm)).containsExactly("H15-260303-0002");
    }

    @Test
    void daysTextSaysLeftOrLate() {
        assertThat(DossiersViewModel.daysText(rows.get(0).deadline())).isEqualTo("trễ 3 ngày");
        assertThat(DossiersViewModel.daysText(rows.get(1).deadline())).isEqualTo("còn 4 ngày");
        assertThat(DossiersViewModel.daysText(rows.get(2).deadline())).isEmpty();
        I18n.setLocale(Locale.ENGLISH);
        assertThat(DossiersViewModel.daysText(rows.get(0).deadline())).isEqualTo("3 days late");
        I18n.setLocale(new Locale("vi"));
        assertThat(DossiersViewModel.normalize("Đặng Thị Hường")).isEqualTo("dang thi huong");
    }

    @Test
    void filtersOneHundredThousandRowsQuickly() {
        String[] names = {"Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Đức Dũng", "Hoàng Thị Én"};
        List<DossierRow> many = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            many.add(row(String.format("H15-2603%02d-%05d", i % 28 + 1, i), i % 2 == 0 ? A : B, names[i % 5] + " " + i,
                    Channel.values()[i % 3], LocalDate.of(2026, 3, i % 28 + 1), DossierStatus.values()[i % 7], 0, 1));
        }
        DossiersViewModel vm = new DossiersViewModel();
        vm.setData(many, List.of(A, B));
        vm.textProperty().set("x"); // warm up
        long start = System.nanoTime();
        vm.textProperty().set("duc dung 9");
        vm.setStatus(DossierStatus.OVERDUE);
        vm.textProperty().set("");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(vm.filtered()).hasSize(100_000 / 7 + (100_000 % 7 > 4 ? 1 : 0));
        assertThat(ms).as("three filter passes over 100k rows, ms").isLessThan(1500);
    }

    static List<String> codes(DossiersViewModel vm) {
        return vm.filtered().stream().map(r -> r.dossier().code()).toList();
    }
}
