package vn.reformdesk.store;

/** A procedure cannot be deleted while dossiers are filed under it. */
public class ProcedureInUseException extends RuntimeException {
    private final String code;
    private final long dossiers;

    public ProcedureInUseException(String code, long dossiers) {
        super("Procedure " + code + " has " + dossiers + " dossiers and cannot be deleted.");
        this.code = code;
        this.dossiers = dossiers;
    }

    public String code() { return code; }

    public long dossiers() { return dossiers; }
}
