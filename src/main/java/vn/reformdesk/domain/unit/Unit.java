package vn.reformdesk.domain.unit;

import java.util.Objects;

/**
 * A unit of a province that keeps its own register: a department (sở), a district, a commune or ward.
 * The code is the portal's unit code (the first part of its dossier codes, e.g. {@code H15.50.05.13}).
 */
public record Unit(String code, String name, UnitKind kind, String parentCode) {
    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (code.isBlank()) throw new IllegalArgumentException("empty unit code");
    }
}
