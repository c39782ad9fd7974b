package org.permanence.rota.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An employee's wish to work ({@link Kind#ON}) or not to work ({@link Kind#OFF}) on a date, either a given shift type
 * or, when {@code shiftType} is {@code null}, any shift.
 */
public record ShiftRequest(Employee employee, LocalDate date, ShiftType shiftType, Kind kind, int weight) {

    public enum Kind { ON, OFF }

    public ShiftRequest {
        Objects.requireNonNull(employee);
        Objects.requireNonNull(date);
        Objects.requireNonNull(kind);
        if (weight < 0) {
            throw new IllegalArgumentException("Request weight must not be negative");
        }
    }

    /** Whether the planned shift type (or {@code null} for a day off) grants this request. */
    public boolean isGrantedBy(ShiftType planned) {
        boolean matches = shiftType == null ? planned != null : shiftType == planned;
        return kind == Kind.ON ? matches : !matches;
    }
}
