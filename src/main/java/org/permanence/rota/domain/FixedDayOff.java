package org.permanence.rota.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A day the employee must not work; the rota pins it as a day off. */
public record FixedDayOff(Employee employee, LocalDate date) {

    public FixedDayOff {
        Objects.requireNonNull(employee);
        Objects.requireNonNull(date);
    }
}
