package org.permanence.payroll.rules;

/** Where the hours of a civil week that straddles two months are reported. */
public enum StraddlingWeekPolicy {
    /**
     * The pay period of a month is the civil weeks that end in it: every hour of such a week, overtime
     * included, is reported in the month in which the week ends (common French practice).
     */
    WEEK_END_MONTH,
    /**
     * The pay period is the calendar month: hours tied to a day (worked, night, Sunday, holiday, absences)
     * go to their own month, and a straddling week's normal/overtime/complementary hours are shared
     * between both months in proportion to the week's worked time in each.
     */
    PRO_RATA
}
