package org.permanence.demand.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.permanence.demand.DayPattern;
import org.permanence.demand.StaffingNeed;
import org.permanence.demand.StaffingNeedDraft;
import org.permanence.system.WholeMinute;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Give {@code days} for a weekly pattern row or {@code onDate} for one date. An end time not after the start
 * time ends the next day.
 *
 * @param version the version read, required when updating
 */
record StaffingNeedRequest(
        @NotNull Long skillId,
        DayPattern days,
        LocalDate onDate,
        @NotNull @WholeMinute LocalTime startTime,
        @NotNull @WholeMinute LocalTime endTime,
        @NotNull @Min(0) @Max(StaffingNeed.MAX_REQUIRED) Integer required,
        Long version) {

    StaffingNeedDraft toDraft() {
        return new StaffingNeedDraft(skillId, days, onDate, startTime, endTime, required);
    }
}
