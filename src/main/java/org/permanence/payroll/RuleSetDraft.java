package org.permanence.payroll;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanence.payroll.rules.PayItem;
import org.permanence.payroll.rules.StraddlingWeekPolicy;
import org.permanence.payroll.rules.TimeKind;
import org.permanence.system.DisplayName;
import org.permanence.system.WholeMinute;

/**
 * A rule set as a client submits it. Fields left out take the {@code permanence.payroll.*} defaults (the French
 * Labour Code); {@code payrollCodes} left out takes the generic mapping. Shares are fractions such as "1/10";
 * {@code extraHolidays} are "MM-dd" days. {@code version} is required to update. The {@code active} flag a GET
 * returned may be sent back and is ignored: activating has its own endpoint.
 */
@JsonIgnoreProperties({"active"})
public record RuleSetDraft(
        @NotBlank @Size(max = 200) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON) String name,
        Integer legalWeeklyMinutes,
        DayOfWeek weekStart,
        Integer overtimeFirstTierMinutes,
        Integer overtimeFirstTierRatePercent,
        Integer overtimeSecondTierRatePercent,
        String complementaryFirstTierShare,
        Integer complementaryFirstTierRatePercent,
        String complementaryCapShare,
        Integer complementarySecondTierRatePercent,
        Set<@NotNull TimeKind> absencesCountingAsWorked,
        @WholeMinute LocalTime nightStart,
        @WholeMinute LocalTime nightEnd,
        Integer nightShiftMinimumNightMinutes,
        StraddlingWeekPolicy straddlingWeekPolicy,
        Boolean alsaceMoselle,
        List<@NotNull String> extraHolidays,
        Integer weeksPerYear,
        Integer monthsPerYear,
        @Size(max = 100) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON) String payrollTool,
        Map<PayItem, String> payrollCodes,
        String csvDecimalSeparator,
        @Size(max = 30) String csvDatePattern,
        Long version) {
}
