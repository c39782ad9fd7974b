package org.permanence.staff;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An availability range as a client submits it: {@code reason} is required for UNAVAILABLE and refused for the
 * other kinds. {@code version} is required to update.
 */
public record AvailabilityDraft(
        @NotNull Long employeeId,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull AvailabilityKind kind,
        UnavailabilityReason reason,
        @Size(max = 500) String note,
        Long version) {
}
