package org.permanence.payroll.rules;

import org.permanence.calendar.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A named set of payroll rules: one collective agreement or company accord. Every threshold, rate and
 * window is data; {@link #frenchLabourCodeDefaults()} gives the French Labour Code defaults.
 *
 * @param name                               e.g. "Code du travail" or "CCN 66"
 * @param legalWeeklyMinutes                 legal weekly duration; overtime (full-time) starts above it
 * @param weekStart                          first day of the civil week used for overtime
 * @param overtimeFirstTierMinutes           how many overtime minutes per week are paid at the first rate
 *                                           (hours 36 to 43 = 8 h by default); the rest at the second rate
 * @param overtimeFirstTierRatePercent       majoration of the first overtime tier (+25 %)
 * @param overtimeSecondTierRatePercent      majoration beyond the first tier (+50 %)
 * @param complementaryFirstTierShare        share of contract hours paid at the first complementary rate (1/10)
 * @param complementaryFirstTierRatePercent  majoration of the first complementary tier (+10 %)
 * @param complementaryCapShare              share of contract hours complementary hours may reach in total (1/3,
 *                                           i.e. what an accord may allow; set it to 1/10 for the strict default)
 * @param complementarySecondTierRatePercent majoration of complementary hours beyond the first tier (+25 %)
 * @param absencesCountingAsWorked           absence kinds that count toward the weekly overtime/complementary
 *                                           threshold (none by default: only worked time counts)
 * @param nightStart                         start of the night window (21:00)
 * @param nightEnd                           end of the night window (06:00); before the start means the next day
 * @param nightShiftMinimumNightMinutes      night minutes a continuous stretch of work needs to count as a night
 *                                           shift (180 = the 3 h that make a night for a night worker)
 * @param straddlingWeekPolicy               where a week straddling two months is reported
 * @param holidayCalendar                    which public holidays apply
 * @param weeksPerYear                       monthly base = weekly hours x weeksPerYear / monthsPerYear (52)
 * @param monthsPerYear                      (12)
 */
public record PayrollRuleSet(
        String name,
        long legalWeeklyMinutes,
        DayOfWeek weekStart,
        long overtimeFirstTierMinutes,
        int overtimeFirstTierRatePercent,
        int overtimeSecondTierRatePercent,
        Ratio complementaryFirstTierShare,
        int complementaryFirstTierRatePercent,
        Ratio complementaryCapShare,
        int complementarySecondTierRatePercent,
        Set<TimeKind> absencesCountingAsWorked,
        LocalTime nightStart,
        LocalTime nightEnd,
        long nightShiftMinimumNightMinutes,
        StraddlingWeekPolicy straddlingWeekPolicy,
        HolidayCalendar holidayCalendar,
        int weeksPerYear,
        int monthsPerYear) {

    /** The Labour Code lets an accord lower overtime majorations, but not below this. */
    public static final int MINIMUM_OVERTIME_RATE_PERCENT = 10;

    public PayrollRuleSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(complementaryFirstTierShare, "complementaryFirstTierShare");
        Objects.requireNonNull(complementaryCapShare, "complementaryCapShare");
        Objects.requireNonNull(nightStart, "nightStart");
        Objects.requireNonNull(nightEnd, "nightEnd");
        Objects.requireNonNull(straddlingWeekPolicy, "straddlingWeekPolicy");
        Objects.requireNonNull(holidayCalendar, "holidayCalendar");
        if (legalWeeklyMinutes <= 0 || overtimeFirstTierMinutes < 0 || nightShiftMinimumNightMinutes < 0) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (overtimeFirstTierRatePercent < MINIMUM_OVERTIME_RATE_PERCENT
                || overtimeSecondTierRatePercent < MINIMUM_OVERTIME_RATE_PERCENT) {
            throw new IllegalArgumentException("overtime rates below " + MINIMUM_OVERTIME_RATE_PERCENT
                    + " % are not allowed, even by accord");
        }
        if (complementaryFirstTierRatePercent < 0 || complementarySecondTierRatePercent < 0) {
            throw new IllegalArgumentException("complementary rates must not be negative");
        }
        if (nightStart.equals(nightEnd)) {
            throw new IllegalArgumentException("the night window must not be empty");
        }
        if (weeksPerYear <= 0 || monthsPerYear <= 0) {
            throw new IllegalArgumentException("weeks and months per year must be positive");
        }
        if (absencesCountingAsWorked.contains(TimeKind.WORKED)) {
            throw new IllegalArgumentException("absencesCountingAsWorked lists absence kinds only");
        }
        absencesCountingAsWorked = absencesCountingAsWorked.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(absencesCountingAsWorked));
    }

    /** The French Labour Code defaults of docs/payroll.md (domain.md section 3). */
    public static PayrollRuleSet frenchLabourCodeDefaults() {
        return new PayrollRuleSet(
                "Code du travail",
                35 * 60,
                DayOfWeek.MONDAY,
                8 * 60,
                25,
                50,
                Ratio.of(1, 10),
                10,
                Ratio.of(1, 10),
                25,
                Set.of(),
                LocalTime.of(21, 0),
                LocalTime.of(6, 0),
                3 * 60,
                StraddlingWeekPolicy.WEEK_END_MONTH,
                HolidayCalendar.national(),
                52,
                12);
    }

    public boolean nightCrossesMidnight() {
        return nightEnd.isBefore(nightStart);
    }

    public PayrollRuleSet withStraddlingWeekPolicy(StraddlingWeekPolicy policy) {
        return new PayrollRuleSet(name, legalWeeklyMinutes, weekStart, overtimeFirstTierMinutes,
                overtimeFirstTierRatePercent, overtimeSecondTierRatePercent, complementaryFirstTierShare,
                complementaryFirstTierRatePercent, complementaryCapShare, complementarySecondTierRatePercent,
                absencesCountingAsWorked, nightStart, nightEnd, nightShiftMinimumNightMinutes, policy,
                holidayCalendar, weeksPerYear, monthsPerYear);
    }

    public PayrollRuleSet withHolidayCalendar(HolidayCalendar calendar) {
        return new PayrollRuleSet(name, legalWeeklyMinutes, weekStart, overtimeFirstTierMinutes,
                overtimeFirstTierRatePercent, overtimeSecondTierRatePercent, complementaryFirstTierShare,
                complementaryFirstTierRatePercent, complementaryCapShare, complementarySecondTierRatePercent,
                absencesCountingAsWorked, nightStart, nightEnd, nightShiftMinimumNightMinutes, straddlingWeekPolicy,
                calendar, weeksPerYear, monthsPerYear);
    }

    public PayrollRuleSet withAbsencesCountingAsWorked(Set<TimeKind> kinds) {
        return new PayrollRuleSet(name, legalWeeklyMinutes, weekStart, overtimeFirstTierMinutes,
                overtimeFirstTierRatePercent, overtimeSecondTierRatePercent, complementaryFirstTierShare,
                complementaryFirstTierRatePercent, complementaryCapShare, complementarySecondTierRatePercent,
                kinds, nightStart, nightEnd, nightShiftMinimumNightMinutes, straddlingWeekPolicy,
                holidayCalendar, weeksPerYear, monthsPerYear);
    }

    public PayrollRuleSet withComplementaryCapShare(Ratio cap) {
        return new PayrollRuleSet(name, legalWeeklyMinutes, weekStart, overtimeFirstTierMinutes,
                overtimeFirstTierRatePercent, overtimeSecondTierRatePercent, complementaryFirstTierShare,
                complementaryFirstTierRatePercent, cap, complementarySecondTierRatePercent,
                absencesCountingAsWorked, nightStart, nightEnd, nightShiftMinimumNightMinutes, straddlingWeekPolicy,
                holidayCalendar, weeksPerYear, monthsPerYear);
    }

    public PayrollRuleSet withNightWindow(LocalTime start, LocalTime end) {
        return new PayrollRuleSet(name, legalWeeklyMinutes, weekStart, overtimeFirstTierMinutes,
                overtimeFirstTierRatePercent, overtimeSecondTierRatePercent, complementaryFirstTierShare,
                complementaryFirstTierRatePercent, complementaryCapShare, complementarySecondTierRatePercent,
                absencesCountingAsWorked, start, end, nightShiftMinimumNightMinutes, straddlingWeekPolicy,
                holidayCalendar, weeksPerYear, monthsPerYear);
    }
}
