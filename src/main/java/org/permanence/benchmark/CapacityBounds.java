package org.permanence.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the contracts of an instance allow against what its cover asks for, and the lower bound on the penalty that
 * follows: no roster can beat it, so a gap that remains above it is the solver's, and one near it is the instance's.
 * <ul>
 * <li><b>Weekend shifts:</b> an employee works at most two shifts on each of their {@code maxWeekends} weekends (and
 * none on a fixed day off), so cover asked for beyond that on Saturdays and Sundays stays short.</li>
 * <li><b>Minutes:</b> nobody works beyond their maximum total, so minutes of cover beyond the sum of the maxima stay
 * short, each short person at most one longest shift; and everyone works at least their minimum, so minutes beyond
 * what cover asks for are worked over it, each person over at most one longest shift.</li>
 * <li><b>Shift types:</b> an employee works a type at most its maximum (and not on a fixed day off).</li>
 * </ul>
 * The people short on the weekend, on minutes and per type may be the same people, so the bound on people short is
 * the largest of the three, each at the smallest under weight; people over come on top at the smallest over weight.
 */
public record CapacityBounds(long weekendShiftCapacity, long weekendShiftsRequired, long maxMinutes,
                             long minMinutes, long minutesRequired, Map<String, Long> shortTypeCapacity,
                             Map<String, Long> shortTypeRequired, long peopleShortAtLeast, long peopleOverAtLeast,
                             long penaltyAtLeast) {

    public CapacityBounds {
        shortTypeCapacity = Map.copyOf(shortTypeCapacity);
        shortTypeRequired = Map.copyOf(shortTypeRequired);
    }

    public static CapacityBounds of(Instance instance) {
        long weekendCapacity = 0;
        long maxMinutes = 0;
        long minMinutes = 0;
        for (Instance.Staff staff : instance.staff()) {
            long weekendDaysAvailable = 0;
            for (int day = 0; day < instance.horizon(); day++) {
                if (instance.isWeekendDay(day) && !instance.daysOffOf(staff.id()).contains(day)) {
                    weekendDaysAvailable++;
                }
            }
            weekendCapacity += Math.min(weekendDaysAvailable,
                    2L * Math.min(staff.maxWeekends(), instance.weekends()));
            maxMinutes += staff.maxTotalMinutes();
            minMinutes += staff.minTotalMinutes();
        }
        long weekendRequired = 0;
        long minutesRequired = 0;
        Map<String, Long> requiredPerType = new LinkedHashMap<>();
        int leastUnderWeight = Integer.MAX_VALUE;
        int leastOverWeight = Integer.MAX_VALUE;
        for (Instance.Cover cover : instance.cover()) {
            if (instance.isWeekendDay(cover.day())) {
                weekendRequired += cover.requirement();
            }
            minutesRequired += (long) cover.requirement() * instance.shiftType(cover.shiftTypeId()).lengthMinutes();
            requiredPerType.merge(cover.shiftTypeId(), (long) cover.requirement(), Long::sum);
            leastUnderWeight = Math.min(leastUnderWeight, cover.underWeight());
            leastOverWeight = Math.min(leastOverWeight, cover.overWeight());
        }
        Map<String, Long> shortCapacity = new LinkedHashMap<>();
        Map<String, Long> shortRequired = new LinkedHashMap<>();
        long typeShortfall = 0;
        for (Instance.ShiftType type : instance.shiftTypes()) {
            long capacity = 0;
            for (Instance.Staff staff : instance.staff()) {
                capacity += Math.min(staff.maxShiftsOf(type.id()),
                        instance.horizon() - instance.daysOffOf(staff.id()).size());
            }
            long required = requiredPerType.getOrDefault(type.id(), 0L);
            if (capacity < required) {
                shortCapacity.put(type.id(), capacity);
                shortRequired.put(type.id(), required);
                typeShortfall += required - capacity;
            }
        }
        int longestShift = instance.shiftTypes().stream().mapToInt(Instance.ShiftType::lengthMinutes).max().orElse(1);
        long peopleShort = Math.max(typeShortfall, Math.max(weekendRequired - weekendCapacity,
                ceilDiv(minutesRequired - maxMinutes, longestShift)));
        long peopleOver = ceilDiv(minMinutes - minutesRequired, longestShift);
        long penalty = instance.cover().isEmpty() ? 0
                : peopleShort * leastUnderWeight + peopleOver * leastOverWeight;
        return new CapacityBounds(weekendCapacity, weekendRequired, maxMinutes, minMinutes, minutesRequired,
                shortCapacity, shortRequired, peopleShort, peopleOver, penalty);
    }

    /** Zero for a dividend of zero or less: no shortfall. */
    private static long ceilDiv(long dividend, long divisor) {
        return dividend <= 0 ? 0 : (dividend + divisor - 1) / divisor;
    }
}
