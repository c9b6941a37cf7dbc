package vn.reformdesk.ui.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import vn.reformdesk.domain.calendar.CalendarPresets;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.store.Transactions;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.common.I18n;
import vn.reformdesk.ui.shell.MainWindow;

/**
 * Saves the README screenshots of the overdue board and the calendar at 1366×768 in Vietnamese and English.
 * Run on demand: {@code mvn -B -o test -Dtest=BoardScreenshotsTest -Dreformdesk.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "reformdesk.screenshots", matches = "true")
class BoardScreenshotsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 11);
    @TempDir
    static Path dir;
    AppContext ctx;
    Stage stage;
    final AtomicReference<javafx.scene.Scene> scene = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ctx = FxTest.context(dir.resolve("shots"));
        demoData(ctx);
    }

    @AfterEach
    void close() {
        I18n.setLocale(new Locale("vi"));
        ctx.close();
    }

    static void demoData(AppContext app) {
        app.register().settings().put(SettingsRepository.SAMPLE_AS_OF, AS_OF.toString());
        app.register().settings().put(SettingsRepository.UNIT_NAME, "Sở Công Thương");
        List<Procedure> procs = List.of(
                Procedure.of("2.000190", "Cấp Giấy phép bán lẻ sản phẩm rượu", AdminLevel.PROVINCE, 10, OnlineLevel.FULL),
                Procedure.of("2.000633", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu", AdminLevel.PROVINCE, 15, OnlineLevel.PARTIAL),
                Procedure.of("1.001234", "Cấp lại Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ", AdminLevel.PROVINCE, 5, OnlineLevel.FULL),
                Procedure.of("2.000123", "Đăng ký thực hiện khuyến mại", AdminLevel.PROVINCE, 3, OnlineLevel.FULL),
                Procedure.of("1.000452", "Cấp Giấy phép hoạt động điện lực", AdminLevel.PROVINCE, 7, OnlineLevel.PARTIAL),
                Procedure.of("2.001261", "Cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn hóa chất", AdminLevel.PROVINCE, 5, OnlineLevel.FULL),
                Procedure.of("2.000024", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp", AdminLevel.PROVINCE, 10, OnlineLevel.NONE));
        procs.forEach(app.register().procedures()::save);
        String[] people = {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "Công ty TNHH Thương mại Hưng Thịnh",
                "Lê Hoàng Phúc", "Công ty CP Xăng dầu Đồng Tháp", "Phạm Thị Thu Hằng", "HTX Dịch vụ Nông nghiệp Tân Phú",
                "Võ Minh Khôi", "Công ty TNHH Điện Mặt trời Sông Hậu", "Đặng Quốc Việt", "Huỳnh Thị Mỹ Duyên",
                "Công ty CP Hóa chất Miền Nam"};
        Random rnd = new Random(20260311);
        List<Dossier> out = new ArrayList<>();
        var cal = new vn.reformdesk.domain.calendar.WorkingCalendar(CalendarPresets.official2026());
        int seq = 1;
        for (LocalDate day = LocalDate.of(2026, 1, 19); !day.isAfter(AS_OF); day = day.plusDays(1)) {
            if (!cal.isWorkingDay(day)) continue;
            int n = 1 + rnd.nextInt(2);
            for (int i = 0; i < n; i++) {
                Procedure p = procs.get(rnd.nextInt(procs.size()));
                String code = String.format("H15.50.05.13-%02d%02d%02d-%04d", day.getYear() % 100, day.getMonthValue(),
                        day.getDayOfMonth(), seq++);
                Dossier d = Dossier.received(code, p.code(), people[rnd.nextInt(people.length)],
                        rnd.nextInt(10) < 8 ? Channel.ONLINE : Channel.DIRECT, day.atTime(8 + rnd.nextInt(9), rnd.nextInt(60)));
                LocalDate due = cal.plusWorkingDays(day, p.processingDays());
                int r = rnd.nextInt(100);
                if (r < 70) {
                    LocalDate resolved = cal.plusWorkingDays(day, Math.max(0, p.processingDays() - 2 + rnd.nextInt(r < 8 ? 6 : 3)));
                    if (!resolved.isAfter(AS_OF)) d = d.withResolution(resolved, Outcome.ISSUED);
                } else if (r < 75) {
                    d = d.withSupplements(List.of(new SupplementCycle(cal.plusWorkingDays(day, 1), null)));
                }
                if (!d.resolved() && due.isBefore(AS_OF) && rnd.nextBoolean()) {
                    d = d.withApology(cal.plusWorkingDays(day, Math.max(0, p.processingDays() - 1)), due.plusDays(7));
                }
                out.add(d);
            }
        }
        Transactions.inTransaction(app.database(), c -> {
            app.register().dossiers().saveAll(c, out);
            // 2026 is the shipped official calendar without any entry; one day of the province's own lies on top
            app.register().calendar().saveAll(c, List.of(vn.reformdesk.domain.calendar.CalendarDay.holiday(
                    LocalDate.of(2026, 2, 23), "Ngày nghỉ riêng của tỉnh")));
            return null;
        });
    }

    @Test
    void saveScreenshots(FxRobot robot) throws Exception {
        Path folder = Path.of("assets/screenshots");
        Files.createDirectories(folder);
        for (String lang : List.of("vi", "en")) {
            AtomicReference<MainWindow> window = new AtomicReference<>();
            AtomicReference<OverdueView> board = new AtomicReference<>();
            robot.interact(() -> {
                I18n.setLocale("en".equals(lang) ? Locale.ENGLISH : new Locale("vi"));
                MainWindow w = new MainWindow(ctx, stage);
                // Not shown: the headless screen is 1280x800; a scene snapshot renders at the scene's own size.
                scene.set(w.scene(1366, 768));
                window.set(w);
                board.set((OverdueView) w.show("overdue"));
            });
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !board.get().viewModel().loadingProperty().get());
            robot.sleep(500);
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, folder.resolve("overdue-" + lang + ".png"));
            robot.interact(() -> ((vn.reformdesk.ui.calendar.CalendarView) window.get().show("calendar")).viewModel()
                    .showMonth(java.time.YearMonth.of(2026, 2))); // Tết in the month grid
            robot.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, folder.resolve("calendar-" + lang + ".png"));
            // Not for the README: a year of generated days.
            robot.interact(() -> ((vn.reformdesk.ui.calendar.CalendarView) window.get().show("calendar"))
                    .viewModel().yearProperty().set(2027));
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, Path.of("target/calendar-2027-" + lang + ".png"));
            robot.interact(() -> ((vn.reformdesk.ui.calendar.CalendarView) window.get().show("calendar"))
                    .viewModel().yearProperty().set(2026));
            robot.interact(() -> window.get().show("settings"));
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, Path.of("target/settings-" + lang + ".png"));
        }
        assertThat(folder.resolve("calendar-en.png")).exists();
    }

    private void save(FxRobot robot, Path file) throws Exception {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        // An unshown scene gets no pulses: the first snapshot settles layout (e.g. a table placeholder), the second is kept.
        robot.interact(() -> scene.get().snapshot(null));
        robot.interact(() -> img.set(scene.get().snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", file.toFile());
    }
}
