package org.permanence.demand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How many people with one skill must be on duty between two local times. Either a weekly pattern row
 * ({@code days} set) or a row for one date ({@code onDate} set, e.g. a public holiday with explicit counts): the
 * date rows of a skill replace its weekly pattern on that date. An end time not after the start time means the
 * slot ends on the next day (23:00–07:00).
 */
public record StaffingNeed(@Id Long id, long skillId, DayPattern days, LocalDate onDate, LocalTime startTime,
        LocalTime endTime, int required, @Version Long version) {

    /** The most people one row may ask for. */
    public static final int MAX_REQUIRED = 1000;

    public StaffingNeed withId(Long newId) {
        return new StaffingNeed(newId, skillId, days, onDate, startTime, endTime, required, version);
    }

    public StaffingNeed withVersion(Long newVersion) {
        return new StaffingNeed(id, skillId, days, onDate, startTime, endTime, required, newVersion);
    }

    public boolean crossesMidnight() {
        return !endTime.isAfter(startTime);
    }

    public static StaffingNeed weekly(long skillId, DayPattern days, LocalTime start, LocalTime end, int required) {
        return new StaffingNeed(null, skillId, days, null, start, end, required, null);
    }

    public static StaffingNeed onDate(long skillId, LocalDate date, LocalTime start, LocalTime end, int required) {
        return new StaffingNeed(null, skillId, null, date, start, end, required, null);
    }
}
