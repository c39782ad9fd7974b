package org.permanence.staff;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanence.system.DisplayName;

/**
 * An employee as a client submits it; {@code version} is required to update. The payroll number is the key payroll
 * tools match on, written as is into the CSV and XLSX: ASCII letters, digits, {@code - _ . /}, starting with a
 * letter or digit (so no spreadsheet reads it as a formula, and {@code " T-001 "} cannot stand beside
 * {@code "T-001"}).
 */
public record EmployeeDraft(
        @NotBlank @Size(max = 50)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*",
                message = "must start with a letter or digit and hold only letters, digits, '-', '_', '.' and '/'")
        String payrollNumber,
        @NotBlank @Size(max = 100) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON)
        String firstName,
        @NotBlank @Size(max = 100) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON)
        String lastName,
        @Email @Size(max = 254) String email,
        @NotNull Long contractId,
        Set<@NotNull Long> skillIds,
        @NotNull LocalDate employmentStart,
        LocalDate employmentEnd,
        Long version) {
}
