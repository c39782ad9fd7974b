package org.permanence.demand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date staffed as if it were another day of the week, e.g. a public holiday staffed like a Sunday.
 */
public record DayOverride(@Id Long id, LocalDate overrideDate, DayOfWeek staffedAs, String reason,
        @Version Long version) {

    public DayOverride withId(Long newId) {
        return new DayOverride(newId, overrideDate, staffedAs, reason, version);
    }

    public DayOverride withVersion(Long newVersion) {
        return new DayOverride(id, overrideDate, staffedAs, reason, newVersion);
    }
}
