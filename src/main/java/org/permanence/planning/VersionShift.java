package org.permanence.planning;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A shift as it was published; {@code shiftId} is the draft shift it was copied from. */
@Table("rota_version_shift")
public record VersionShift(long shiftId, Long employeeId, long shiftTemplateId, LocalDate shiftDate,
        Instant startsAt, Instant endsAt) {
}
