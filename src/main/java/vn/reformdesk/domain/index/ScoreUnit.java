package vn.reformdesk.domain.index;

import java.util.Locale;

/** The unit of a framework's scores: points (PAR, Decision 766) or percent (SIPAS, at most 100). */
public enum ScoreUnit {
    POINTS, PERCENT;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static ScoreUnit parse(String s) {
        String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("%") || v.equals("percent")) return PERCENT;
        if (v.isEmpty() || v.equals("points") || v.equals("điểm")) return POINTS;
        throw new IllegalArgumentException("not a unit (use points or percent)");
    }
}
