package vn.reformdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.domain.calendar.DaySource;
import vn.reformdesk.domain.calendar.SourcedDay;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

class CalendarViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    CalendarViewModel vm;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        I18n.setLocale(new Locale("vi"));
        app = TestDb.context(dir);
        app.register().settings().put(SettingsRepository.SAMPLE_AS_OF, "2026-03-11");
        vm = new CalendarViewModel(app, changes::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() { app.close(); }

    private List<CalendarDay> days() { return vm.entries().stream().map(SourcedDay::day).toList(); }

    @Test
    void aYearNobodyEditedShowsItsOfficialCalendar() {
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(days()).containsExactlyElementsOf(CalendarPresets.official2026());
        assertThat(vm.entries()).extracting(SourcedDay::source).containsOnly(DaySource.OFFICIAL);
        assertThat(vm.editedProperty().get()).isFalse();
        assertThat(vm.basisProperty().get())
                .isEqualTo("Năm 2025: Lịch nghỉ chính thức · Năm 2026: Lịch nghỉ chính thức · Năm 2027: Mặc định theo âm lịch");
        // 22/08/2026 is a Saturday worked in exchange for Monday 31/08, with nothing pressed
        assertThat(app.register().calculator().calendar().isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(app.register().calculator().calendar().isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    }

    @Test
    void anotherYearShowsItsGeneratedDays() {
        vm.yearProperty().set(2027);
        // Tết Đinh Mùi: 6 Feb 2027, so the last day of the lunar year (5 Feb) and 6–9 Feb are in the list
        assertThat(vm.entries()).extracting(SourcedDay::date)
                .contains(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 1, 1));
        assertThat(vm.entries()).extracting(SourcedDay::source).containsOnly(DaySource.GENERATED);
    }

    @Test
    void officerDaysLieOnTopAndRestoreGoesBackToTheDefaults() {
        app.register().calendar().save(CalendarDay.holiday(LocalDate.of(2026, 3, 10), "Ngày của tỉnh"));
        vm.load();
        assertThat(vm.entries()).hasSize(CalendarPresets.official2026().size() + 1)
                .contains(new SourcedDay(CalendarDay.holiday(LocalDate.of(2026, 3, 10), "Ngày của tỉnh"), DaySource.OFFICER));
        assertThat(vm.editedProperty().get()).isTrue();
        assertThat(vm.basisProperty().get()).contains("Năm 2026: Lịch nghỉ chính thức, 1 ngày do cán bộ nhập");

        vm.restoreDefaults();
        assertThat(days()).containsExactlyElementsOf(CalendarPresets.official2026());
        assertThat(vm.editedProperty().get()).isFalse();
        assertThat(changes.get()).isEqualTo(1);
    }

    @Test
    void addValidatesInPlaceAndKeepsWhatWasTyped() {
        vm.newNameProperty().set("Ngày nghỉ đột xuất");
        assertThat(vm.add()).isFalse();
        assertThat(vm.dateErrorProperty().get()).isNotBlank();
        assertThat(vm.newNameProperty().get()).isEqualTo("Ngày nghỉ đột xuất");
        assertThat(changes.get()).isZero();

        vm.rejectTypedDate("31/02/2026");
        assertThat(vm.dateErrorProperty().get()).contains("31/02/2026").contains("dd/mm/yyyy");
        vm.newDateProperty().set(LocalDate.of(2026, 3, 10)); // a Tuesday
        assertThat(vm.dateErrorProperty().get()).isEmpty();
        assertThat(vm.addWarningProperty().get()).isEmpty();
        assertThat(vm.add()).isTrue();
        assertThat(vm.entries()).contains(new SourcedDay(CalendarDay.holiday(LocalDate.of(2026, 3, 10), "Ngày nghỉ đột xuất"),
                DaySource.OFFICER));
        assertThat(vm.newDateProperty().get()).isNull();
        assertThat(changes.get()).isEqualTo(1);
        assertThat(app.register().calculator().calendar().isWorkingDay(LocalDate.of(2026, 3, 10))).isFalse();
    }

    @Test
    void warnsAboutDaysWithoutEffectAndReplacedEntriesButAcceptsThem() {
        vm.newDateProperty().set(LocalDate.of(2026, 3, 14)); // Saturday
        assertThat(vm.addWarningProperty().get()).isEqualTo(
                "14/03/2026 là Thứ Bảy, vốn đã nghỉ: ngày nghỉ này không làm thay đổi hạn xử lý (vẫn lưu để hiển thị).");
        vm.newKindProperty().set(DayKind.WORKDAY);
        assertThat(vm.addWarningProperty().get()).isEmpty();
        vm.newDateProperty().set(LocalDate.of(2026, 3, 13)); // Friday
        assertThat(vm.addWarningProperty().get()).contains("Thứ Sáu, vốn là ngày làm việc");
        assertThat(vm.add()).isTrue();
        assertThat(vm.messageProperty().get()).contains("không làm thay đổi hạn xử lý");
        assertThat(CalendarViewModel.hasNoEffect(vm.entry(LocalDate.of(2026, 3, 13)).orElseThrow().day())).isTrue();

        vm.newDateProperty().set(LocalDate.of(2026, 3, 13));
        assertThat(vm.addWarningProperty().get()).contains("đã có trong lịch (Ngày làm bù)");
    }

    @Test
    void addingADayOfAnotherYearShowsThatYear() {
        vm.newDateProperty().set(LocalDate.of(2027, 1, 1));
        vm.add();
        assertThat(vm.yearProperty().get()).isEqualTo(2027);
        assertThat(vm.entry(LocalDate.of(2027, 1, 1)).orElseThrow().source()).isEqualTo(DaySource.OFFICER);
    }

    @Test
    void aRemovedDefaultDayStaysRemoved() {
        SourcedDay newYear = vm.entries().get(0);
        assertThat(newYear.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        vm.remove(newYear);
        assertThat(vm.entries()).doesNotContain(newYear);
        assertThat(vm.messageProperty().get()).contains("01/01/2026");
        assertThat(changes.get()).isEqualTo(1);
        assertThat(app.register().calculator().calendar().isWorkingDay(LocalDate.of(2026, 1, 1))).isTrue();
        vm.load();
        assertThat(vm.entry(LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(vm.basisProperty().get()).contains("bỏ 1 ngày mặc định");
    }

    @Test
    void monthGridLooksFollowTheEntriesAndTheWeekend() {
        assertThat(vm.shownMonthProperty().get()).isEqualTo(java.time.YearMonth.of(2026, 3));
        assertThat(vm.look(LocalDate.of(2026, 2, 16))).isEqualTo(CalendarViewModel.DayLook.HOLIDAY);
        assertThat(vm.look(LocalDate.of(2026, 8, 22))).isEqualTo(CalendarViewModel.DayLook.SWAPPED_WORKDAY);
        assertThat(vm.look(LocalDate.of(2026, 4, 26))).as("Sunday holiday: a weekend").isEqualTo(CalendarViewModel.DayLook.WEEKEND);
        assertThat(vm.look(LocalDate.of(2026, 3, 11))).isEqualTo(CalendarViewModel.DayLook.WORKING);
        vm.showMonth(java.time.YearMonth.of(2026, 12).plusMonths(1));
        assertThat(vm.yearProperty().get()).as("moving past December selects the next year").isEqualTo(2027);
    }
}
