package org.permanence.rota.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shift type worked on a given date, with everything the constraints need precomputed once per rota.
 *
 * @param startMinute      start in minutes since the epoch (cheap arithmetic in constraints)
 * @param durationMinutes  real elapsed minutes (differs from the nominal duration across a DST change)
 * @param civilDayParts    the minutes falling on each civil day the shift touches
 * @param weekIndex        civil week of the start date (0 = the week holding the rota's first day)
 * @param touchedWeeks     civil weeks the shift has minutes in (one, or two for a shift across Sunday midnight)
 * @param weekendDay       the start date is a Saturday or a Sunday
 * @param nightMinutes     minutes inside the night window
 * @param nightShift       it has enough night minutes to count as a night shift
 * @param holidayMinutes   minutes falling on public holidays
 * @param coveredDemands   the demands a person on this shift counts towards
 * @param coveredCells     the same demands merged into {@link CoverCell}s, as the coverage constraints count them
 */
public record ShiftOccurrence(ShiftType shiftType, LocalDate date, int dayIndex, Instant start, Instant end,
                              long startMinute, long endMinute, int durationMinutes, List<CivilDayPart> civilDayParts,
                              int weekIndex, List<Integer> touchedWeeks, boolean weekendDay, int nightMinutes, boolean nightShift,
                              int holidayMinutes, List<CoverDemand> coveredDemands,
                              List<CoverCell> coveredCells) {

    public long overlapMinutes(long otherStartMinute, long otherEndMinute) {
        return Math.max(0, Math.min(endMinute, otherEndMinute) - Math.max(startMinute, otherStartMinute));
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return shiftType.getCode() + " " + date;
    }
}
