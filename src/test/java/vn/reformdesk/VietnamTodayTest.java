package vn.reformdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "Today" is Vietnam's today everywhere (domain/calendar/VietnamTime): a PC left on another zone must not show a
 * dashboard, a scores year or a report's date a day off from the figures, which are stored by Vietnam's day.
 */
class VietnamTodayTest {
    /** A clock read in the machine's own zone: {@code now()} with no zone, or the machine's zone named. */
    private static final Pattern MACHINE_CLOCK = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Year|YearMonth)\\.now\\(\\s*\\)|ZoneId\\.systemDefault\\(\\)");

    @Test
    void theAppReadsTodayInVietnam() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (MACHINE_CLOCK.matcher(lines.get(i)).find()) found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        // An .ics all-day date is read back in the zone it was built in (IcsCalendarReader): not a clock.
        found.removeIf(line -> line.contains("IcsCalendarReader.java"));
        assertThat(found).isEmpty();
    }
}
