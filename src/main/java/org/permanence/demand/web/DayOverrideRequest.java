package org.permanence.demand.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** @param staffedAs the day of the week whose pattern applies on {@code date} */
record DayOverrideRequest(@NotNull LocalDate date, @NotNull DayOfWeek staffedAs, @Size(max = 200) String reason,
        Long version) {
}
