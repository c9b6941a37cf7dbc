package vn.reformdesk.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCellsTest {
    @Test
    void prefixesFormulaStartsButNotNumbers() {
        assertThat(SafeCells.text("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(SafeCells.text("+84 912")).isEqualTo("'+84 912");
        assertThat(SafeCells.text("@cmd")).isEqualTo("'@cmd");
        assertThat(SafeCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCells.text("\tx")).isEqualTo("'\tx");
        assertThat(SafeCells.text("-5")).isEqualTo("-5");
        assertThat(SafeCells.text("-1,5")).isEqualTo("-1,5");
        assertThat(SafeCells.text("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(SafeCells.text("")).isEmpty();
        assertThat(SafeCells.text(null)).isNull();
    }

    @Test
    void unescapeUndoesOnlyWhatTextAdded() {
        assertThat(SafeCells.unescape("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(SafeCells.unescape("'quoted'")).isEqualTo("'quoted'");
        assertThat(SafeCells.unescape("'")).isEqualTo("'");
        for (String s : new String[] {"=1", "+1 a", "@x", "-a", "plain"}) {
            assertThat(SafeCells.unescape(SafeCells.text(s))).isEqualTo(s);
        }
    }
}
