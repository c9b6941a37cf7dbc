package vn.reformdesk.domain.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/** A dossier's "day" is its local date in Vietnam (UTC+7), whatever the machine's own zone. */
public final class VietnamTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}

    /** Today in Vietnam. */
    public static LocalDate today() { return LocalDate.now(ZONE); }
}
