package vn.reformdesk.io;

/** Progress of a long import or export. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction done so far in [0, 1], or -1 when it cannot be told
     * @param message  short English phase name ("reading", "writing")
     */
    void progress(double fraction, String message);
}
