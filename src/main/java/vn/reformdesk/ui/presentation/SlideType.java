package vn.reformdesk.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kinds of slide a deck is made of, in their default order. */
public enum SlideType {
    TITLE, COUNTERS, OVERDUE, FORM_06A, INDEX_766, INDEX_PAR, INDEX_SIPAS, TRENDS, RANKS, UNITS_DEPARTMENTS,
    UNITS_COMMUNES;

    /** The provincial slides: the ranking of units, in a deck only when the database holds units to rank. */
    public static final List<SlideType> UNIT_SLIDES = List.of(UNITS_DEPARTMENTS, UNITS_COMMUNES);

    public String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public String titleKey() { return "presentation.slide." + code(); }

    public static SlideType fromCode(String code) {
        for (SlideType t : values()) if (t.code().equals(code.trim())) return t;
        throw new IllegalArgumentException("no slide type " + code);
    }

    /** "title,counters,…" → the types in that order (unknown codes skipped). */
    public static List<SlideType> parseList(String text) {
        List<SlideType> out = new ArrayList<>();
        if (text == null) return out;
        for (String s : text.split(",")) {
            if (s.isBlank()) continue;
            try {
                SlideType t = fromCode(s);
                if (!out.contains(t)) out.add(t);
            } catch (IllegalArgumentException e) {
                // a slide type of another version: skipped
            }
        }
        return out;
    }

    public static String format(List<SlideType> types) {
        return String.join(",", types.stream().map(SlideType::code).toList());
    }
}
