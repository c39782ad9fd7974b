package org.permanence.payroll;

import java.time.Instant;

import org.permanence.payroll.rules.TimePeriod;
import org.permanence.payroll.rules.TimeKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;

/**
 * A stretch of an employee's actual time. An entry imported from a published shift keeps the shift's reference
 * (rota, published version, shift) and its planned times, so later edits show as ADJUSTED.
 */
public record TimeEntry(
        @Id Long id,
        @Version Long version,
        Long employeeId,
        @Column("start_time") Instant start,
        @Column("end_time") Instant end,
        TimeEntryKind kind,
        AbsenceKind absenceKind,
        TimeEntryStatus status,
        Long rotaId,
        Integer rotaVersion,
        Long publishedShiftId,
        Instant plannedStart,
        Instant plannedEnd,
        String note) {

    TimePeriod period() {
        TimeKind timeKind = kind == TimeEntryKind.WORKED ? TimeKind.WORKED : absenceKind.timeKind();
        return new TimePeriod(start, end, timeKind);
    }
}
