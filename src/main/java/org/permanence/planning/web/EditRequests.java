package org.permanence.planning.web;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Bodies of the draft edits; {@code version} is the rota version the edit was made from. */
final class EditRequests {

    private EditRequests() {
    }

    /** Null fields stay as they are; {@code unassign: true} leaves the shift open. */
    record ChangeShift(Long version, Long employeeId, Boolean unassign, Long shiftTemplateId, Boolean pinned) {
    }

    record AddShift(Long version, Long employeeId, @NotNull Long shiftTemplateId, @NotNull LocalDate date,
            Boolean pinned) {
    }
}
