package vn.reformdesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import vn.reformdesk.cli.RootCommand;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.AppPaths;
import vn.reformdesk.service.UserPreferences;
import vn.reformdesk.store.Database;

/** A register given with --db DIR keeps its preferences, logs, backups and import mappings in DIR. */
class RegisterFolderTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultRegisterKeepsTheDataFolderLayoutAndAnotherOneKeepsEverythingInItsFolder() {
        Path home = AppPaths.home().toAbsolutePath().normalize();
        assertThat(AppPaths.registerHome(null)).isEqualTo(AppPaths.home());
        assertThat(AppPaths.registerHome(AppPaths.defaultDatabase())).isEqualTo(home);
        assertThat(AppPaths.preferencesFile(AppPaths.defaultDatabase())).isEqualTo(home.resolve("preferences.properties"));
        assertThat(AppPaths.logs(AppPaths.defaultDatabase())).isEqualTo(home.resolve("logs"));

        Path usb = dir.resolve("usb/register");
        assertThat(AppPaths.registerHome(usb)).isEqualTo(usb.toAbsolutePath());
        assertThat(AppPaths.preferencesFile(usb)).isEqualTo(usb.toAbsolutePath().resolve("preferences.properties"));
        assertThat(AppPaths.logs(usb)).isEqualTo(usb.toAbsolutePath().resolve("logs"));
    }

    @Test
    void preferencesBackupsAndMappingsOfARegisterOnAnotherFolderStayInIt() throws Exception {
        Path register = dir.resolve("register");
        CommandLine cl = RootCommand.commandLine();
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(cl.execute("sample", "--db", register.toString())).isZero();

        // as the app opens it (ReformDeskApp.start with --db)
        try (AppContext app = new AppContext(Database.open(register), UserPreferences.load(register))) {
            app.preferences().set(UserPreferences.LANGUAGE, "en");
            Path backup = BackupActions.automatic(app, false);
            assertThat(backup).isNotNull().startsWith(register.toAbsolutePath().resolve("backups"));
            assertThat(app.preferences().folder().resolve("mappings")).isEqualTo(register.toAbsolutePath().resolve("mappings"));
        }
        assertThat(register.resolve("preferences.properties")).isRegularFile();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("register"));
        }
        assertThat(UserPreferences.load(register).locale().getLanguage()).isEqualTo("en");
        assertThat(UserPreferences.load(dir.resolve("other")).locale().getLanguage()).isEqualTo("vi");
    }
}
