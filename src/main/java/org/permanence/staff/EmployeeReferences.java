package org.permanence.staff;

import java.util.Optional;

/**
 * Records of a feature built on staff (rota shifts, time entries) that refer to employees and so keep them from
 * being deleted. That feature implements it, since staff cannot depend on it; a refused deletion names them all.
 */
public interface EmployeeReferences {

    /** How many of these records refer to the employee, e.g. "12 rota shifts"; empty when none does. */
    Optional<String> toEmployee(long employeeId);
}
