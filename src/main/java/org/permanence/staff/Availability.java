package org.permanence.staff;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;

/** A time range in which an employee is unavailable, or prefers not to or wishes to work. */
public record Availability(
        @Id Long id,
        @Version Long version,
        Long employeeId,
        @Column("start_time") Instant start,
        @Column("end_time") Instant end,
        AvailabilityKind kind,
        UnavailabilityReason reason,
        String note) {
}
