package org.permanence.staff.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.permanence.staff.Employee;

record EmployeeResponse(
        long id,
        long version,
        String payrollNumber,
        String firstName,
        String lastName,
        String email,
        long contractId,
        Set<Long> skillIds,
        LocalDate employmentStart,
        LocalDate employmentEnd) {

    static EmployeeResponse of(Employee employee) {
        return new EmployeeResponse(employee.id(), employee.version(), employee.payrollNumber(),
                employee.firstName(), employee.lastName(), employee.email(), employee.contractId(),
                new TreeSet<>(employee.skillIds()), employee.employmentStart(), employee.employmentEnd());
    }
}
