package org.permanence.payroll.rules;

import java.time.LocalDate;

/**
 * One civil week as computed whole: its worked time, the time counted toward the weekly threshold
 * (worked + absences that count as worked), its own classification, and the worked minutes that fall in the
 * reported pay period. {@code reachesLegalDuration} flags a part-time week whose counted time reaches the
 * legal weekly duration, which complementary hours may never do: HR must review it.
 */
public record WeekSummary(
        LocalDate weekStart,
        long workedMinutes,
        long countedMinutes,
        long workedMinutesInPayPeriod,
        PayAmounts classification,
        boolean reachesLegalDuration) {
}
