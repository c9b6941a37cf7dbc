package vn.reformdesk.io.exchange;

/** A package that cannot be imported (damaged, tampered, foreign or from a newer version); nothing was changed. */
public class PackageRejectedException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public PackageRejectedException(String reason) { this(reason, null); }

    /** With the reason's key in the exchange bundle ({@code exchange.reason.KEY}), so the screens tell it in their language. */
    public PackageRejectedException(String reason, String key, Object... args) {
        super(reason);
        this.key = key;
        this.args = args;
    }

    /** The reason's key, or null when the reason exists only as the English message. */
    public String key() { return key; }

    public Object[] args() { return args.clone(); }
}
