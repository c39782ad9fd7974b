package org.permanence.payroll.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.permanence.payroll.RuleSet;
import org.permanence.payroll.rules.PayItem;
import org.permanence.payroll.rules.StraddlingWeekPolicy;
import org.permanence.payroll.rules.TimeKind;

/** A rule set in the same shape a client submits it, plus {@code id}, {@code version} and {@code active}. */
record RuleSetResponse(
        long id,
        long version,
        String name,
        boolean active,
        int legalWeeklyMinutes,
        DayOfWeek weekStart,
        int overtimeFirstTierMinutes,
        int overtimeFirstTierRatePercent,
        int overtimeSecondTierRatePercent,
        String complementaryFirstTierShare,
        int complementaryFirstTierRatePercent,
        String complementaryCapShare,
        int complementarySecondTierRatePercent,
        Set<TimeKind> absencesCountingAsWorked,
        LocalTime nightStart,
        LocalTime nightEnd,
        int nightShiftMinimumNightMinutes,
        StraddlingWeekPolicy straddlingWeekPolicy,
        boolean alsaceMoselle,
        List<String> extraHolidays,
        int weeksPerYear,
        int monthsPerYear,
        String payrollTool,
        Map<PayItem, String> payrollCodes,
        String csvDecimalSeparator,
        String csvDatePattern) {

    static RuleSetResponse of(RuleSet r) {
        return new RuleSetResponse(r.id(), r.version(), r.name(), r.active(), r.legalWeeklyMinutes(), r.weekStart(),
                r.overtimeFirstTierMinutes(), r.overtimeFirstTierRatePercent(), r.overtimeSecondTierRatePercent(),
                r.complementaryFirstTierShare(), r.complementaryFirstTierRatePercent(), r.complementaryCapShare(),
                r.complementarySecondTierRatePercent(), r.absenceKinds(), r.nightStart(), r.nightEnd(),
                r.nightShiftMinimumNightMinutes(), r.straddlingWeekPolicy(), r.alsaceMoselle(),
                r.extraHolidays().isBlank() ? List.of() : List.of(r.extraHolidays().split(",")),
                r.weeksPerYear(), r.monthsPerYear(), r.payrollTool(), r.codesByItem(), r.csvDecimalSeparator(),
                r.csvDatePattern());
    }
}
