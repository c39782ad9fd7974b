package org.permanence.demand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of shift: starts at a local time and lasts a nominal number of minutes, possibly past midnight, for people
 * with one skill, on the {@code days} of the week it names (null: every day). The templates in
 * {@code forbiddenSuccessors} may not be worked on the day after this one.
 */
public record ShiftTemplate(@Id Long id, String name, String code, LocalTime startTime, int durationMinutes,
        long skillId, DayPattern days,
        @MappedCollection(idColumn = "shift_template_id") Set<ForbiddenSuccessor> forbiddenSuccessors,
        @Version Long version) {

    public ShiftTemplate {
        forbiddenSuccessors = forbiddenSuccessors == null ? Set.of() : Set.copyOf(forbiddenSuccessors);
    }

    public ShiftTemplate withId(Long newId) {
        return new ShiftTemplate(newId, name, code, startTime, durationMinutes, skillId, days, forbiddenSuccessors,
                version);
    }

    public ShiftTemplate withVersion(Long newVersion) {
        return new ShiftTemplate(id, name, code, startTime, durationMinutes, skillId, days, forbiddenSuccessors,
                newVersion);
    }

    public Set<Long> forbiddenSuccessorIds() {
        return forbiddenSuccessors.stream().map(ForbiddenSuccessor::successorId).collect(Collectors.toSet());
    }

    /** Whether the template is worked on {@code date}'s day of the week. */
    public boolean workedOn(LocalDate date) {
        return days == null || days.includes(date.getDayOfWeek());
    }

    /** Real start of this shift on {@code date} in the helpline zone. */
    public Instant startOn(LocalDate date, ZoneId zone) {
        return date.atTime(startTime).atZone(zone).toInstant();
    }

    /**
     * Real end of this shift started on {@code date}: the local end time resolved in the zone, so a 23:00–07:00
     * night lasts 7 h or 9 h on the nights the clocks change.
     */
    public Instant endOn(LocalDate date, ZoneId zone) {
        return date.atTime(startTime).plusMinutes(durationMinutes).atZone(zone).toInstant();
    }
}
