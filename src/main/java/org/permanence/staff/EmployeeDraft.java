package org.permanence.staff;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An employee as a client submits it; {@code version} is required to update. */
public record EmployeeDraft(
        @NotBlank @Size(max = 50) String payrollNumber,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @NotNull Long contractId,
        Set<@NotNull Long> skillIds,
        @NotNull LocalDate employmentStart,
        LocalDate employmentEnd,
        Long version) {
}
