package vn.reformdesk.ui.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

/** The board's lists, counts and titles on the hand-worked set of {@link BoardFixture}, without controls. */
class OverdueViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    OverdueViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(new Locale("vi"));
        app = TestDb.context(dir);
        BoardFixture.all(app);
        vm = new OverdueViewModel(app);
    }

    @AfterEach
    void close() { app.close(); }

    static String codes(java.util.List<DossierRow> rows) {
        return rows.stream().map(r -> r.dossier().code() + ":" + r.deadline().workingDaysLate() + "/"
                + r.deadline().workingDaysLeft()).sorted().toList().toString();
    }

    @Test
    void listsAndCountsMatchTheHandWorkedSet() {
        vm.apply(vm.load());
        assertThat(codes(vm.list(BoardList.OVERDUE))).isEqualTo("[A:4/0, B:4/0]");
        assertThat(codes(vm.list(BoardList.DUE_SOON))).isEqualTo("[D:0/2, E:0/1]");
        assertThat(codes(vm.list(BoardList.MISSING_APOLOGY))).isEqualTo("[A:4/0, E:0/1, F:3/0]");
        assertThat(vm.titleProperty(BoardList.OVERDUE).get()).isEqualTo("Quá hạn (2)");
        assertThat(vm.titleProperty(BoardList.DUE_SOON).get()).isEqualTo("Đến hạn trong 2 ngày làm việc (2)");
        assertThat(vm.titleProperty(BoardList.MISSING_APOLOGY).get()).isEqualTo("Trễ/quá hạn chưa có phiếu xin lỗi (3)");
        assertThat(vm.asOfTextProperty().get()).isEqualTo("Tính đến 11/03/2026");
        assertThat(vm.list(BoardList.OVERDUE).get(0).deadline().dueOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 5));
    }

    @Test
    void kFromSettingsNarrowsTheDueSoonList() {
        app.register().settings().put(SettingsRepository.DUE_SOON_DAYS, "1");
        vm.apply(vm.load());
        assertThat(codes(vm.list(BoardList.DUE_SOON))).isEqualTo("[E:0/1]");
        assertThat(vm.titleProperty(BoardList.DUE_SOON).get()).isEqualTo("Đến hạn trong 1 ngày làm việc (1)");
    }

    @Test
    void englishTitlesAndFileName() {
        I18n.setLocale(Locale.ENGLISH);
        try {
            vm.apply(vm.load());
            assertThat(vm.titleProperty(BoardList.DUE_SOON).get()).isEqualTo("Due within 2 working days (2)");
            assertThat(vm.asOfTextProperty().get()).isEqualTo("As of 11/03/2026");
            assertThat(vm.suggestedFileName(BoardList.OVERDUE)).isEqualTo("qua-han-2026-03-11.csv");
        } finally {
            I18n.setLocale(new Locale("vi"));
        }
    }
}
