package org.permanence.rota.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanence.system.DisplayName;

import java.time.LocalDate;

/**
 * @param version the version read, required when updating; the status and last solve a GET returned may be sent
 *                back and are ignored (publishing and solving have their own endpoints)
 */
@JsonIgnoreProperties({"status", "lastSolve"})
record RotaRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON) String name,
        @NotNull LocalDate firstDate, @NotNull LocalDate lastDate, Long version) {
}
