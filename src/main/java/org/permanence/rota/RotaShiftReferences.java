package org.permanence.rota;

import org.permanence.demand.ShiftTemplateReferences;
import org.permanence.staff.EmployeeReferences;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Rota shifts (of any rota, draft or published) keep their employee and their template from being deleted. */
@Component
class RotaShiftReferences implements EmployeeReferences, ShiftTemplateReferences {

    private final RotaShiftRepository shifts;

    RotaShiftReferences(RotaShiftRepository shifts) {
        this.shifts = shifts;
    }

    @Override
    public Optional<String> toEmployee(long employeeId) {
        return described(shifts.countByEmployeeId(employeeId));
    }

    @Override
    public Optional<String> toShiftTemplate(long shiftTemplateId) {
        return described(shifts.countByShiftTemplateId(shiftTemplateId));
    }

    private static Optional<String> described(long count) {
        return count == 0 ? Optional.empty() : Optional.of(count + (count == 1 ? " rota shift" : " rota shifts"));
    }
}
