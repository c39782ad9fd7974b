package org.permanence.rota.domain;

import java.time.Instant;
import java.util.Objects;

/** An employee's availability over a time interval [start, end). */
public record Availability(Employee employee, Instant start, Instant end, AvailabilityKind kind) {

    public Availability {
        Objects.requireNonNull(employee);
        Objects.requireNonNull(kind);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Availability must end after it starts");
        }
    }

    public long startMinute() {
        return start.getEpochSecond() / 60;
    }

    public long endMinute() {
        return end.getEpochSecond() / 60;
    }
}
