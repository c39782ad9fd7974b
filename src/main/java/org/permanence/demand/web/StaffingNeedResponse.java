package org.permanence.demand.web;

import org.permanence.demand.DayPattern;
import org.permanence.demand.StaffingNeed;

import java.time.LocalDate;
import java.time.LocalTime;

record StaffingNeedResponse(Long id, long skillId, DayPattern days, LocalDate onDate, LocalTime startTime,
        LocalTime endTime, int required, Long version) {

    static StaffingNeedResponse of(StaffingNeed need) {
        return new StaffingNeedResponse(need.id(), need.skillId(), need.days(), need.onDate(), need.startTime(),
                need.endTime(), need.required(), need.version());
    }
}
