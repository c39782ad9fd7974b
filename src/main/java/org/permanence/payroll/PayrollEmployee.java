package org.permanence.payroll;

import org.permanence.staff.StaffMember;

/** Who a month's figures are for, and the contract hours they are classified against. */
public record PayrollEmployee(long id, String payrollNumber, String firstName, String lastName,
                              int contractWeeklyMinutes) {

    static PayrollEmployee of(StaffMember member) {
        return new PayrollEmployee(member.id(), member.payrollNumber(), member.firstName(), member.lastName(),
                member.contract().weeklyMinutes());
    }
}
