package vn.reformdesk.domain.index;

import java.util.Objects;

/**
 * An index framework (PAR, SIPAS, Decision 766 or one the officer made): its code, names, unit and how
 * parents aggregate children. Its components live in {@link FrameworkVersion}s.
 */
public record Framework(long id, String code, String nameVi, String nameEn, ScoreUnit unit, Aggregation aggregation,
                        int currentVersion, String note) {
    public static final String PAR = "par";
    public static final String PAR_DEPARTMENT = "par_department";
    public static final String SIPAS = "sipas";
    public static final String SERVICE_766 = "service766";

    public Framework {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("a framework code is 1–64 lower-case letters, digits or _ (" + code + ")");
        }
        Objects.requireNonNull(unit, "unit");
        if (aggregation == null) aggregation = Aggregation.SUM;
        if (nameVi == null || nameVi.isBlank()) nameVi = code;
        if (nameEn == null || nameEn.isBlank()) nameEn = nameVi;
    }

    public String name(boolean english) { return english ? nameEn : nameVi; }

    public Framework withCurrentVersion(int v) {
        return new Framework(id, code, nameVi, nameEn, unit, aggregation, v, note);
    }

    public Framework withId(long newId) {
        return new Framework(newId, code, nameVi, nameEn, unit, aggregation, currentVersion, note);
    }
}
