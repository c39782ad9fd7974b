package org.permanence.planning.web;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;

/** Bodies of the draft edits; {@code version} is the rota version the edit was made from. */
final class EditRequests {

    private EditRequests() {
    }

    /**
     * Null fields stay as they are; {@code unassign: true} leaves the shift open; {@code start}/{@code end} (UTC
     * instants, as the shift is shown) give the shift its own times.
     */
    record ChangeShift(Long version, Long employeeId, Boolean unassign, Long shiftTemplateId, Boolean pinned,
            Instant start, Instant end) {
    }

    record AddShift(Long version, Long employeeId, @NotNull Long shiftTemplateId, @NotNull LocalDate date,
            Boolean pinned) {
    }
}
