package org.permanence.payroll.rules;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** One employee's classified month: totals per {@link PayItem}, the weeks behind them, and one row per period. */
public record MonthlyHours(
        YearMonth month,
        ZoneId zone,
        PayPeriod payPeriod,
        PayAmounts totals,
        List<WeekSummary> weeks,
        List<PeriodClassification> details) {

    public MonthlyHours {
        weeks = List.copyOf(weeks);
        details = List.copyOf(details);
    }

    public long get(PayItem item) {
        return totals.get(item);
    }
}
