package org.permanence.demand.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.permanence.demand.DayPattern;
import org.permanence.demand.ForecastInterval;
import org.permanence.demand.ForecastStaffing;
import org.permanence.system.WholeMinute;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A call forecast for one skill. With {@code store} true the derived needs replace the skill's rows for
 * {@code days} (or for {@code onDate}).
 *
 * @param serviceLevelTarget share of calls to answer within {@code thresholdSeconds}, e.g. 0.8
 * @param shrinkage          share of scheduled time off the phones (breaks, training, absence), e.g. 0.3
 */
record ForecastRequest(
        @NotNull Long skillId,
        DayPattern days,
        LocalDate onDate,
        @NotNull @Min(5) @Max(240) Integer intervalMinutes,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        Double serviceLevelTarget,
        @NotNull @Min(0) Integer thresholdSeconds,
        @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) Double shrinkage,
        @NotEmpty List<@Valid @NotNull Interval> intervals,
        boolean store) {

    /** @param averageHandlingTimeSeconds mean talk plus wrap-up time of one call */
    record Interval(@NotNull @WholeMinute LocalTime start, @NotNull @PositiveOrZero Double calls,
            @NotNull @Min(1) Integer averageHandlingTimeSeconds) {
    }

    ForecastStaffing staffing() {
        return new ForecastStaffing(Duration.ofMinutes(intervalMinutes), serviceLevelTarget,
                Duration.ofSeconds(thresholdSeconds), shrinkage);
    }

    List<ForecastInterval> forecast() {
        return intervals.stream().map(interval -> new ForecastInterval(interval.start(), interval.calls(),
                Duration.ofSeconds(interval.averageHandlingTimeSeconds()))).toList();
    }
}
