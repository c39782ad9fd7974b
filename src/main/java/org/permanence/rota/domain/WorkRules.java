package org.permanence.rota.domain;

import java.util.Map;

/**
 * The working-time rules of one employee's contract. A maximum of {@link #NO_MAXIMUM} or a minimum of 0 switches
 * the rule off. Durations are minutes.
 *
 * @param nightWorkerAverageWeeklyMaxMinutes a night worker's weekly minutes on average over {@code averagingWeeks}
 * @param contractMinutesPerWeek the contract's weekly hours; the rota aims at this, prorated over the period
 * @param maxShiftsPerType       maximum number of shifts of a type (by code) in the period; absent code = no maximum
 */
public record WorkRules(
        int minRestMinutes,
        int dailyMaxMinutes,
        int weeklyMaxMinutes,
        int averageWeeklyMaxMinutes,
        int averagingWeeks,
        int weeklyRestMinutes,
        int maxWorkingDaysPerWeek,
        int maxConsecutiveWorkingDays,
        int minConsecutiveWorkingDays,
        int minConsecutiveDaysOff,
        int maxWorkedWeekends,
        boolean nightWorkAllowed,
        int nightWorkerDailyMaxMinutes,
        int nightWorkerAverageWeeklyMaxMinutes,
        int minTotalMinutes,
        int maxTotalMinutes,
        int contractMinutesPerWeek,
        Map<String, Integer> maxShiftsPerType) {

    public static final int NO_MAXIMUM = Integer.MAX_VALUE;

    public WorkRules {
        maxShiftsPerType = Map.copyOf(maxShiftsPerType);
        if (averagingWeeks < 1) {
            throw new IllegalArgumentException("averagingWeeks must be at least 1");
        }
    }

    /** French Labour Code defaults (docs: domain.md §2) for a contract of the given weekly minutes. */
    public static WorkRules frenchLabourCode(int contractMinutesPerWeek) {
        return new WorkRules(11 * 60, 10 * 60, 48 * 60, 44 * 60, 12, 35 * 60, 6, 6, 0, 0, NO_MAXIMUM,
                false, 8 * 60, 40 * 60, 0, NO_MAXIMUM, contractMinutesPerWeek, Map.of());
    }

    /** No rule at all: the starting point of rule sets that are not labour law (e.g. the public benchmark). */
    public static WorkRules unrestricted() {
        return new WorkRules(0, NO_MAXIMUM, NO_MAXIMUM, NO_MAXIMUM, 1, 0, NO_MAXIMUM, NO_MAXIMUM, 0, 0, NO_MAXIMUM,
                true, NO_MAXIMUM, NO_MAXIMUM, 0, NO_MAXIMUM, 0, Map.of());
    }

    public int maxShiftsOf(ShiftType shiftType) {
        return maxShiftsPerType.getOrDefault(shiftType.getTemplateCode(), NO_MAXIMUM);
    }

    public WorkRules withMinRestMinutes(int value) {
        return new WorkRules(value, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes, averagingWeeks,
                weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
                minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed, nightWorkerDailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withDailyMaxMinutes(int value) {
        return new WorkRules(minRestMinutes, value, weeklyMaxMinutes, averageWeeklyMaxMinutes, averagingWeeks,
                weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
                minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed, nightWorkerDailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withWeeklyMaxMinutes(int value) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, value, averageWeeklyMaxMinutes, averagingWeeks,
                weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
                minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed, nightWorkerDailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withAverageWeeklyMax(int minutes, int overWeeks) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, minutes, overWeeks,
                weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
                minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed, nightWorkerDailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withWeeklyRestMinutes(int value) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, value, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
                minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed, nightWorkerDailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withMaxWorkingDaysPerWeek(int value) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, weeklyRestMinutes, value, maxConsecutiveWorkingDays, minConsecutiveWorkingDays,
                minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed, nightWorkerDailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withConsecutiveDays(int maxWorking, int minWorking, int minOff) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, weeklyRestMinutes, maxWorkingDaysPerWeek, maxWorking, minWorking, minOff,
                maxWorkedWeekends, nightWorkAllowed, nightWorkerDailyMaxMinutes, nightWorkerAverageWeeklyMaxMinutes,
                minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek, maxShiftsPerType);
    }

    public WorkRules withMaxWorkedWeekends(int value) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, value, nightWorkAllowed, nightWorkerDailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withNightWork(boolean allowed, int dailyMaxMinutes) {
        return new WorkRules(minRestMinutes, this.dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWorkedWeekends, allowed, dailyMaxMinutes,
                nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withNightWorkerAverageWeeklyMaxMinutes(int value) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed,
                nightWorkerDailyMaxMinutes, value, minTotalMinutes, maxTotalMinutes, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withTotalMinutes(int min, int max) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed,
                nightWorkerDailyMaxMinutes, nightWorkerAverageWeeklyMaxMinutes, min, max, contractMinutesPerWeek,
                maxShiftsPerType);
    }

    public WorkRules withMaxShiftsPerType(Map<String, Integer> value) {
        return new WorkRules(minRestMinutes, dailyMaxMinutes, weeklyMaxMinutes, averageWeeklyMaxMinutes,
                averagingWeeks, weeklyRestMinutes, maxWorkingDaysPerWeek, maxConsecutiveWorkingDays,
                minConsecutiveWorkingDays, minConsecutiveDaysOff, maxWorkedWeekends, nightWorkAllowed,
                nightWorkerDailyMaxMinutes, nightWorkerAverageWeeklyMaxMinutes, minTotalMinutes, maxTotalMinutes,
                contractMinutesPerWeek, value);
    }
}
