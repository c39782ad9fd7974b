package org.permanence.rota;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One shift of a rota: a shift template worked on {@code shiftDate} (the local date it starts), with its real
 * UTC start and end. {@code employeeId} is null while nobody is assigned; a pinned shift keeps its employee when
 * the rota is solved again.
 */
public record RotaShift(@Id Long id, long rotaId, Long employeeId, long shiftTemplateId, LocalDate shiftDate,
        Instant startsAt, Instant endsAt, boolean pinned, @Version Long version) {

    public RotaShift withId(Long newId) {
        return new RotaShift(newId, rotaId, employeeId, shiftTemplateId, shiftDate, startsAt, endsAt, pinned, version);
    }

    public RotaShift withVersion(Long newVersion) {
        return new RotaShift(id, rotaId, employeeId, shiftTemplateId, shiftDate, startsAt, endsAt, pinned, newVersion);
    }
}
