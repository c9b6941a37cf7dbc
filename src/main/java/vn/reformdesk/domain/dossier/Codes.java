package vn.reformdesk.domain.dossier;

import java.util.Locale;

/**
 * Dossier and procedure codes are compared without regard to case: {@code BADX-1} and {@code badx-1} are one record
 * (typed on different days, or exported by different systems). A stored code keeps the spelling it was first
 * saved with. The database keeps the same key (V11: code_key, unique; since V15 its only unique index on codes).
 */
public final class Codes {
    private Codes() {}

    /** The code as it is compared: in lower case (Unicode rules, whatever the computer's language). */
    public static String key(String code) { return code == null ? null : code.toLowerCase(Locale.ROOT); }
}
