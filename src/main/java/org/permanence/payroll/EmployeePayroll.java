package org.permanence.payroll;

import org.permanence.payroll.rules.MonthlyHours;
import org.permanence.staff.StaffMember;

/** One employee's classified month. */
public record EmployeePayroll(StaffMember employee, MonthlyHours hours) {
}
