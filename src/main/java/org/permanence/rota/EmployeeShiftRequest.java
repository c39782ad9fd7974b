package org.permanence.rota;

import org.permanence.rota.domain.ShiftRequest;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/**
 * A stored wish of an employee to work ({@code ON}) or not to work ({@code OFF}) on a local date: one shift
 * template, or any shift when {@code shiftTemplateId} is null. Weighed by the solver (1 to 100).
 */
@Table("shift_request")
public record EmployeeShiftRequest(
        @Id Long id,
        @Version Long version,
        long employeeId,
        @Column("request_date") LocalDate date,
        Long shiftTemplateId,
        ShiftRequest.Kind kind,
        int weight,
        String note) {
}
