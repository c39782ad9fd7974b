package org.permanence.planning.web;

import org.permanence.planning.VersionShift;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published shift with the field names of a draft shift and of {@code /api/me/shifts}; {@code shiftId} is the draft
 * shift it was published from, the id a swap proposal names.
 */
record VersionShiftView(long shiftId, Long employeeId, long shiftTemplateId, LocalDate date, Instant start,
        Instant end) {

    static VersionShiftView of(VersionShift shift) {
        return new VersionShiftView(shift.shiftId(), shift.employeeId(), shift.shiftTemplateId(), shift.shiftDate(),
                shift.startsAt(), shift.endsAt());
    }
}
