package vn.reformdesk.io;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * What an import file holds. Each kind names its importer, so adding one (e.g. scores) is one constant here:
 * the CLI, the UI menu and {@link Importer} dispatch through this enum.
 */
public enum ImportKind {
    PROCEDURES(ProcedureImport::new, ".csv", ".xlsx"),
    DOSSIERS(DossierImport::new, ".csv", ".xlsx"),
    /** Days added on top of the default days off (a province's own day, a worked Saturday). */
    CALENDAR(() -> new CalendarImport(false), ".csv", ".xlsx", ".ics"),
    /** The file's years replace the defaults and the officer's days of those years whole (an official announcement). */
    CALENDAR_YEARS(() -> new CalendarImport(true), ".csv", ".xlsx", ".ics"),
    /** Index scores (scores.csv): imported by {@link vn.reformdesk.io.scores.ScoresImporter}. */
    SCORES(null, ".csv", ".xlsx"),
    /** The province's units (units.csv: code, name, kind, parent_code). */
    UNITS(UnitImport::new, ".csv", ".xlsx");

    private final Supplier<TableImport<?>> factory;
    private final String[] extensions;

    ImportKind(Supplier<TableImport<?>> factory, String... extensions) {
        this.factory = factory;
        this.extensions = extensions;
    }

    /** Lower-case name used on the command line and in file names ("dossiers"). */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** File name endings the kind reads (".csv", ".xlsx", ".ics"). */
    public String[] extensions() { return extensions.clone(); }

    TableImport<?> newImport() { return factory.get(); }

    public static ImportKind fromCode(String code) {
        for (ImportKind k : values()) {
            if (k.code().equalsIgnoreCase(code.trim())) return k;
        }
        throw new IllegalArgumentException("unknown import kind '" + code + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(ImportKind::code).toList()) + ")");
    }
}
