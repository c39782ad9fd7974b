package org.permanence.payroll;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.permanence.payroll.rules.StraddlingWeekPolicy;
import org.permanence.payroll.rules.TimeKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.permanence.system.WholeMinute;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rule set created on first start (the French Labour Code defaults of docs/payroll.md) and made active. After
 * that, rule sets live in the database and an ADMIN edits them over {@code /api/payroll/rule-sets}; changing these
 * settings later does not touch an existing rule set. The night window is on whole minutes, as a rule set's must be.
 */
@ConfigurationProperties("permanence.payroll")
@Validated
public record PayrollProperties(
        @DefaultValue("Code du travail") String ruleSetName,
        @DefaultValue("2100") int legalWeeklyMinutes,
        @DefaultValue("MONDAY") DayOfWeek weekStart,
        @DefaultValue("480") int overtimeFirstTierMinutes,
        @DefaultValue("25") int overtimeFirstTierRatePercent,
        @DefaultValue("50") int overtimeSecondTierRatePercent,
        @DefaultValue("1/10") String complementaryFirstTierShare,
        @DefaultValue("10") int complementaryFirstTierRatePercent,
        @DefaultValue("1/10") String complementaryCapShare,
        @DefaultValue("25") int complementarySecondTierRatePercent,
        Set<TimeKind> absencesCountingAsWorked,
        @DefaultValue("21:00") @WholeMinute LocalTime nightStart,
        @DefaultValue("06:00") @WholeMinute LocalTime nightEnd,
        @DefaultValue("180") int nightShiftMinimumNightMinutes,
        @DefaultValue("WEEK_END_MONTH") StraddlingWeekPolicy straddlingWeekPolicy,
        @DefaultValue("false") boolean alsaceMoselle,
        List<String> extraHolidays,
        @DefaultValue("52") int weeksPerYear,
        @DefaultValue("12") int monthsPerYear,
        @DefaultValue("generic") String payrollTool,
        @DefaultValue(",") String csvDecimalSeparator,
        @DefaultValue("dd/MM/yyyy") String csvDatePattern) {

    public PayrollProperties {
        absencesCountingAsWorked = absencesCountingAsWorked == null ? Set.of() : Set.copyOf(absencesCountingAsWorked);
        extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
    }
}
