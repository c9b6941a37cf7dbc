package vn.reformdesk.domain.deadline;

import java.time.LocalTime;

/**
 * Unit-wide deadline options.
 *
 * @param dueSoonDays  a pending dossier with at most this many working days left is "due soon" (default 2)
 * @param globalCutoff dossiers received after this hour count from the next working day (null = off, the default)
 */
public record DeadlineSettings(int dueSoonDays, LocalTime globalCutoff) {
    public static final DeadlineSettings DEFAULT = new DeadlineSettings(2, null);

    public DeadlineSettings {
        if (dueSoonDays < 0) throw new IllegalArgumentException("dueSoonDays must be >= 0");
    }
}
