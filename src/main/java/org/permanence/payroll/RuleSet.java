package org.permanence.payroll;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.permanence.calendar.HolidayCalendar;
import org.permanence.payroll.export.PayrollCodeMapping;
import org.permanence.payroll.export.PayrollCsvExporter;
import org.permanence.payroll.rules.PayItem;
import org.permanence.payroll.rules.PayrollRuleSet;
import org.permanence.payroll.rules.Ratio;
import org.permanence.payroll.rules.StraddlingWeekPolicy;
import org.permanence.payroll.rules.TimeKind;
import org.permanence.system.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored payroll rule set: every field of {@link PayrollRuleSet}, plus how its CSV is written for the payroll tool
 * (code per category, decimal separator, date pattern). Shares are stored as "n/d", lists comma-separated.
 * {@code active} marks the one rule set that applies to the helpline's employees.
 */
@Table("payroll_rule_set")
public record RuleSet(
        @Id Long id,
        @Version Long version,
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
        String absencesCountingAsWorked,
        LocalTime nightStart,
        LocalTime nightEnd,
        int nightShiftMinimumNightMinutes,
        StraddlingWeekPolicy straddlingWeekPolicy,
        boolean alsaceMoselle,
        String extraHolidays,
        int weeksPerYear,
        int monthsPerYear,
        String payrollTool,
        String csvDecimalSeparator,
        String csvDatePattern,
        @MappedCollection(idColumn = "rule_set_id") Set<RuleSetCode> codes) {

    public PayrollRuleSet rules() {
        return new PayrollRuleSet(name, legalWeeklyMinutes, weekStart, overtimeFirstTierMinutes,
                overtimeFirstTierRatePercent, overtimeSecondTierRatePercent, ratio(complementaryFirstTierShare),
                complementaryFirstTierRatePercent, ratio(complementaryCapShare), complementarySecondTierRatePercent,
                absenceKinds(), nightStart, nightEnd, nightShiftMinimumNightMinutes, straddlingWeekPolicy,
                new HolidayCalendar(alsaceMoselle, holidayDays()), weeksPerYear, monthsPerYear);
    }

    public PayrollCodeMapping codeMapping() {
        return new PayrollCodeMapping(payrollTool, codesByItem());
    }

    /**
     * Refused (409 naming {@code csvDatePattern} or the category in {@code payrollCodes}) when a pattern or a code
     * stored before it was checked cannot be used.
     */
    public PayrollCsvExporter csvExporter() {
        PayrollCsvExporter.datePatternProblem(csvDatePattern).ifPresent(problem -> {
            throw new ConflictException("csvDatePattern", "of rule set '" + name + "' (" + csvDatePattern + ") "
                    + problem + "; correct the rule set to export");
        });
        Map<PayItem, String> codes = codesByItem();
        PayrollCodeMapping.problems(codes).entrySet().stream().findFirst().ifPresent(problem -> {
            throw new ConflictException("payrollCodes." + problem.getKey(), "of rule set '" + name + "' ("
                    + codes.get(problem.getKey()) + ") " + problem.getValue() + "; correct the rule set to export");
        });
        return new PayrollCsvExporter(codeMapping(), csvDecimalSeparator.charAt(0), csvDatePattern);
    }

    public Map<PayItem, String> codesByItem() {
        Map<PayItem, String> byItem = new EnumMap<>(PayItem.class);
        codes.forEach(code -> byItem.put(code.payItem(), code.code()));
        return byItem;
    }

    public Set<TimeKind> absenceKinds() {
        if (absencesCountingAsWorked.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(absencesCountingAsWorked.split(","))
                .map(TimeKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TimeKind.class)));
    }

    public List<MonthDay> holidayDays() {
        if (extraHolidays.isBlank()) {
            return List.of();
        }
        return Arrays.stream(extraHolidays.split(",")).map(day -> MonthDay.parse("--" + day)).toList();
    }

    /** Parses "n/d"; the caller has validated the text. */
    static Ratio ratio(String share) {
        String[] parts = share.split("/");
        return Ratio.of(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
    }
}
