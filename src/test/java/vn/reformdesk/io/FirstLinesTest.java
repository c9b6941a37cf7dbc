package vn.reformdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FirstLinesTest {
    @Test
    void behavesLikeAMapOfFirstLines() {
        FirstLines lines = new FirstLines();
        Map<Object, Long> reference = new HashMap<>();
        Random r = new Random(7);
        String[] alphabet = {"H", "1", "5", ".", "-", "Đ", "ệ", "a", "€", "\uD83D\uDE00", "é", ""};
        for (long line = 2; line < 200_000; line++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(6);
            for (int k = 0; k < len; k++) sb.append(alphabet[r.nextInt(alphabet.length)]);
            String key = sb.toString();
            assertThat(lines.putIfAbsent(key, line)).as(key).isEqualTo(reference.putIfAbsent(key, line));
        }
        assertThat(lines.size()).isEqualTo(reference.size());
    }

    @Test
    void equalHashCodesAndLookAlikesAreDifferentKeys() {
        FirstLines lines = new FirstLines();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(lines.putIfAbsent("Aa", 2)).isNull();
        assertThat(lines.putIfAbsent("BB", 3)).isNull();
        assertThat(lines.putIfAbsent("Aa", 4)).isEqualTo(2L);
        assertThat(lines.putIfAbsent("BB", 5)).isEqualTo(3L);
        // the same bytes read as Latin-1 or as UTF-16 are not the same text
        assertThat(lines.putIfAbsent("\u0041\u0042", 6)).isNull(); // "AB"
        assertThat(lines.putIfAbsent("\u4142", 7)).isNull();
        assertThat(lines.putIfAbsent("ÿ", 8)).isNull();
        assertThat(lines.putIfAbsent("\u00ff", 9)).isEqualTo(8L);
        assertThat(lines.putIfAbsent("", 10)).isNull();
        assertThat(lines.putIfAbsent("", 11)).isEqualTo(10L);
    }

    @Test
    void keysThatAreNotTextAreKeptToo() {
        FirstLines lines = new FirstLines();
        assertThat(lines.putIfAbsent(LocalDate.of(2026, 1, 1), 2)).isNull();
        assertThat(lines.putIfAbsent(LocalDate.of(2026, 1, 1), 3)).isEqualTo(2L);
        assertThat(lines.putIfAbsent("2026-01-01", 4)).isNull();
        assertThat(lines.size()).isEqualTo(2);
    }

    @Test
    void aMillionCodesStayExact() {
        FirstLines lines = new FirstLines();
        for (int i = 0; i < 1_000_000; i++) assertThat(lines.putIfAbsent("H15.50.07-260930-" + i, i + 2L)).isNull();
        for (int i = 0; i < 1_000_000; i += 997) assertThat(lines.putIfAbsent("H15.50.07-260930-" + i, 0)).isEqualTo(i + 2L);
        assertThat(lines.putIfAbsent("H15.50.07-260930-1000000", 0)).isNull();
    }
}
