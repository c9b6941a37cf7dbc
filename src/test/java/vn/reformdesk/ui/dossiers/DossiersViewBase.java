package vn.reformdesk.ui.dossiers;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.stage.Stage;
import javafx.stage.Window;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.shell.MainWindow;

/** The dossiers screen in the main window on a fresh register, for the screen's TestFX tests. */
@ExtendWith(ApplicationExtension.class)
abstract class DossiersViewBase {
    private static final AtomicInteger RUN = new AtomicInteger();
    @TempDir
    static Path dir;
    AppContext ctx;
    MainWindow window;
    Procedure threeDays;

    /** Called by each test class's {@code @Start} (TestFX looks for it on the test class itself). */
    void open(Stage stage) {
        ctx = FxTest.context(dir.resolve("dossiers-" + RUN.incrementAndGet()));
        threeDays = ctx.register().procedures().save(Procedure.of("1.001234", "Cấp Giấy phép bán lẻ sản phẩm rượu",
                AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.root().getScene().getWindow())
                .toList().forEach(Window::hide));
        ctx.close();
    }

    DossiersView show(FxRobot robot, int rows) throws Exception {
        DossiersView view = load(robot, rows);
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    DossiersView load(FxRobot robot, int rows) throws Exception {
        DossiersView[] v = new DossiersView[1];
        robot.interact(() -> {
            v[0] = (DossiersView) window.show("dossiers");
            v[0].refresh(); // data was written after the window opened
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> v[0].viewModel().loaded() && v[0].table().getItems().size() == rows);
        return v[0];
    }

    /** Received Monday 2 March 2026, 3 working days: due Thursday 5 March; looked at as of 10 March. */
    void seedOne() {
        ctx.register().settings().put(SettingsRepository.SAMPLE_AS_OF, "2026-03-10");
        ctx.register().dossiers().save(Dossier.received("HS-260302-0001", "1.001234", "Trần Thị Bích", Channel.DIRECT,
                LocalDateTime.of(2026, 3, 2, 9, 0)));
    }

}
