package org.permanence.payroll.export;

import org.permanence.payroll.rules.MonthlyHours;

import java.util.Objects;

/** One employee's classified month, with what identifies them in the payroll tool. */
public record EmployeeMonth(String payrollNumber, String fullName, MonthlyHours hours) {

    public EmployeeMonth {
        Objects.requireNonNull(payrollNumber, "payrollNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(hours, "hours");
    }
}
