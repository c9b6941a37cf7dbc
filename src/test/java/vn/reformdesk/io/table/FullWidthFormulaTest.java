package vn.reformdesk.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Full-width and small formula signs are neutralised like the ASCII ones, and given back on import. */
class FullWidthFormulaTest {
    @Test
    void fullWidthAndSmallSignsGetAnApostrophe() {
        for (String sign : new String[] {"\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\uFE62", "\uFE63"}) {
            String cell = sign + "HYPERLINK(\"http://x\")";
            assertThat(SafeCells.text(cell)).isEqualTo("'" + cell);
            assertThat(SafeCells.unescape(SafeCells.text(cell))).isEqualTo(cell);
        }
        assertThat(SafeCells.text("Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
        assertThat(SafeCells.text("-5")).isEqualTo("-5");
    }

    @Test
    void onlyAsciiDigitsAreNumbers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.nonNegativeInt("\uFF15"))
                .hasMessageContaining("digits 0-9 only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.decimal("\uFF11.5"))
                .hasMessageContaining("digits 0-9 only");
        assertThat(Values.nonNegativeLong("1.500.000")).isEqualTo(1_500_000);
        assertThat(Values.decimal("12,75")).isEqualTo(12.75);
    }
}
