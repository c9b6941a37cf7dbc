package vn.reformdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.mapping.MappingStore;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.support.PortalFiles;
import vn.reformdesk.support.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.shell.MainWindow;

@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("import-dialog-" + System.nanoTime()));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void importsAProceduresFileAndShowsTheSummary(FxRobot robot) throws Exception {
        Path file = dir.resolve("procedures.csv");
        Files.writeString(file, "code,name,field,level,processing_days,online_level,fee_vnd,paper_result,section\n"
                + "1.001,Đăng ký kết hôn,Hộ tịch,commune,5,full,0,có,Tư pháp\n"
                + "1.002,Cấp giấy phép xây dựng,Xây dựng,province,15,partial,150000,không,\n");
        ImportDialog dialog = WaitForAsyncUtils.asyncFx(() -> ImportActions.open(window, ImportKind.PROCEDURES))
                .get(5, TimeUnit.SECONDS);
        robot.interact(() -> dialog.viewModel().chooseFile(file));
        TableView<?> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(2);
        assertThat(preview.getColumns()).hasSize(9);

        robot.clickOn("#import-run");
        for (int i = 0; i < 100 && robot.lookup("#import-summary").queryAs(Label.class).getText().isEmpty(); i++) {
            robot.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("Đã nhập xong: 2 thêm mới, 0 cập nhật, 0 không đổi, 0 bị loại.");
        assertThat(ctx.register().procedures().count()).isEqualTo(2);
        assertThat(robot.lookup("#import-close").queryAs(Button.class).isDisabled()).isFalse();
        snapshot(dialog, "import-dialog-vi.png");
    }

    @Test
    void showsEveryProblemAndWritesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("bad-procedures.csv");
        Files.writeString(file, "code,name,level,processing_days,online_level\n"
                + "1.001,Đăng ký kết hôn,city,5,full\n1.002,Khai sinh,commune,-2,full\n");
        ImportDialog dialog = WaitForAsyncUtils.asyncFx(() -> ImportActions.open(window, ImportKind.PROCEDURES))
                .get(5, TimeUnit.SECONDS);
        robot.interact(() -> dialog.viewModel().chooseFile(file));
        robot.clickOn("#import-run");
        for (int i = 0; i < 100 && robot.lookup("#import-summary").queryAs(Label.class).getText().isEmpty(); i++) {
            robot.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).startsWith("Không nhập gì cả: tệp có 2 lỗi");
        assertThat(robot.lookup("#import-problems").queryAs(TextArea.class).getText().lines()).containsExactly(
                "bad-procedures.csv:2: cột level: phải là một trong: province, district, commune (city)",
                "bad-procedures.csv:3: cột processing_days: phải từ 0 trở lên (-2)");
        assertThat(ctx.register().procedures().count()).isZero();
        snapshot(dialog, "import-dialog-problems-vi.png");
    }

    /** A portal export: suggested mapping shown, a word corrected, imported, the mapping remembered. */
    @Test
    void readsAPortalExportThroughTheSuggestedMappingCorrectedByTheOfficer(FxRobot robot) throws Exception {
        ProcedureRepository procedures = new ProcedureRepository(ctx.database());
        procedures.save(Procedure.of("1.001", "Đăng ký kết hôn", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
        procedures.save(Procedure.of("1.002", "Cấp giấy phép xây dựng", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL));
        Path file = PortalFiles.dossiersXlsx(dir.resolve("ho-so-thang-10.xlsx"), true);
        ImportDialog dialog = WaitForAsyncUtils.asyncFx(() -> ImportActions.open(window, ImportKind.DOSSIERS))
                .get(5, TimeUnit.SECONDS);
        robot.interact(() -> dialog.viewModel().chooseFile(file));

        TableView<?> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(3);
        assertThat(preview.getColumns().get(3).getText()).isEqualTo("Hình thức nộp");
        assertThat(robot.lookup("#import-heading-line").queryAs(ComboBox.class).getValue()).isEqualTo(7);
        assertThat(robot.lookup("#import-mapping-message").queryAs(Label.class).getText())
                .isEqualTo("Tiêu đề cột ở dòng 7; 7 cột sẽ được nhập.");

        robot.clickOn("Giá trị");
        TableView<?> words = robot.lookup("#import-words").queryAs(TableView.class);
        assertThat(words.getItems()).hasSize(6); // 3 channels, 3 statuses
        assertThat(robot.lookup("? (chưa rõ: sẽ báo lỗi)").tryQuery()).isPresent();
        Screenshots.write(dialog.stage().getScene().getRoot(), "import-mapping-words-vi.png");
        robot.interact(() -> dialog.viewModel().mapping().words().stream().filter(w -> w.word().equals("Fax"))
                .findFirst().orElseThrow().codeProperty().set("postal"));
        robot.clickOn("Cột trong tệp");
        assertThat(robot.lookup("#import-columns").queryAs(TableView.class).getItems()).hasSize(10);
        Screenshots.write(dialog.stage().getScene().getRoot(), "import-mapping-columns-vi.png");

        robot.clickOn("#import-run");
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.getText()).isEqualTo("Đã nhập xong: 3 thêm mới, 0 cập nhật, 0 không đổi, 0 bị loại.");
        assertThat(new DossierRepository(ctx.database()).findByCode("D-002").orElseThrow().channel()).isEqualTo(Channel.POSTAL);
        assertThat(new MappingStore(ctx.preferences().folder().resolve("mappings")).all())
                .extracting(m -> m.name()).containsExactly("ho-so-thang-10");
        robot.clickOn("Xem trước");
        assertThat(robot.lookup("#import-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex()).isZero();
        Screenshots.write(dialog.stage().getScene().getRoot(), "import-mapping-vi.png");
    }

    /** Saves a PNG of the dialog under target/ for a look (not the README screenshots). */
    private static void snapshot(ImportDialog dialog, String name) throws IOException {
        var image = WaitForAsyncUtils.asyncFx(() -> dialog.stage().getScene().getRoot().snapshot(null, null));
        try {
            BufferedImage img = SwingFXUtils.fromFXImage(image.get(5, TimeUnit.SECONDS), null);
            Path out = Path.of("target", "screenshots", name);
            Files.createDirectories(out.getParent());
            ImageIO.write(img, "png", out.toFile());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
