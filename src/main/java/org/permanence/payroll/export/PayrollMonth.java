package org.permanence.payroll.export;

import org.permanence.payroll.rules.PayrollRuleSet;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A classified month ready for export. {@code provisional} is true while the month is not yet confirmed/closed;
 * exports then say so in the file. Employees are exported in payroll-number order whatever the input order.
 */
public record PayrollMonth(YearMonth month, PayrollRuleSet rules, boolean provisional, List<EmployeeMonth> employees) {

    public PayrollMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(rules, "rules");
        employees = employees.stream()
                .sorted(Comparator.comparing(EmployeeMonth::payrollNumber).thenComparing(EmployeeMonth::fullName))
                .toList();
    }
}
