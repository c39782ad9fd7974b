package org.permanence.rota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.permanence.rota.domain.ShiftRequest;

import java.time.LocalDate;

/**
 * A shift request as a client submits it: no {@code shiftTemplateId} means any shift, no {@code weight} means 1.
 * {@code version} is required to update.
 */
public record ShiftRequestDraft(
        @NotNull Long employeeId,
        @NotNull LocalDate date,
        Long shiftTemplateId,
        @NotNull ShiftRequest.Kind kind,
        @Min(1) @Max(100) Integer weight,
        @Size(max = 500) String note,
        Long version) {

    public static final int DEFAULT_WEIGHT = 1;

    int weightOrDefault() {
        return weight == null ? DEFAULT_WEIGHT : weight;
    }
}
