package vn.reformdesk.domain.procedure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the lower-case codes that files and the database use for enums ("province", "on_time"). */
public final class CodeEnums {
    private CodeEnums() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) throw new IllegalArgumentException("empty");
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected one of " + codes(type));
        }
    }

    public static <E extends Enum<E>> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    public static String code(Enum<?> e) { return e == null ? null : e.name().toLowerCase(Locale.ROOT); }
}
