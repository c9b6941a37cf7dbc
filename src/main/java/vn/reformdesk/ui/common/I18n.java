package vn.reformdesk.ui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated texts. Each feature keeps its own bundle pair under {@code i18n/} — {@code NAME.properties}
 * (Vietnamese, the default) and {@code NAME_en.properties} — so features are translated independently;
 * a test checks that both languages of every bundle have the same keys.
 */
public final class I18n {
    /** Every feature bundle; a name without a file yet is skipped. */
    public static final List<String> BUNDLES = List.of("common", "procedures", "dossiers", "overdue", "calendar",
            "imports", "settings", "sample", "scores", "charts", "reports", "dashboard", "presentation", "backup",
            "exchange", "audit", "indexcharts", "report06a", "help", "units");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Locale locale = new Locale("vi");
    private static volatile List<ResourceBundle> bundles = load(locale);

    private I18n() {}

    public static Locale locale() { return locale; }

    public static boolean english() { return "en".equals(locale.getLanguage()); }

    public static void setLocale(Locale newLocale) {
        locale = "en".equals(newLocale.getLanguage()) ? Locale.ENGLISH : new Locale("vi");
        bundles = load(locale);
    }

    public static List<ResourceBundle> load(Locale l) {
        Locale bundleLocale = "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        List<ResourceBundle> out = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                out.add(ResourceBundle.getBundle("i18n/" + name, bundleLocale, NO_FALLBACK));
            } catch (MissingResourceException e) {
                // the feature has no texts yet
            }
        }
        return out;
    }

    /** The text for {@code key}, with {0}-style arguments filled in; the key itself if it is missing. */
    public static String t(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                if (args.length == 0) return pattern;
                MessageFormat format = new MessageFormat(pattern.replace("'", "''"), locale);
                return format.format(wholeNumbersAsCounts(format, args));
            }
        }
        return key;
    }

    /**
     * Whole numbers in messages are grouped as everywhere else in the app (10.732), in English too: MessageFormat
     * grouped them by the language ("29,716" in the English status line beside "200.000" on the same screen).
     */
    private static Object[] wholeNumbersAsCounts(MessageFormat format, Object[] args) {
        java.text.Format[] own = format.getFormatsByArgumentIndex(); // null where the pattern says plain {n}
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            boolean plain = i >= own.length || own[i] == null;
            if (plain && (out[i] instanceof Integer || out[i] instanceof Long || out[i] instanceof Short)) {
                out[i] = Fmt.count(((Number) out[i]).longValue());
            }
        }
        return out;
    }
}
