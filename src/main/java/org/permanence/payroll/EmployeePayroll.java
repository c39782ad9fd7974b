package org.permanence.payroll;

import org.permanence.payroll.rules.MonthlyHours;

/** One employee's classified month. */
public record EmployeePayroll(PayrollEmployee employee, MonthlyHours hours) {
}
