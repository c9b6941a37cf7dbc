package vn.reformdesk.io.exchange;

/** A package that cannot be imported (damaged, tampered, foreign or from a newer version); nothing was changed. */
public class PackageRejectedException extends RuntimeException {
    public PackageRejectedException(String reason) { super(reason); }
}
