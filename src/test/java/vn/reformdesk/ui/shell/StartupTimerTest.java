package vn.reformdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupTimerTest {
    @Test
    void theLineIsTheOneTheTimingScriptReads() {
        long now = System.currentTimeMillis();
        String line = StartupTimer.line(now - 200, now);
        // installer/startup-time.sh takes the two numbers after "window shown" and "dashboard figures"
        assertThat(line).matches("startup: window shown \\d+ ms, dashboard figures \\d+ ms after process start"
                + " \\(after JVM start: \\d+ ms, \\d+ ms; CPU -?\\d+ ms\\)");
        long shown = Long.parseLong(line.replaceAll(".*window shown (\\d+) ms.*", "$1"));
        long figures = Long.parseLong(line.replaceAll(".*dashboard figures (\\d+) ms.*", "$1"));
        assertThat(figures - shown).isEqualTo(200);
        assertThat(figures).isPositive();
    }
}
