package vn.reformdesk.domain.procedure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Parses the lower-case codes that files and the database use for enums ("province", "on_time"). */
public final class CodeEnums {
    private CodeEnums() {}

    /** Each enum's constants by their exact code: the database's values take this path, without case folding. */
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new HashMap<>();
            for (Object e : type.getEnumConstants()) byCode.put(code((Enum<?>) e), (Enum<?>) e);
            return byCode;
        }
    };

    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) throw new IllegalArgumentException("empty");
        Enum<?> exact = BY_CODE.get(type).get(code);
        if (exact != null) return type.cast(exact);
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

    /** Each enum's codes by ordinal, folded once: writing a million dossiers asked for them three times a row. */
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (Object e : constants) codes[((Enum<?>) e).ordinal()] = ((Enum<?>) e).name().toLowerCase(Locale.ROOT);
            return codes;
        }
    };

    public static String code(Enum<?> e) { return e == null ? null : CODES.get(e.getDeclaringClass())[e.ordinal()]; }
}
