package org.permanence.rota.domain;

/** A concrete shift of the rota: who works it and when. */
public record PlannedShift(Employee employee, ShiftOccurrence shift) {
}
