package vn.reformdesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.reformdesk.io.exchange.ExchangeService;
import vn.reformdesk.io.exchange.TrustedUnits;
import vn.reformdesk.io.exchange.UnitKey;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.SettingsRepository;
import vn.reformdesk.support.FxTest;
import vn.reformdesk.ui.shell.MainWindow;

/** The data exchange screen shows this unit's key fingerprint and the registered units with theirs. */
@ExtendWith(ApplicationExtension.class)
class DataExchangeScreenTest {
    @TempDir
    Path dir;
    AppContext ctx;
    MainWindow window;

    @Start
    void start(Stage stage) {
        ctx = FxTest.context(dir.resolve("department"));
        window = FxTest.openMainWindow(ctx, stage);
    }

    @AfterEach
    void close() { ctx.close(); }

    @Test
    void showsThisUnitsFingerprintAndTheRegisteredUnits(FxRobot robot) throws Exception {
        Path keyFile = dir.resolve("xa.rdkey");
        String communeFingerprint;
        try (Database commune = Database.open(dir.resolve("commune"))) {
            new SettingsRepository(commune).put(SettingsRepository.UNIT_CODE, "XA-TANPHU");
            new SettingsRepository(commune).put(SettingsRepository.UNIT_NAME, "UBND xã Tân Phú");
            communeFingerprint = new ExchangeService(commune).writePublicKey(keyFile);
        }
        new TrustedUnits(ctx.database()).register(TrustedUnits.readKeyFile(keyFile), LocalDateTime.of(2026, 11, 23, 9, 0));
        String own = UnitKey.fingerprint(new ExchangeService(ctx.database()).unitKey().publicKey());

        robot.interact(() -> window.show("conflicts"));
        Label fingerprint = robot.lookup("#own-fingerprint").queryAs(Label.class);
        TableView<?> units = robot.lookup("#trusted-units").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> own.equals(fingerprint.getText()) && units.getItems().size() == 1);
        TrustedUnits.Unit unit = (TrustedUnits.Unit) units.getItems().get(0);
        assertThat(unit.code()).isEqualTo("XA-TANPHU");
        assertThat(unit.name()).isEqualTo("UBND xã Tân Phú");
        assertThat(unit.fingerprint()).isEqualTo(communeFingerprint).matches("([0-9A-F]{4} ){9}[0-9A-F]{4}");
        assertThat(robot.lookup("Trao đổi dữ liệu").tryQuery()).isPresent();
    }
}
