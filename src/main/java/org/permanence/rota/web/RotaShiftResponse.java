package org.permanence.rota.web;

import org.permanence.rota.RotaShift;

import java.time.Instant;
import java.time.LocalDate;

record RotaShiftResponse(long id, Long employeeId, long shiftTemplateId, LocalDate date, Instant start, Instant end,
        boolean pinned, long version) {

    static RotaShiftResponse of(RotaShift shift) {
        return new RotaShiftResponse(shift.id(), shift.employeeId(), shift.shiftTemplateId(), shift.shiftDate(),
                shift.startsAt(), shift.endsAt(), shift.pinned(), shift.version());
    }
}
