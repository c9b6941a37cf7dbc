package vn.reformdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.TestDb;
import vn.reformdesk.ui.common.I18n;

class SettingsViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    SettingsViewModel vm;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        I18n.setLocale(new Locale("vi"));
        app = TestDb.context(dir);
        vm = new SettingsViewModel(app, changes::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() { app.close(); }

    @Test
    void loadsDefaults() {
        assertThat(vm.languageProperty().get()).isEqualTo("vi");
        assertThat(vm.dueSoonDaysProperty().get()).isEqualTo("2");
        assertThat(vm.cutoffProperty().get()).isEmpty();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.dataFolder()).endsWith("db");
    }

    @Test
    void dueSoonDaysMustBeAWholeNumberFrom0To30() {
        for (String ok : new String[] {"0", "2", "30", " 5 "}) assertThat(SettingsViewModel.dueSoonError(ok)).as(ok).isEmpty();
        for (String bad : new String[] {"31", "-1", "abc", "", "2,5", null}) {
            assertThat(SettingsViewModel.dueSoonError(bad)).as(String.valueOf(bad)).isEqualTo("Nhập một số nguyên từ 0 đến 30.");
        }
        vm.dueSoonDaysProperty().set("45");
        assertThat(vm.dueSoonErrorProperty().get()).isNotEmpty();
        assertThat(vm.validProperty().get()).isFalse();
        vm.dueSoonDaysProperty().set("3");
        assertThat(vm.dueSoonErrorProperty().get()).isEmpty();
    }

    @Test
    void cutoffIsHourMinuteOrEmpty() {
        for (String ok : new String[] {"", "  ", "15:00", "9:30", "23:59"}) assertThat(SettingsViewModel.cutoffError(ok)).as(ok).isEmpty();
        for (String bad : new String[] {"25:00", "15h", "15", "abc"}) assertThat(SettingsViewModel.cutoffError(bad)).as(bad).isNotEmpty();
    }

    @Test
    void invalidFormIsNotSavedAndKeepsWhatWasTyped() {
        vm.dueSoonDaysProperty().set("x");
        vm.unitNameProperty().set("Sở Công Thương");
        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Chưa lưu");
        assertThat(vm.dueSoonDaysProperty().get()).isEqualTo("x");
        assertThat(vm.unitNameProperty().get()).isEqualTo("Sở Công Thương");
        assertThat(app.register().settings().get(SettingsRepository.UNIT_NAME)).isEmpty();
        assertThat(changes.get()).isZero();
    }

    @Test
    void savesEverythingAndAppliesTheLanguageAtOnce() {
        vm.dueSoonDaysProperty().set("3");
        vm.cutoffProperty().set("9:30");
        vm.unitNameProperty().set("  Sở Công Thương  ");
        vm.unitCodeProperty().set("H15.50");
        vm.languageProperty().set("en");
        assertThat(vm.save()).isTrue();
        assertThat(app.register().deadlineSettings().dueSoonDays()).isEqualTo(3);
        assertThat(app.register().deadlineSettings().globalCutoff()).isEqualTo(LocalTime.of(9, 30));
        assertThat(vm.cutoffProperty().get()).isEqualTo("09:30");
        assertThat(app.register().settings().get(SettingsRepository.UNIT_NAME)).contains("Sở Công Thương");
        assertThat(app.register().settings().get(SettingsRepository.UNIT_CODE)).contains("H15.50");
        assertThat(new UserPreferences(dir.resolve("preferences.properties")).locale()).isEqualTo(Locale.ENGLISH);
        // the language applies at once: the message is already in English, and nothing asks for a restart
        assertThat(I18n.english()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Settings saved. Due dates have been recomputed.");
        I18n.setLocale(new Locale("vi"));
        assertThat(changes.get()).isEqualTo(1);

        vm.cutoffProperty().set("");
        vm.save();
        assertThat(app.register().deadlineSettings().globalCutoff()).isNull();
        assertThat(vm.messageProperty().get()).doesNotContain("mở lại");
    }

    @Test
    void backupsToKeepAreAWholeNumberFromOneToAHundred() {
        org.assertj.core.api.Assertions.assertThat(SettingsViewModel.backupsError("10")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(SettingsViewModel.backupsError("1")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(SettingsViewModel.backupsError("0")).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(SettingsViewModel.backupsError("ba")).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(SettingsViewModel.backupsError("101")).isNotEmpty();
    }

    @Test
    void aFieldAnotherDeskChangedMeanwhileIsNotOverwrittenUntilTheOfficerSavesAgain() {
        SettingsViewModel other = new SettingsViewModel(app, () -> { }); // a second desk's form, opened at the same time
        other.load();
        other.unitNameProperty().set("Sở Nội vụ");
        assertThat(other.save()).isTrue();

        vm.unitNameProperty().set("Sở Y tế");
        assertThat(vm.save()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Tên đơn vị hiện là “Sở Nội vụ”").startsWith("Chưa lưu");
        assertThat(vm.unitNameProperty().get()).isEqualTo("Sở Y tế"); // what was typed is kept
        assertThat(app.register().settings().get(SettingsRepository.UNIT_NAME)).contains("Sở Nội vụ");
        assertThat(changes.get()).isZero();

        assertThat(vm.save()).isTrue(); // saved again, knowingly
        assertThat(app.register().settings().get(SettingsRepository.UNIT_NAME)).contains("Sở Y tế");
        assertThat(changes.get()).isEqualTo(1);
    }

    @Test
    void fieldsTheOfficerLeftAloneAreNotWrittenOverWhatAnotherDeskSaved() {
        SettingsViewModel other = new SettingsViewModel(app, () -> { });
        other.load();
        other.unitCodeProperty().set("H15.50");
        assertThat(other.save()).isTrue();

        vm.dueSoonDaysProperty().set("5");
        assertThat(vm.save()).isTrue();
        assertThat(app.register().settings().get(SettingsRepository.UNIT_CODE)).contains("H15.50");
        assertThat(app.register().deadlineSettings().dueSoonDays()).isEqualTo(5);
        assertThat(vm.unitCodeProperty().get()).isEqualTo("H15.50"); // the form shows what the other desk saved
    }

    @Test
    void aSaveThatChangesNoStoredSettingWritesNothing() {
        long before = app.database().dataVersion();
        vm.unitNameProperty().set("  "); // blank, as stored: not set
        assertThat(vm.save()).isTrue();
        assertThat(app.database().dataVersion()).isEqualTo(before);
    }
}
