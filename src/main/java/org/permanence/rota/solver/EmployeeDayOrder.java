package org.permanence.rota.solver;

import org.permanence.rota.domain.EmployeeDay;

import java.util.Comparator;

/** Orders an employee's days in time, so sub-pillars of pillar moves are runs of consecutive days of one employee. */
public class EmployeeDayOrder implements Comparator<EmployeeDay> {

    @Override
    public int compare(EmployeeDay left, EmployeeDay right) {
        int byEmployee = left.getEmployee().getId().compareTo(right.getEmployee().getId());
        return byEmployee != 0 ? byEmployee : Integer.compare(left.getDayIndex(), right.getDayIndex());
    }
}
