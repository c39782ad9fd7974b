package org.permanence.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanence.system.DisplayName;

/**
 * A contract as a client submits it. Rules left out take the configured defaults ({@link ContractDefaults});
 * {@code maxWorkedWeekendsPerPeriod}, {@code minMinutesPerPeriod} and {@code maxMinutesPerPeriod} left out mean
 * "no limit". Minutes of a day are at most 1440 and minutes of a week at most 10080; rules that contradict one
 * another are refused by {@link ContractService}. {@code version} is required to update.
 */
public record ContractDraft(
        @NotBlank @Size(max = 200) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON) String name,
        @NotNull @Positive @Max(10_080) Integer weeklyMinutes,
        @Positive @Max(1_440) Integer dailyMaxMinutes,
        @PositiveOrZero @Max(1_440) Integer minRestBetweenShiftsMinutes,
        @Positive @Max(10_080) Integer weeklyMaxMinutes,
        @Positive @Max(10_080) Integer twelveWeekAverageMaxMinutes,
        @PositiveOrZero @Max(10_080) Integer weeklyRestMinutes,
        @Positive @Max(7) Integer maxWorkingDaysPerWeek,
        @Positive Integer maxConsecutiveWorkingDays,
        @Positive Integer minConsecutiveWorkingDays,
        @PositiveOrZero Integer minConsecutiveDaysOff,
        @PositiveOrZero Integer maxWorkedWeekendsPerPeriod,
        Boolean nightWorkAllowed,
        @Positive @Max(1_440) Integer nightWorkerDailyMaxMinutes,
        @Positive @Max(10_080) Integer nightWorkerTwelveWeekAverageMaxMinutes,
        @PositiveOrZero Integer minMinutesPerPeriod,
        @PositiveOrZero Integer maxMinutesPerPeriod,
        Long version) {
}
