package org.permanence.payroll;

import org.permanence.staff.StaffMember;

import java.time.LocalDate;

/**
 * Who a month's figures are for, the contract hours they are classified against, and the end of their employment
 * (null: none), which decides where a leaver's last week is reported.
 */
public record PayrollEmployee(long id, String payrollNumber, String firstName, String lastName,
                              int contractWeeklyMinutes, LocalDate employmentEnd) {

    static PayrollEmployee of(StaffMember member) {
        return new PayrollEmployee(member.id(), member.payrollNumber(), member.firstName(), member.lastName(),
                member.contract().weeklyMinutes(), member.employmentEnd());
    }
}
