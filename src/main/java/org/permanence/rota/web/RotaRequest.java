package org.permanence.rota.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param version the version read, required when updating */
record RotaRequest(@NotBlank @Size(max = 100) String name, @NotNull LocalDate firstDate,
        @NotNull LocalDate lastDate, Long version) {
}
