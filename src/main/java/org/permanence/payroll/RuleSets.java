package org.permanence.payroll;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.permanence.payroll.export.PayrollCodeMapping;
import org.permanence.payroll.export.PayrollCsvExporter;
import org.permanence.payroll.rules.PayItem;
import org.permanence.payroll.rules.PayrollRuleSet;
import org.permanence.payroll.rules.Ratio;
import org.permanence.payroll.rules.TimeKind;
import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payroll rule sets, one per collective agreement or accord. The active one applies to every employee of the
 * helpline (one helpline, one agreement: the simplest honest model; see docs/payroll.md).
 */
@Service
public class RuleSets {

    private static final String RESOURCE = "Payroll rule set";
    private static final Ratio LOWEST_CAP = Ratio.of(1, 10);
    private static final Ratio HIGHEST_CAP = Ratio.of(1, 3);
    private static final Pattern SHARE = Pattern.compile("\\s*\\d{1,4}\\s*/\\s*\\d{1,4}\\s*");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    private static final int MINUTES_PER_WEEK = 7 * 24 * 60;
    private static final int MINUTES_PER_DAY = 24 * 60;
    /** An ISO year has 52 or 53 weeks. */
    private static final int MAX_WEEKS_PER_YEAR = 53;
    private static final int MAX_MONTHS_PER_YEAR = 12;
    /** No agreement pays ten times the hour on top of it: a larger majoration is a typing error. */
    private static final int MAX_RATE_PERCENT = 1000;

    private final RuleSetRepository ruleSets;
    private final PayrollProperties defaults;

    RuleSets(RuleSetRepository ruleSets, PayrollProperties defaults) {
        this.ruleSets = ruleSets;
        this.defaults = defaults;
    }

    @Transactional(readOnly = true)
    public List<RuleSet> list() {
        return ruleSets.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public RuleSet get(long id) {
        return ruleSets.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** The rule set that applies to the helpline. */
    @Transactional(readOnly = true)
    public RuleSet active() {
        return ruleSets.findFirstByActiveTrue()
                .orElseThrow(() -> new IllegalStateException("no active payroll rule set; the default is created on start"));
    }

    @Transactional
    public RuleSet create(RuleSetDraft draft) {
        if (ruleSets.existsByName(draft.name())) {
            throw new ConflictException("name", "is already used by another rule set");
        }
        return ruleSets.save(toRuleSet(null, null, false, draft));
    }

    @Transactional
    public RuleSet update(long id, RuleSetDraft draft) {
        RuleSet current = get(id);
        StaleVersionException.check(RESOURCE, id, draft.version(), current.version());
        List<String> closedMonths = ruleSets.closedMonthsUsing(id);
        if (!closedMonths.isEmpty()) {
            throw new ConflictException("id", "the closed payroll months " + String.join(", ", closedMonths)
                    + " were classified under this rule set, and their figures must not move; create a new rule set"
                    + " (or reopen those months)");
        }
        if (ruleSets.existsByNameAndIdNot(draft.name(), id)) {
            throw new ConflictException("name", "is already used by another rule set");
        }
        return ruleSets.save(toRuleSet(id, draft.version(), current.active(), draft));
    }

    /** Makes this rule set the one that applies from now on (to every month not yet closed). */
    @Transactional
    public RuleSet activate(long id) {
        get(id);
        ruleSets.activateOnly(id);
        return get(id);
    }

    /** Creates the default rule set from {@code permanence.payroll.*} and activates it when none exists yet. */
    @Transactional
    public void createDefaultIfNone() {
        if (ruleSets.count() == 0) {
            RuleSet created = ruleSets.save(toRuleSet(null, null, true, new RuleSetDraft(defaults.ruleSetName(),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null)));
            ruleSets.activateOnly(created.id());
        }
    }

    private RuleSet toRuleSet(Long id, Long version, boolean active, RuleSetDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        int legalWeeklyMinutes = or(draft.legalWeeklyMinutes(), defaults.legalWeeklyMinutes());
        int overtimeFirstTierMinutes = or(draft.overtimeFirstTierMinutes(), defaults.overtimeFirstTierMinutes());
        int overtimeFirstRate = or(draft.overtimeFirstTierRatePercent(), defaults.overtimeFirstTierRatePercent());
        int overtimeSecondRate = or(draft.overtimeSecondTierRatePercent(), defaults.overtimeSecondTierRatePercent());
        String firstTierShare = or(draft.complementaryFirstTierShare(), defaults.complementaryFirstTierShare()).trim();
        int complementaryFirstRate = or(draft.complementaryFirstTierRatePercent(),
                defaults.complementaryFirstTierRatePercent());
        String capShare = or(draft.complementaryCapShare(), defaults.complementaryCapShare()).trim();
        int complementarySecondRate = or(draft.complementarySecondTierRatePercent(),
                defaults.complementarySecondTierRatePercent());
        Set<TimeKind> absences = or(draft.absencesCountingAsWorked(), defaults.absencesCountingAsWorked());
        var nightStart = or(draft.nightStart(), defaults.nightStart());
        var nightEnd = or(draft.nightEnd(), defaults.nightEnd());
        int nightShiftMinimum = or(draft.nightShiftMinimumNightMinutes(), defaults.nightShiftMinimumNightMinutes());
        List<String> extraHolidays = or(draft.extraHolidays(), defaults.extraHolidays());
        int weeksPerYear = or(draft.weeksPerYear(), defaults.weeksPerYear());
        int monthsPerYear = or(draft.monthsPerYear(), defaults.monthsPerYear());
        String decimalSeparator = or(draft.csvDecimalSeparator(), defaults.csvDecimalSeparator());
        String datePattern = or(draft.csvDatePattern(), defaults.csvDatePattern());
        Map<PayItem, String> codes = or(draft.payrollCodes(), () -> PayrollCodeMapping.defaults().codes());

        checkRange(errors, "legalWeeklyMinutes", legalWeeklyMinutes, 1, MINUTES_PER_WEEK);
        checkRange(errors, "overtimeFirstTierMinutes", overtimeFirstTierMinutes, 0, MINUTES_PER_WEEK);
        checkOvertimeRate(errors, "overtimeFirstTierRatePercent", overtimeFirstRate);
        checkOvertimeRate(errors, "overtimeSecondTierRatePercent", overtimeSecondRate);
        checkRange(errors, "complementaryFirstTierRatePercent", complementaryFirstRate, 0, MAX_RATE_PERCENT);
        checkRange(errors, "complementarySecondTierRatePercent", complementarySecondRate, 0, MAX_RATE_PERCENT);
        Ratio cap = share(errors, "complementaryCapShare", capShare);
        Ratio firstTier = share(errors, "complementaryFirstTierShare", firstTierShare);
        if (cap != null && (compare(cap, LOWEST_CAP) < 0 || compare(cap, HIGHEST_CAP) > 0)) {
            errors.add(new FieldError("complementaryCapShare", "must be between 1/10 and 1/3 of contract hours"));
        }
        if (firstTier != null && cap != null && compare(firstTier, cap) > 0) {
            errors.add(new FieldError("complementaryFirstTierShare", "must not exceed complementaryCapShare"));
        }
        if (absences.contains(TimeKind.WORKED)) {
            errors.add(new FieldError("absencesCountingAsWorked", "lists absence kinds only"));
        }
        if (nightStart.equals(nightEnd)) {
            errors.add(new FieldError("nightEnd", "must differ from nightStart (the night window must not be empty)"));
        }
        checkRange(errors, "nightShiftMinimumNightMinutes", nightShiftMinimum, 0, MINUTES_PER_DAY);
        for (String day : extraHolidays) {
            if (!validMonthDay(day)) {
                errors.add(new FieldError("extraHolidays", "'" + day + "' is not a MM-dd day"));
            }
        }
        checkRange(errors, "weeksPerYear", weeksPerYear, 1, MAX_WEEKS_PER_YEAR);
        checkRange(errors, "monthsPerYear", monthsPerYear, 1, MAX_MONTHS_PER_YEAR);
        if (!decimalSeparator.equals(",") && !decimalSeparator.equals(".")) {
            errors.add(new FieldError("csvDecimalSeparator", "must be ',' or '.'"));
        }
        PayrollCsvExporter.datePatternProblem(datePattern)
                .ifPresent(problem -> errors.add(new FieldError("csvDatePattern", problem)));
        PayrollCodeMapping.problems(codes).forEach((item, problem) ->
                errors.add(new FieldError("payrollCodes." + item, problem)));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        RuleSet ruleSet = new RuleSet(id, version, draft.name().trim(), active, legalWeeklyMinutes,
                or(draft.weekStart(), defaults.weekStart()), overtimeFirstTierMinutes, overtimeFirstRate,
                overtimeSecondRate, normalise(firstTier), complementaryFirstRate, normalise(cap),
                complementarySecondRate,
                absences.stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                nightStart, nightEnd, nightShiftMinimum,
                or(draft.straddlingWeekPolicy(), defaults.straddlingWeekPolicy()),
                or(draft.alsaceMoselle(), defaults.alsaceMoselle()),
                extraHolidays.stream().sorted().distinct().collect(Collectors.joining(",")),
                weeksPerYear, monthsPerYear, or(draft.payrollTool(), defaults.payrollTool()).trim(),
                decimalSeparator, datePattern,
                codes.entrySet().stream().map(e -> new RuleSetCode(e.getKey(), e.getValue()))
                        .collect(Collectors.toSet()));
        return ruleSet;
    }

    private static void checkOvertimeRate(List<FieldError> errors, String field, int rate) {
        if (rate < PayrollRuleSet.MINIMUM_OVERTIME_RATE_PERCENT) {
            errors.add(new FieldError(field, "must be at least " + PayrollRuleSet.MINIMUM_OVERTIME_RATE_PERCENT
                    + " % (the Labour Code minimum, even by accord)"));
        } else {
            checkRange(errors, field, rate, PayrollRuleSet.MINIMUM_OVERTIME_RATE_PERCENT, MAX_RATE_PERCENT);
        }
    }

    private static void checkRange(List<FieldError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
    }

    private static Ratio share(List<FieldError> errors, String field, String text) {
        if (!SHARE.matcher(text).matches()) {
            errors.add(new FieldError(field, "must be a fraction such as 1/10"));
            return null;
        }
        String[] parts = text.split("/");
        long denominator = Long.parseLong(parts[1].trim());
        if (denominator == 0) {
            errors.add(new FieldError(field, "must have a positive denominator"));
            return null;
        }
        return Ratio.of(Long.parseLong(parts[0].trim()), denominator);
    }

    private static int compare(Ratio a, Ratio b) {
        return Long.compare(a.numerator() * b.denominator(), b.numerator() * a.denominator());
    }

    private static String normalise(Ratio ratio) {
        return ratio.numerator() + "/" + ratio.denominator();
    }

    private static boolean validMonthDay(String day) {
        if (day == null || !MONTH_DAY.matcher(day).matches()) {
            return false;
        }
        try {
            MonthDay.parse("--" + day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static <T> T or(T value, Supplier<T> fallback) {
        return value != null ? value : fallback.get();
    }
}
