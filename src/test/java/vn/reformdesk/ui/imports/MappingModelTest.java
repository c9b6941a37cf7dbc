package vn.reformdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.mapping.MappingStore;
import vn.reformdesk.support.PortalFiles;
import vn.reformdesk.ui.common.I18n;

/** The import screen's mapping logic without controls: suggestion, correction, preview, remembering. */
class MappingModelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void vietnamese() { I18n.setLocale(new Locale("vi")); }

    @AfterAll
    static void back() { I18n.setLocale(new Locale("vi")); }

    ImportViewModel vm(MappingStore store) {
        ImportViewModel vm = new ImportViewModel(null, () -> { });
        vm.mappings(store);
        vm.kind.set(ImportKind.DOSSIERS);
        return vm;
    }

    MappingModel.ColumnRow column(MappingModel m, String heading) {
        return m.columns.stream().filter(c -> c.heading().equals(heading)).findFirst().orElseThrow();
    }

    MappingModel.WordRow word(MappingModel m, String w) {
        return m.words.stream().filter(c -> c.word().equals(w)).findFirst().orElseThrow();
    }

    @Test
    void suggestsTheHeadingRowColumnsAndWordsAndPreviewsTheRowsAsTheyWillBeRead() throws Exception {
        Path f = PortalFiles.dossiersXlsx(dir.resolve("ho-so-thang-10.xlsx"), true);
        ImportViewModel vm = vm(new MappingStore(dir.resolve("mappings")));
        vm.chooseFile(f);
        MappingModel m = vm.mapping;
        assertThat(vm.mapped.get()).isTrue();
        assertThat(m.headingLine.get()).isEqualTo(7);
        assertThat(m.name.get()).isEqualTo("ho-so-thang-10");
        assertThat(column(m, "Mã hồ sơ").columnProperty().get()).isEqualTo("code");
        assertThat(column(m, "Ngày hẹn trả").columnProperty().get()).isNull();
        assertThat(column(m, "Ngày tiếp nhận").sample()).isEqualTo("45572.395833333336");
        assertThat(m.message.get()).isEqualTo("Tiêu đề cột ở dòng 7; 7 cột sẽ được nhập.");

        assertThat(vm.previewHeader).containsExactly("Mã", "Mã hoặc tên thủ tục", "Người nộp", "Hình thức nộp",
                "Ngày tiếp nhận", "Ngày có kết quả", "Kết quả giải quyết");
        assertThat(vm.previewRows).hasSize(3); // the row of column numbers is not data
        assertThat(vm.previewRows.get(0)).containsExactly("D-001", "Đăng ký kết hôn", "Nguyễn Văn An", "Trực tuyến",
                "2024-10-07T09:30", "2024-10-10", "Đã trả kết quả");
        assertThat(vm.previewRows.get(1)).containsExactly("D-002", "Đăng ký kết hôn", "Trần Thị Bình", "Fax",
                "2024-10-08", "", "");

        assertThat(word(m, "Trực tuyến").codeProperty().get()).isEqualTo("online");
        assertThat(word(m, "Đang xử lý").codeProperty().get()).isEmpty();
        assertThat(word(m, "Fax").codeProperty().get()).isNull();
        assertThat(m.words).hasSize(6).noneMatch(w -> w.word().startsWith("("));
        word(m, "Fax").codeProperty().set("postal");
        assertThat(vm.previewRows.get(1).get(3)).isEqualTo("Bưu chính");

        column(m, "Tên tổ chức, cá nhân").columnProperty().set(null);
        assertThat(vm.previewHeader).doesNotContain("Người nộp");
        column(m, "Mã hồ sơ").columnProperty().set(null);
        assertThat(m.message.get()).isEqualTo("Tiêu đề cột ở dòng 7; chưa chọn cột cho: Mã. Chọn ở thẻ \"Cột trong tệp\".");
        column(m, "STT").columnProperty().set("code");
        assertThat(vm.previewRows.get(0).get(0)).isEqualTo("1");
    }

    @Test
    void anotherHeadingLineCanBeChosen() throws Exception {
        Path f = PortalFiles.dossiersCsv(dir.resolve("so.csv"));
        ImportViewModel vm = vm(null);
        vm.chooseFile(f);
        assertThat(vm.mapping.headingLine.get()).isEqualTo(4);
        assertThat(vm.mapping.headingLines()).startsWith(1, 2, 3, 4, 5);
        vm.mapping.headingLine.set(1);
        assertThat(vm.mapping.message.get()).contains("chưa chọn cột cho");
        vm.mapping.headingLine.set(4);
        assertThat(vm.mapping.message.get()).isEqualTo("Tiêu đề cột ở dòng 4; 7 cột sẽ được nhập.");
    }

    @Test
    void theMappingSavedAfterAnImportIsUsedForTheNextFileOfTheSameShape() throws Exception {
        MappingStore store = new MappingStore(dir.resolve("mappings"));
        ImportViewModel vm = vm(store);
        vm.chooseFile(PortalFiles.dossiersXlsx(dir.resolve("thang-10.xlsx"), true));
        word(vm.mapping, "Fax").codeProperty().set("postal");
        vm.mapping.name.set("Một cửa tỉnh");
        vm.mapping.saveIfUseful();
        assertThat(store.all()).extracting(x -> x.name()).containsExactly("Một cửa tỉnh");

        ImportViewModel next = vm(store);
        next.chooseFile(PortalFiles.dossiersXlsx(dir.resolve("thang-11.xlsx"), true));
        assertThat(next.mapping.name.get()).isEqualTo("Một cửa tỉnh");
        assertThat(word(next.mapping, "Fax").codeProperty().get()).isEqualTo("postal");

        ImportViewModel ours = vm(store);
        java.nio.file.Files.writeString(dir.resolve("dossiers.csv"), "code,procedure_code,channel,received_at\nD1,1.001,online,2024-10-01\n");
        ours.chooseFile(dir.resolve("dossiers.csv"));
        assertThat(ours.previewRows).containsExactly(List.of("D1", "1.001", "Trực tuyến", "2024-10-01"));
        ours.mapping.saveIfUseful(); // our own header: nothing to remember
        assertThat(store.all()).hasSize(1);
    }
}
