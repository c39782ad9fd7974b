package org.permanence.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-time rules a new contract gets for each rule the request leaves out. Defaults are the French
 * Labour Code figures; a helpline bound by another agreement changes them under
 * {@code permanence.contract-defaults.*}.
 */
@ConfigurationProperties("permanence.contract-defaults")
public record ContractDefaults(
        @DefaultValue("600") int dailyMaxMinutes,
        @DefaultValue("660") int minRestBetweenShiftsMinutes,
        @DefaultValue("2880") int weeklyMaxMinutes,
        @DefaultValue("2640") int twelveWeekAverageMaxMinutes,
        @DefaultValue("2100") int weeklyRestMinutes,
        @DefaultValue("6") int maxWorkingDaysPerWeek,
        @DefaultValue("6") int maxConsecutiveWorkingDays,
        @DefaultValue("1") int minConsecutiveWorkingDays,
        @DefaultValue("1") int minConsecutiveDaysOff,
        Integer maxWorkedWeekendsPerPeriod,
        @DefaultValue("true") boolean nightWorkAllowed,
        @DefaultValue("480") int nightWorkerDailyMaxMinutes,
        @DefaultValue("2400") int nightWorkerTwelveWeekAverageMaxMinutes) {
}
