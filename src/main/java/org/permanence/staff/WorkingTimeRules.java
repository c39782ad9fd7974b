package org.permanence.staff;

/**
 * The working-time limits a contract imposes. Durations are in minutes; null means "no limit" where allowed.
 *
 * @param dailyMaxMinutes                most work in one civil day
 * @param minRestBetweenShiftsMinutes    least consecutive rest between two shifts
 * @param weeklyMaxMinutes               most work in one civil week
 * @param twelveWeekAverageMaxMinutes    most weekly work on average over any 12 consecutive weeks
 * @param weeklyRestMinutes              least consecutive rest once a civil week
 * @param maxWorkingDaysPerWeek          most working days in one civil week
 * @param maxConsecutiveWorkingDays      longest run of working days
 * @param minConsecutiveWorkingDays      shortest run of working days
 * @param minConsecutiveDaysOff          shortest run of days off
 * @param maxWorkedWeekendsPerPeriod     most weekends with work in a planning period, null for no limit
 * @param nightWorkAllowed               whether the employee may be given night shifts
 * @param nightWorkerDailyMaxMinutes     most work in one day for a night worker: the length of each of their shifts
 * @param nightWorkerTwelveWeekAverageMaxMinutes most weekly work of a night worker on average over any 12
 *                                       consecutive weeks
 * @param minMinutesPerPeriod            least work in a planning period, null for no minimum
 * @param maxMinutesPerPeriod            most work in a planning period, null for no maximum
 */
public record WorkingTimeRules(
        int dailyMaxMinutes,
        int minRestBetweenShiftsMinutes,
        int weeklyMaxMinutes,
        int twelveWeekAverageMaxMinutes,
        int weeklyRestMinutes,
        int maxWorkingDaysPerWeek,
        int maxConsecutiveWorkingDays,
        int minConsecutiveWorkingDays,
        int minConsecutiveDaysOff,
        Integer maxWorkedWeekendsPerPeriod,
        boolean nightWorkAllowed,
        int nightWorkerDailyMaxMinutes,
        int nightWorkerTwelveWeekAverageMaxMinutes,
        Integer minMinutesPerPeriod,
        Integer maxMinutesPerPeriod) {
}
