package vn.reformdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.io.ImportCancelledException;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.ImportReport;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.ui.common.I18n;

/** The dialog's logic without controls or a toolkit thread. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void english() { I18n.setLocale(Locale.ENGLISH); }

    @AfterAll
    static void back() { I18n.setLocale(new Locale("vi")); }

    @Test
    void previewReadsTheFirstRowsOnly() throws Exception {
        Path f = dir.resolve("calendar.csv");
        StringBuilder sb = new StringBuilder("Date,Kind,Name\n");
        for (int i = 1; i <= 50; i++) sb.append("2026-03-").append(String.format("%02d", 1 + i % 28)).append(",holiday,Ngày ").append(i).append('\n');
        Files.writeString(f, sb);
        boolean[] changed = {false};
        ImportViewModel vm = new ImportViewModel(null, () -> changed[0] = true);
        vm.kind.set(ImportKind.CALENDAR);
        vm.chooseFile(f);
        assertThat(vm.previewHeader).containsExactly("date", "kind", "name");
        assertThat(vm.previewRows).hasSize(ImportViewModel.PREVIEW_ROWS);
        assertThat(vm.previewRows.get(0)).containsExactly("2026-03-02", "holiday", "Ngày 1");
        assertThat(vm.canImport().get()).isTrue();

        vm.chooseFile(dir.resolve("missing.csv"));
        assertThat(vm.previewMessage.get()).startsWith("Cannot read the file");
    }

    @Test
    void outcomeTexts() {
        boolean[] changed = {false};
        ImportViewModel vm = new ImportViewModel(null, () -> changed[0] = true);
        vm.finished(new ImportReport(ImportKind.DOSSIERS, 3, 1, 2, 1,
                List.of(new ImportProblem("d.csv", 4, "channel", "expected one of direct, online, postal", "fax")),
                dir.resolve("d.rejects.csv"), true));
        assertThat(vm.summary.get()).startsWith("Import done: 3 added, 1 updated, 2 unchanged, 1 rejected.")
                .contains("d.rejects.csv");
        assertThat(vm.problems.get()).isEqualTo("d.csv:4: column channel: expected one of direct, online, postal (fax)");
        assertThat(changed[0]).isTrue();

        vm.failed(new ImportCancelledException());
        assertThat(vm.summary.get()).isEqualTo("Cancelled. Nothing was written to the database.");
        assertThat(vm.running.get()).isFalse();
    }
}
