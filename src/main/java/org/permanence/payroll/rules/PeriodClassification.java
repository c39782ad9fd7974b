package org.permanence.payroll.rules;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One worked or absent period as reported in the pay period (clipped to it), with the minutes of each category
 * that fall in it. Overtime and complementary minutes are the chronologically last minutes of the week.
 */
public record PeriodClassification(
        TimeKind kind,
        ZonedDateTime start,
        ZonedDateTime end,
        LocalDate weekStart,
        PayAmounts amounts) {
}
