package org.permanence.demand.web;

import org.permanence.demand.DayPattern;
import org.permanence.demand.ShiftTemplate;

import java.time.LocalTime;
import java.util.Set;
import java.util.TreeSet;

record ShiftTemplateResponse(long id, String name, String code, LocalTime startTime, int durationMinutes,
        LocalTime endTime, long skillId, DayPattern days, Set<Long> forbiddenSuccessorIds, long version) {

    static ShiftTemplateResponse of(ShiftTemplate template) {
        return new ShiftTemplateResponse(template.id(), template.name(), template.code(), template.startTime(),
                template.durationMinutes(), template.startTime().plusMinutes(template.durationMinutes()),
                template.skillId(), template.days(), new TreeSet<>(template.forbiddenSuccessorIds()),
                template.version());
    }
}
