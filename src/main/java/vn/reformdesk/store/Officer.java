package vn.reformdesk.store;

import java.util.Objects;

import vn.reformdesk.domain.procedure.CodeEnums;

/**
 * An officer on a server: a PostgreSQL login, the unit it works for and its role. On one PC (H2) there is none: the
 * one user is the home unit's officer.
 */
public record Officer(String login, String unitCode, Role role, String fullName) {
    /** What a login may do (enforced by the database's row-level security on a server, V10.1). */
    public enum Role {
        /** Reads and writes its own unit's records. */
        OFFICER,
        /** Reads every unit's records (the provincial service centre, the Department of Home Affairs); writes none. */
        REVIEWER,
        /** Reads and writes every unit's records and manages units and officers. */
        ADMIN;

        public String code() { return CodeEnums.code(this); }

        public static Role fromCode(String code) { return CodeEnums.parse(Role.class, code); }
    }

    public Officer {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        if (role == Role.OFFICER && unitCode == null) throw new IllegalArgumentException("an officer needs a unit");
    }

    /** Whether this login may change the records of {@code unit}. */
    public boolean mayWrite(String unit) {
        return role == Role.ADMIN || (role == Role.OFFICER && unitCode.equals(unit));
    }

    /** Whether this login may read the records of {@code unit}. */
    public boolean mayRead(String unit) { return role != Role.OFFICER || unitCode.equals(unit); }
}
