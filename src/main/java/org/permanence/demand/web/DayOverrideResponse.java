package org.permanence.demand.web;

import org.permanence.demand.DayOverride;

import java.time.DayOfWeek;
import java.time.LocalDate;

record DayOverrideResponse(long id, LocalDate date, DayOfWeek staffedAs, String reason, long version) {

    static DayOverrideResponse of(DayOverride override) {
        return new DayOverrideResponse(override.id(), override.overrideDate(), override.staffedAs(),
                override.reason(), override.version());
    }
}
