package org.permanence.payroll;

import org.permanence.staff.EmployeeReferences;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** An employee's time entries are payroll history: they keep the employee from being deleted. */
@Component
class TimeEntryReferences implements EmployeeReferences {

    private final TimeEntryRepository entries;

    TimeEntryReferences(TimeEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public Optional<String> toEmployee(long employeeId) {
        long count = entries.countByEmployeeId(employeeId);
        return count == 0 ? Optional.empty() : Optional.of(count + (count == 1 ? " time entry" : " time entries"));
    }
}
