package org.permanence.payroll;

import org.permanence.payroll.rules.TimeKind;

/** Why an employee was absent; each kind is its own payroll category. */
public enum AbsenceKind {
    PAID_LEAVE, SICKNESS, TRAINING, UNPAID, OTHER;

    TimeKind timeKind() {
        return TimeKind.valueOf(name());
    }
}
