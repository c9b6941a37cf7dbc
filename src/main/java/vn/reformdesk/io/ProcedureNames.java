package vn.reformdesk.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.mapping.Headings;

/**
 * Spreadsheets kept by hand or exported by the one-stop system often name a dossier's procedure instead of giving
 * its code. Read through a column mapping, a procedure's exact name (case, diacritics and punctuation aside)
 * stands for its code; a name two procedures share stays unknown rather than picking one.
 */
final class ProcedureNames {
    private ProcedureNames() {}

    static Map<String, String> codesByName(List<Procedure> procedures) {
        Map<String, String> out = new HashMap<>();
        for (Procedure p : procedures) {
            String key = Headings.key(p.name());
            out.merge(key, p.code(), (a, b) -> ""); // "" marks a shared name
        }
        return out;
    }

    /** The code for {@code value} when it is a procedure's name; else {@code value} itself. */
    static String code(Map<String, String> codesByName, String value) {
        String code = codesByName.get(Headings.key(value));
        return code == null || code.isEmpty() ? value : code;
    }
}
