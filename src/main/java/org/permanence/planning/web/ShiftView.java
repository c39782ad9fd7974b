package org.permanence.planning.web;

import org.permanence.rota.RotaShift;

import java.time.Instant;
import java.time.LocalDate;

record ShiftView(long id, Long employeeId, long shiftTemplateId, LocalDate date, Instant start, Instant end,
        boolean pinned) {

    static ShiftView of(RotaShift shift) {
        return shift == null ? null : new ShiftView(shift.id(), shift.employeeId(), shift.shiftTemplateId(),
                shift.shiftDate(), shift.startsAt(), shift.endsAt(), shift.pinned());
    }
}
