package vn.reformdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whole numbers in messages are grouped 1.234 in both languages; choice patterns still get numbers. */
class I18nNumbersTest {
    private final Locale before = I18n.locale();

    @AfterEach
    void restore() { I18n.setLocale(before); }

    @Test
    void countsInMessagesAreGroupedAsElsewhereInEnglishToo() {
        I18n.setLocale(Locale.ENGLISH);
        assertThat(I18n.t("status.summary", "30/09/2026", 29_716, 455, 65_937L))
                .isEqualTo("As of 30/09/2026: 29.716 dossiers overdue, 455 due soon, 65.937 needing an apology letter.");
        assertThat(I18n.t("overdue.daysLate", 3)).isEqualTo("3 days late");
        assertThat(I18n.t("overdue.daysLeft", 1)).isEqualTo("1 day left");
        I18n.setLocale(new Locale("vi"));
        assertThat(I18n.t("status.summary", "30/09/2026", 29_716, 455, 65_937L)).contains("29.716").contains("65.937");
    }
}
