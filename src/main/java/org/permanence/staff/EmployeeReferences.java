package org.permanence.staff;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Records of a feature built on staff (rota shifts, time entries) that refer to employees and so keep them from
 * being deleted. That feature implements it, since staff cannot depend on it; a refused deletion names them all.
 */
public interface EmployeeReferences {

    /** How many of these records refer to the employee, e.g. "12 rota shifts"; empty when none does. */
    Optional<String> toEmployee(long employeeId);

    /**
     * Records of the employee that must stay within their employment and reach outside {@code firstDay..lastDay}
     * ({@code lastDay} null: open-ended), e.g. "3 time entries from 2026-09-28 to 2026-09-30"; empty when none does.
     * An employment changed to leave them out is refused.
     */
    default Optional<String> outsideEmployment(long employeeId, LocalDate firstDay, LocalDate lastDay) {
        return Optional.empty();
    }

    /**
     * Why the employee's employment may not end on {@code lastDay} (null: open-ended), e.g. "payroll month 2027-03
     * was closed reporting their last week up to 2027-03-31"; empty when it may.
     */
    default Optional<String> employmentEndRefusal(long employeeId, LocalDate lastDay) {
        return Optional.empty();
    }
}
