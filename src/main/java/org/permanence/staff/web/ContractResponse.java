package org.permanence.staff.web;

import org.permanence.staff.Contract;
import org.permanence.staff.WorkingTimeRules;

/** A contract with its rules flattened, in the same shape a client submits it. */
record ContractResponse(
        long id,
        long version,
        String name,
        int weeklyMinutes,
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

    static ContractResponse of(Contract contract) {
        WorkingTimeRules rules = contract.rules();
        return new ContractResponse(contract.id(), contract.version(), contract.name(), contract.weeklyMinutes(),
                rules.dailyMaxMinutes(), rules.minRestBetweenShiftsMinutes(), rules.weeklyMaxMinutes(),
                rules.twelveWeekAverageMaxMinutes(), rules.weeklyRestMinutes(), rules.maxWorkingDaysPerWeek(),
                rules.maxConsecutiveWorkingDays(), rules.minConsecutiveWorkingDays(), rules.minConsecutiveDaysOff(),
                rules.maxWorkedWeekendsPerPeriod(), rules.nightWorkAllowed(), rules.nightWorkerDailyMaxMinutes(),
                rules.nightWorkerTwelveWeekAverageMaxMinutes(), rules.minMinutesPerPeriod(),
                rules.maxMinutesPerPeriod());
    }
}
