package org.permanence.planning;

import java.time.Instant;
import java.time.LocalDate;

/** An assigned shift of the latest published version of its rota: what the staff were told to work. */
public record PublishedShift(long rotaId, int versionNumber, long shiftId, long employeeId, long shiftTemplateId,
        LocalDate shiftDate, Instant startsAt, Instant endsAt) {
}
