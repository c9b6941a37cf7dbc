package vn.reformdesk.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;

/** One supplementation request (yêu cầu bổ sung) and, once it arrived, the supplement. */
public record SupplementCycle(LocalDate requestedOn, LocalDate receivedOn) {
    public SupplementCycle {
        Objects.requireNonNull(requestedOn, "requestedOn");
        if (receivedOn != null && receivedOn.isBefore(requestedOn)) {
            throw new IllegalArgumentException("supplement received before it was requested");
        }
    }

    public boolean open() { return receivedOn == null; }
}
