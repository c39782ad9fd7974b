package org.permanence.payroll;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A time entry as a client submits it: {@code absenceKind} is required for an ABSENCE and refused for WORKED.
 * {@code version} is required to update. What only the service sets (its status, the published shift it was imported
 * from) is ignored, so an entry read can be sent back changed.
 */
@JsonIgnoreProperties({"status", "rotaId", "rotaVersion", "publishedShiftId", "plannedStart", "plannedEnd"})
public record TimeEntryDraft(
        @NotNull Long employeeId,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull TimeEntryKind kind,
        AbsenceKind absenceKind,
        @Size(max = 500) String note,
        Long version) {
}
