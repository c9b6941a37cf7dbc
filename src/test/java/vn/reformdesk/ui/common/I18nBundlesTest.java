package vn.reformdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every feature bundle exists in Vietnamese and English with the same keys and no empty text. */
class I18nBundlesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        int found = 0;
        for (String name : I18n.BUNDLES) {
            Properties vi = load("/i18n/" + name + ".properties");
            Properties en = load("/i18n/" + name + "_en.properties");
            assertThat(vi == null).as("bundle %s: both languages or neither", name).isEqualTo(en == null);
            if (vi == null) continue;
            found++;
            assertThat(en.stringPropertyNames()).as("keys of %s_en vs %s", name, name)
                    .containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
            vi.forEach((k, v) -> assertThat(v.toString()).as("%s: %s", name, k).isNotBlank());
            en.forEach((k, v) -> assertThat(v.toString()).as("%s_en: %s", name, k).isNotBlank());
        }
        assertThat(found).isGreaterThan(0);
    }

    /** Words that give away English or a code name left in a Vietnamese text (matched with word edges). */
    static final java.util.List<String> TELL_TALE = java.util.List.of("the", "and", "Message", "Error", "Warning",
            "Information", "Confirmation", "status", "null", "true", "false", "WORKING", "CALENDAR", "Record",
            "Cancel", "Save", "Loading", "Settings", "Exception");
    /** Vietnamese texts that must name English words: the spellings an imported file may use, said as such. */
    static final java.util.Set<String> ACCEPTED = java.util.Set.of("imports.msg.notYesNo");

    @Test
    void vietnameseTextsHoldNoEnglishOrCodeNames() throws IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String name : I18n.BUNDLES) {
            Properties vi = load("/i18n/" + name + ".properties");
            if (vi == null) continue;
            for (String key : vi.stringPropertyNames()) {
                if (ACCEPTED.contains(key)) continue;
                String value = vi.getProperty(key);
                for (String word : TELL_TALE) {
                    if (java.util.regex.Pattern.compile("(?<![\\p{L}_.])" + java.util.regex.Pattern.quote(word)
                            + "(?![\\p{L}_])").matcher(value).find()) {
                        found.add(name + ": " + key + " = " + value + "  (" + word + ")");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishSwitches() {
        I18n.setLocale(new java.util.Locale("vi"));
        assertThat(I18n.t("status.overdue")).isEqualTo("Quá hạn");
        I18n.setLocale(java.util.Locale.ENGLISH);
        assertThat(I18n.t("status.overdue")).isEqualTo("Overdue");
        I18n.setLocale(new java.util.Locale("vi"));
    }

    @Test
    void numbersAndDatesUseVietnameseConventions() {
        assertThat(Fmt.count(10732)).isEqualTo("10.732");
        assertThat(Fmt.number(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(Fmt.date(java.time.LocalDate.of(2026, 2, 17))).isEqualTo("17/02/2026");
        assertThat(Fmt.percent(null)).isEqualTo(I18n.t("common.noData"));
        assertThat(Fmt.percent(0.99925)).isEqualTo("99,9 %");
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(path)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
