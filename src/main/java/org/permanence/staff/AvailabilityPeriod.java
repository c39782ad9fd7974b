package org.permanence.staff;

import java.time.Instant;

/** One availability range of one employee; {@code reason} is set only for UNAVAILABLE. */
public record AvailabilityPeriod(
        long id, long employeeId, Instant start, Instant end, AvailabilityKind kind, UnavailabilityReason reason) {
}
