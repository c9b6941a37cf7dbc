package vn.reformdesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.calendar.CalendarViewModel.DefaultsMode;
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

    @Test
    void opensOnTheAsOfYearAndOffersDefaultsWhenItIsEmpty() {
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.entries()).isEmpty();
        assertThat(vm.offerDefaultsProperty().get()).isTrue();
        vm.declineDefaults();
        assertThat(vm.offerDefaultsProperty().get()).isFalse();
        vm.load();
        assertThat(vm.offerDefaultsProperty().get()).as("declined stays declined").isFalse();
    }

    @Test
    void defaultsFor2026AreTheOfficialCalendar() {
        int written = vm.applyDefaults(DefaultsMode.ADD_MISSING);
        assertThat(written).isEqualTo(CalendarPresets.official2026().size());
        assertThat(vm.entries()).containsExactlyElementsOf(CalendarPresets.official2026());
        assertThat(vm.offerDefaultsProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("chính thức năm 2026");
        assertThat(changes.get()).isEqualTo(1);
        // 22/08/2026 is a Saturday worked in exchange for Monday 31/08
        assertThat(app.register().calculator().calendar().isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(app.register().calculator().calendar().isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    }

    @Test
    void generatedDefaultsForAnotherYearIncludeTet() {
        vm.yearProperty().set(2027);
        assertThat(vm.offerDefaultsProperty().get()).isTrue();
        vm.applyDefaults(DefaultsMode.ADD_MISSING);
        // Tết Đinh Mùi: 6 Feb 2027, so the last day of the lunar year (5 Feb) and 6–9 Feb are in the list
        assertThat(vm.entries()).extracting(CalendarDay::date)
                .contains(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 1, 1));
        assertThat(vm.messageProperty().get()).contains("âm lịch");
    }

    @Test
    void addMissingKeepsOwnEntriesAndReplaceRestoresTheDefaults() {
        vm.applyDefaults(DefaultsMode.ADD_MISSING);
        int defaults = vm.entries().size();
        app.register().calendar().save(CalendarDay.holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch (sửa)"));
        app.register().calendar().save(CalendarDay.workday(LocalDate.of(2026, 3, 14), "Làm bù thử"));
        vm.load();
        assertThat(vm.defaultsNeedConfirmation()).isTrue();

        assertThat(vm.applyDefaults(DefaultsMode.ADD_MISSING)).isZero();
        assertThat(vm.entries()).hasSize(defaults + 1)
                .contains(CalendarDay.holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch (sửa)"));

        assertThat(vm.applyDefaults(DefaultsMode.REPLACE)).isEqualTo(defaults);
        assertThat(vm.entries()).containsExactlyElementsOf(CalendarPresets.official2026());
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
        assertThat(vm.entries()).containsExactly(CalendarDay.holiday(LocalDate.of(2026, 3, 10), "Ngày nghỉ đột xuất"));
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
        assertThat(CalendarViewModel.hasNoEffect(vm.entries().get(0))).isTrue();

        vm.newDateProperty().set(LocalDate.of(2026, 3, 13));
        assertThat(vm.addWarningProperty().get()).contains("đã có trong lịch (Ngày làm bù)");
    }

    @Test
    void addingADayOfAnotherYearShowsThatYear() {
        vm.newDateProperty().set(LocalDate.of(2027, 1, 1));
        vm.add();
        assertThat(vm.yearProperty().get()).isEqualTo(2027);
        assertThat(vm.entries()).hasSize(1);
    }

    @Test
    void removeDeletesTheDay() {
        vm.applyDefaults(DefaultsMode.ADD_MISSING);
        CalendarDay first = vm.entries().get(0);
        vm.remove(first);
        assertThat(vm.entries()).doesNotContain(first);
        assertThat(app.register().calendar().findAll()).doesNotContain(first);
        assertThat(vm.messageProperty().get()).contains("01/01/2026");
        assertThat(changes.get()).isEqualTo(2);
    }

    @Test
    void monthGridLooksFollowTheEntriesAndTheWeekend() {
        assertThat(vm.shownMonthProperty().get()).isEqualTo(java.time.YearMonth.of(2026, 3));
        vm.applyDefaults(DefaultsMode.ADD_MISSING);
        assertThat(vm.look(LocalDate.of(2026, 2, 16))).isEqualTo(CalendarViewModel.DayLook.HOLIDAY);
        assertThat(vm.look(LocalDate.of(2026, 8, 22))).isEqualTo(CalendarViewModel.DayLook.SWAPPED_WORKDAY);
        assertThat(vm.look(LocalDate.of(2026, 4, 26))).as("Sunday holiday: a weekend").isEqualTo(CalendarViewModel.DayLook.WEEKEND);
        assertThat(vm.look(LocalDate.of(2026, 3, 11))).isEqualTo(CalendarViewModel.DayLook.WORKING);
        vm.showMonth(java.time.YearMonth.of(2026, 12).plusMonths(1));
        assertThat(vm.yearProperty().get()).as("moving past December selects the next year").isEqualTo(2027);
    }
}
