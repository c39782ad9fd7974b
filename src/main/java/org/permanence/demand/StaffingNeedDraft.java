package org.permanence.demand;

import java.time.LocalDate;
import java.time.LocalTime;

/** The editable fields of a staffing need; exactly one of {@code days} and {@code onDate} is set. */
public record StaffingNeedDraft(long skillId, DayPattern days, LocalDate onDate, LocalTime startTime,
        LocalTime endTime, int required) {
}
