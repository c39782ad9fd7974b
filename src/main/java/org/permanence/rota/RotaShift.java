package org.permanence.rota;

import org.permanence.demand.ShiftTemplate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One shift of a rota: a shift template worked on {@code shiftDate} (the local date it starts), with its real
 * UTC start and end. {@code employeeId} is null while nobody is assigned; a pinned shift keeps its employee when
 * the rota is solved again. Its times are its template's on that date unless a manager set them by hand.
 */
public record RotaShift(@Id Long id, long rotaId, Long employeeId, long shiftTemplateId, LocalDate shiftDate,
        Instant startsAt, Instant endsAt, boolean pinned, @Version Long version) {

    /** True when a manager gave this shift other times than its template's on its date. */
    public boolean isHandTimed(ShiftTemplate template, ZoneId zone) {
        return !startsAt.equals(template.startOn(shiftDate, zone)) || !endsAt.equals(template.endOn(shiftDate, zone));
    }

    public RotaShift withId(Long newId) {
        return new RotaShift(newId, rotaId, employeeId, shiftTemplateId, shiftDate, startsAt, endsAt, pinned, version);
    }

    public RotaShift withVersion(Long newVersion) {
        return new RotaShift(id, rotaId, employeeId, shiftTemplateId, shiftDate, startsAt, endsAt, pinned, newVersion);
    }
}
